using static StaticSite.Search.Tests.Languages.LanguageSample;

namespace StaticSite.Search.Tests.Languages.Texts;

/// <summary>English pages, written for the tests in plain language for parents.</summary>
internal static class EnglishPages
{
    public static LanguageSample Sample { get; } = new(
        "en",
        [
            Page("/en/parents/tlv/", "Admission statement for special education", "What an admission statement is and how the school applies for one.",
                ["Who applies for the statement?", "How long does it take?"],
                "Does your child need special education? Then the school needs an admission statement (TLV). The school applies for it at the partnership of schools. " +
                "You are involved in the development plan of your child. The partnership usually decides within six weeks. Do you disagree with the decision? " +
                "Then you can lodge an objection, and our advisers will help you write it.",
                "term", ["ouders"], ["TLV", "admission to special education"]),
            Page("/en/parents/client-support/", "Independent client support", "An independent client supporter helps you for free.",
                ["What does a client supporter do?", "How do I get in touch?"],
                "A client supporter stands beside you. He or she helps in meetings with the school, the municipality or youth care. The support is free and independent. " +
                "Young people can ask for a client supporter too. Call the support point to make an appointment; we answer the phone on weekdays.",
                "term", ["ouders", "jongeren"], ["client supporter"]),
            Page("/en/parents/appropriate-education/", "Appropriate education", "Every pupil has the right to a suitable place.",
                ["Duty of care", "Extra support"],
                "Schools have a duty of care. This means the school must look for a suitable place for a pupil who needs extra support. " +
                "Sometimes that is at the school itself, sometimes at another school or in special education. Parents are always consulted, " +
                "and the school explains its choices in writing."),
            Page("/en/young-people/staying-home/", "You are at home and want to go back to school", "What you can do when you have not been to school for a while.",
                ["Who can you talk to?"],
                "Are you staying at home without a school? That is hard. You have a right to education. Talk to your mentor, the school attendance officer " +
                "or someone from the support point. Together we look for a place that suits you. Sometimes an admission statement is needed for that.",
                "page", ["jongeren"]),
            Page("/en/organisations/cjg/", "Centre for Youth and Family", "Questions about parenting and growing up.", [],
                "The centre helps parents and young people with questions about health, parenting and growing up. You can drop in without an appointment " +
                "at the child health clinic. Parenting courses are given in the evenings.",
                "organisation", ["ouders", "jongeren"]),
            Page("/en/questions/pgb/", "Can I get a personal budget?", null, [],
                "With a personal budget (pgb) you arrange the youth care for your child yourself. You apply for it at the municipality. " +
                "The municipality checks whether a personal budget suits your situation and how much care is needed.",
                "faq"),
            Page("/en/route/complaint/", "Route: when you disagree with the school", "Step by step from a conversation to the disputes committee.",
                ["Talk to the school", "Ask an education consultant for help", "File a complaint"],
                "Always start with a conversation with the mentor or the head teacher. Can you not work it out? An education consultant can mediate. " +
                "After that you can file a complaint with the school board, or take the dispute to the disputes committee for appropriate education. " +
                "Complaints are handled confidentially.",
                "route", ["ouders"]),
            Page("/en/parents/transport/", "School transport", "Transport to a school far from home.", [],
                "Does your child go to a school that is far away? Sometimes the municipality pays for the transport. Apply in good time; " +
                "the crèche and after-school care are not included. Taxis and buses are arranged by the municipality."),
            Page("/en/parents/rights/", "Your rights as a parent", "What the school must tell you and what you may decide.", ["Consent", "Information"],
                "As a parent you have the right to information about your child's progress. The school must ask for your consent before it starts " +
                "a special programme. You may see the file the school keeps. If the school refuses, you can appeal.",
                "page", ["ouders"]),
        ],
        [
            new("admission statement", "TLV", ["admission to special education"]),
            new("personal budget", "pgb", []),
            new("Centre for Youth and Family", "CJG", ["child health clinic"]),
            new("development plan", "OPP", ["individual education plan"]),
        ],
        [
            ("complaints", "/en/route/complaint/"),
            ("complaining", "/en/route/complaint/"),
            ("supporters", "/en/parents/client-support/"),
            ("supporting", "/en/parents/client-support/"),
            ("transported", "/en/parents/transport/"),
            ("appealed", "/en/parents/rights/"),
            ("decides", "/en/parents/tlv/"),
            ("parents", "/en/parents/rights/"),
        ],
        [
            ("TLV", "/en/parents/tlv/"),
            ("tlv", "/en/young-people/staying-home/"),
            ("pgb", "/en/questions/pgb/"),
            ("CJG", "/en/organisations/cjg/"),
        ],
        [
            ("Porter", "yes yyy syzygy running happiness relational generalizations agreed feed caresses ponies cats sky by y Y yonder yesterday " +
                       "controlling rolling hopping filing failing sizing oscillate hopeful goodness rational conditional sensibility probate"),
            ("Accents", "cafe café naïve résumé coöperation façade"),
            ("Apostrophes", "don't o'clock parents' child's rock'n'roll"),
            ("Code", "__init__ C++ C# .NET node.js x_y _ __"),
            ("Step words", "ational tional enci anci izer bli alli entli eli ousli ization ation ator alism iveness fulness ousness aliti iviti biliti logi " +
                           "icate ative alize iciti ical ful ness al ance ence er ic able ible ant ement ment ent ion sion tion ou ism ate iti ous ive ize"),
        ]);
}
