using static StaticSite.Search.Tests.Languages.LanguageSample;

namespace StaticSite.Search.Tests.Languages.Texts;

/// <summary>Turkish pages, written for the tests for parents.</summary>
internal static class TurkishPages
{
    public static LanguageSample Sample { get; } = new(
        "tr",
        [
            Page("/tr/ouders/tlv/", "Özel eğitim için kabul belgesi", "Kabul belgesinin ne olduğu ve okulun bunu nasıl talep ettiği.",
                ["Belgeyi kim talep eder?", "Ne kadar sürer?"],
                "Çocuğunuzun özel eğitime ihtiyacı var mı? O zaman okulun bir kabul belgesine (TLV) ihtiyacı vardır. Okul belgeyi okullar birliğinden talep eder. " +
                "Çocuğunuzun gelişim planı hakkında siz de görüşünüzü bildirirsiniz. Birlik genellikle altı hafta içinde karar verir. " +
                "Karara katılmıyor musunuz? O zaman itiraz edebilirsiniz; danışmanlarımız itirazınızı yazmanıza yardım eder.",
                "term", ["ouders"], ["TLV", "özel eğitim kabulü"]),
            Page("/tr/ouders/danisman/", "Bağımsız danışman", "Bağımsız bir danışman size ücretsiz yardım eder.",
                ["Danışman ne yapar?", "Nasıl iletişime geçerim?"],
                "Danışman sizin yanınızda durur. Okul, belediye veya gençlik yardımı ile yapılan görüşmelerde size yardımcı olur. " +
                "Yardım ücretsiz ve bağımsızdır. Gençler de danışman isteyebilir. Randevu almak için destek noktasını arayın.",
                "term", ["ouders", "jongeren"], ["bağımsız danışmanlık"]),
            Page("/tr/ouders/uygun-egitim/", "Uygun eğitim", "Her öğrencinin uygun bir yere hakkı vardır.",
                ["Bakım yükümlülüğü", "Ek destek"],
                "Okulların bakım yükümlülüğü vardır. Bu, okulun ek desteğe ihtiyacı olan bir öğrenci için uygun bir yer araması gerektiği anlamına gelir. " +
                "Bazen bu okulun kendisinde, bazen başka bir okulda veya özel eğitimde olur. Veliler her zaman sürece katılır."),
            Page("/tr/jongeren/evde/", "Evdesin ve okula dönmek istiyorsun", "Bir süredir okula gitmiyorsan neler yapabilirsin.",
                ["Kiminle konuşabilirsin?"],
                "Okulsuz evde mi oturuyorsun? Bu zor. Eğitim hakkın var. Rehber öğretmeninle, okul devam memuruyla veya destek noktasından biriyle konuş. " +
                "Sana uygun bir yeri birlikte ararız. Bazen bunun için bir kabul belgesi gerekir.",
                "page", ["jongeren"]),
            Page("/tr/organisaties/cjg/", "Gençlik ve Aile Merkezi", "Çocuk yetiştirme ve büyüme hakkında sorular.", [],
                "Merkez, anne babalara ve gençlere sağlık, çocuk yetiştirme ve büyüme ile ilgili sorularda yardım eder. " +
                "Danışma bürosuna randevusuz gelebilirsiniz. Ebeveynlik kursları akşamları verilir.",
                "organisation", ["ouders", "jongeren"]),
            Page("/tr/vragen/pgb/", "Kişisel bütçe alabilir miyim?", null, [],
                "Kişisel bütçe (pgb) ile çocuğunuzun gençlik yardımını kendiniz düzenlersiniz. Başvuruyu belediyeye yaparsınız. " +
                "Belediye kişisel bütçenin durumunuza uygun olup olmadığına bakar.",
                "faq"),
            Page("/tr/route/sikayet/", "Yol: okulla anlaşamadığınızda", "Görüşmeden uyuşmazlık komisyonuna adım adım.",
                ["Okulla konuşun", "Bir eğitim danışmanından yardım isteyin", "Şikâyette bulunun"],
                "Her zaman mentor veya müdürle bir görüşmeyle başlayın. Anlaşamıyor musunuz? Bir eğitim danışmanı arabuluculuk yapabilir. " +
                "Daha sonra okul yönetimine şikâyette bulunabilir veya anlaşmazlığı uyuşmazlık komisyonuna götürebilirsiniz. Şikâyetler gizli tutulur.",
                "route", ["ouders"]),
            Page("/tr/ouders/ulasim/", "Okul ulaşımı", "Evden uzak bir okula ulaşım.", [],
                "Çocuğunuz uzaktaki bir okula mı gidiyor? Bazen belediye ulaşım masraflarını öder. Başvurunuzu zamanında yapın. " +
                "Taksiler ve otobüsler belediye tarafından ayarlanır."),
            Page("/tr/ouders/haklar/", "Veli olarak haklarınız", "Okulun size söylemesi gerekenler ve sizin karar verebilecekleriniz.", ["Onay", "Bilgi"],
                "Veli olarak çocuğunuzun gelişimi hakkında bilgi alma hakkınız vardır. Okul, özel bir programa başlamadan önce onayınızı almalıdır. " +
                "Okulun tuttuğu dosyayı görebilirsiniz. Okul reddederse itiraz edebilirsiniz.",
                "page", ["ouders"]),
        ],
        [
            new("kabul belgesi", "TLV", ["özel eğitim kabulü"]),
            new("kişisel bütçe", "pgb", []),
            new("Gençlik ve Aile Merkezi", "CJG", ["danışma bürosu"]),
            new("gelişim planı", "OPP", []),
        ],
        [
            ("okullarda", "/tr/ouders/ulasim/"),
            ("okuldan", "/tr/jongeren/evde/"),
            ("şikâyetler", "/tr/route/sikayet/"),
            ("şikâyetimi", "/tr/route/sikayet/"),
            ("danışmanlar", "/tr/ouders/danisman/"),
            ("danışmanımız", "/tr/ouders/danisman/"),
            ("haklarımız", "/tr/ouders/haklar/"),
            ("velilere", "/tr/ouders/haklar/"),
            ("belediyeden", "/tr/vragen/pgb/"),
            ("bütçesi", "/tr/vragen/pgb/"),
            ("ulaşımı", "/tr/ouders/ulasim/"),
            ("itirazlar", "/tr/ouders/tlv/"),
        ],
        [
            ("TLV", "/tr/ouders/tlv/"),
            ("tlv", "/tr/jongeren/evde/"),
            ("pgb", "/tr/vragen/pgb/"),
            ("CJG", "/tr/organisaties/cjg/"),
        ],
        [
            ("İ ve I", "İstanbul ISTANBUL ISPARTA IĞDIR ılık İİİ İzmir ıIiİ i̇ Iİ KİTAPÇILIĞI ÇOCUKLARIMIZ ŞİKÂYET ĞÜÖ"),
            ("Ekler", "evlerinizdekilerden okullarımızdakiler kitapçılığı gözlükçülükten yapabileceklerimizden arkadaşlarımızınki " +
                     "gidiyorlardı geliyormuşsunuz okuldaymışlar çocuklarımızdandır yapmışsınızdır gelecekmişsiniz"),
            ("Özel sözcükler", "ad soyad soyadı adı kâğıt hâlâ rüzgâr kitap kitabı ağaç ağacı renk rengi kanad kanadı gidebilmek"),
            ("Kısa", "o bu şu ve ki de da mi mı mu mü a e ı i"),
        ]);
}
