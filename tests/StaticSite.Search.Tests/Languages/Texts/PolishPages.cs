using static StaticSite.Search.Tests.Languages.LanguageSample;

namespace StaticSite.Search.Tests.Languages.Texts;

/// <summary>Polish pages, written for the tests for parents.</summary>
internal static class PolishPages
{
    public static LanguageSample Sample { get; } = new(
        "pl",
        [
            Page("/pl/ouders/tlv/", "Orzeczenie o przyjęciu do edukacji specjalnej", "Czym jest orzeczenie o przyjęciu i jak szkoła o nie występuje.",
                ["Kto składa wniosek?", "Jak długo to trwa?"],
                "Czy Twoje dziecko potrzebuje edukacji specjalnej? Wtedy szkoła potrzebuje orzeczenia o przyjęciu (TLV). Szkoła składa wniosek do związku szkół. " +
                "Rodzice biorą udział w tworzeniu planu rozwoju dziecka. Związek zwykle decyduje w ciągu sześciu tygodni. Nie zgadzasz się z decyzją? " +
                "Wtedy możesz złożyć sprzeciw, a nasi doradcy pomogą Ci go napisać.",
                "term", ["ouders"], ["TLV", "przyjęcie do szkolnictwa specjalnego"]),
            Page("/pl/ouders/doradca/", "Niezależny doradca", "Niezależny doradca pomaga bezpłatnie.",
                ["Co robi doradca?", "Jak się skontaktować?"],
                "Doradca stoi u Twojego boku. Pomaga w rozmowach ze szkołą, gminą lub opieką nad młodzieżą. Pomoc jest bezpłatna i niezależna. " +
                "Młodzież również może poprosić o doradcę. Zadzwoń do punktu wsparcia, aby umówić się na spotkanie.",
                "term", ["ouders", "jongeren"], ["niezależne doradztwo"]),
            Page("/pl/ouders/odpowiednia-edukacja/", "Odpowiednia edukacja", "Każdy uczeń ma prawo do odpowiedniego miejsca.",
                ["Obowiązek opieki", "Dodatkowe wsparcie"],
                "Szkoły mają obowiązek opieki. Oznacza to, że szkoła musi szukać odpowiedniego miejsca dla ucznia, który potrzebuje dodatkowego wsparcia. " +
                "Czasem jest to ta sama szkoła, czasem inna szkoła lub szkolnictwo specjalne. Rodzice zawsze są pytani o zdanie."),
            Page("/pl/jongeren/w-domu/", "Jesteś w domu i chcesz wrócić do szkoły", "Co możesz zrobić, jeśli od dłuższego czasu nie chodzisz do szkoły.",
                ["Z kim możesz porozmawiać?"],
                "Siedzisz w domu bez szkoły? To trudne. Masz prawo do nauki. Porozmawiaj z wychowawcą, urzędnikiem ds. obowiązku szkolnego " +
                "albo z kimś z punktu wsparcia. Razem szukamy miejsca, które Ci odpowiada. Czasem potrzebne jest do tego orzeczenie o przyjęciu.",
                "page", ["jongeren"]),
            Page("/pl/organisaties/cjg/", "Centrum Młodzieży i Rodziny", "Pytania o wychowanie i dorastanie.", [],
                "Centrum pomaga rodzicom i młodzieży w sprawach zdrowia, wychowania i dorastania. Możesz przyjść bez umówionej wizyty do poradni. " +
                "Kursy dla rodziców odbywają się wieczorami.",
                "organisation", ["ouders", "jongeren"]),
            Page("/pl/vragen/pgb/", "Czy mogę otrzymać budżet osobisty?", null, [],
                "Dzięki budżetowi osobistemu (pgb) sam organizujesz opiekę nad młodzieżą dla swojego dziecka. Wniosek składasz w gminie. " +
                "Gmina sprawdza, czy budżet osobisty pasuje do Twojej sytuacji.",
                "faq"),
            Page("/pl/route/skarga/", "Droga: gdy nie zgadzasz się ze szkołą", "Krok po kroku od rozmowy do komisji sporów.",
                ["Porozmawiaj ze szkołą", "Poproś o pomoc konsultanta edukacyjnego", "Złóż skargę"],
                "Zawsze zacznij od rozmowy z wychowawcą lub dyrektorem. Nie możecie dojść do porozumienia? Konsultant edukacyjny może pośredniczyć. " +
                "Potem możesz złożyć skargę do zarządu szkoły albo skierować spór do komisji sporów. Skargi są rozpatrywane poufnie.",
                "route", ["ouders"]),
            Page("/pl/ouders/transport/", "Transport do szkoły", "Dojazd do szkoły daleko od domu.", [],
                "Czy Twoje dziecko chodzi do szkoły, która jest daleko? Czasem gmina płaci za transport. Złóż wniosek odpowiednio wcześnie. " +
                "Taksówki i autobusy organizuje gmina."),
            Page("/pl/ouders/prawa/", "Twoje prawa jako rodzica", "Co szkoła musi Ci powiedzieć i o czym możesz decydować.", ["Zgoda", "Informacja"],
                "Jako rodzic masz prawo do informacji o postępach dziecka. Szkoła musi poprosić o Twoją zgodę, zanim rozpocznie specjalny program. " +
                "Możesz zobaczyć teczkę, którą prowadzi szkoła. Jeśli szkoła odmówi, możesz się odwołać.",
                "page", ["ouders"]),
        ],
        [
            new("orzeczenie o przyjęciu", "TLV", ["przyjęcie do szkolnictwa specjalnego"]),
            new("budżet osobisty", "pgb", []),
            new("Centrum Młodzieży i Rodziny", "CJG", ["poradnia"]),
            new("plan rozwoju", "OPP", []),
        ],
        [
            ("szkołach", "/pl/ouders/transport/"),
            ("skargami", "/pl/route/skarga/"),
            ("skarg", "/pl/route/skarga/"),
            ("rodziców", "/pl/ouders/prawa/"),
            ("rodzicami", "/pl/ouders/prawa/"),
            ("doradcami", "/pl/ouders/doradca/"),
            ("doradców", "/pl/ouders/doradca/"),
            ("gminie", "/pl/vragen/pgb/"),
            ("transportem", "/pl/ouders/transport/"),
            ("prawach", "/pl/ouders/prawa/"),
            ("budżetu", "/pl/vragen/pgb/"),
            ("decyzji", "/pl/ouders/tlv/"),
        ],
        [
            ("TLV", "/pl/ouders/tlv/"),
            ("tlv", "/pl/jongeren/w-domu/"),
            ("pgb", "/pl/vragen/pgb/"),
            ("CJG", "/pl/organisaties/cjg/"),
        ],
        [
            ("Znaki", "Źródło ŹRÓDŁO ŻÓŁĆ gęślą jaźń zażółć ŁÓDŹ łódź Łódź ąęółśżźćń ĄĘÓŁŚŻŹĆŃ"),
            ("Końcówki", "książkami owaniami ubezpieczeniami najpiękniejszego najpiękniejszemu niejszym szkołach rodzicami rodzicom " +
                         "rodziców dziećmi dzieciach postępowaniach kategoriami sprawowanie kotek kotkami kotkach panowie"),
            ("Krótkie", "a i o u w z ze że ja ty on my wy ich ale aby ąę óó"),
        ]);
}
