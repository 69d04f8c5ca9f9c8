import Testing

@testable import ReclaimCore

/// The Mustache subset: variables, escaping, dotted names, sections, inverted sections, comments
/// and standalone lines.
@Suite struct MustacheRenderingTests {
    static let data: TemplateValue = [
        "name": "World",
        "html": "<b>\"Tom\" & 'Jerry'</b>",
        "count": 3,
        "ratio": 2.5,
        "yes": true,
        "no": false,
        "nothing": .null,
        "empty": "",
        "zero": 0,
        "none": [],
        "letters": ["a", "b"],
        "people": [["name": "Ana"], ["name": "Luc"]],
        "person": ["name": "Ana", "age": 31, "address": ["city": "Lyon"]],
        "discount": .null,
        "brand": "Northwind",
    ]

    @Test(arguments: [
        ("Hello, {{name}}!", "Hello, World!"),
        ("{{html}}", "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;"),
        ("{{{html}}}", "<b>\"Tom\" & 'Jerry'</b>"),
        ("{{& html}}", "<b>\"Tom\" & 'Jerry'</b>"),
        ("{{ name }}|{{{ name }}}|{{&name}}", "World|World|World"),
        ("{{count}} / {{ratio}}", "3 / 2.5"),
        ("{{yes}} {{no}}", "true false"),
        ("[{{nothing}}]", "[]"),
        ("{{person.name}} in {{person.address.city}}", "Ana in Lyon"),
        ("[{{discount.code}}]", "[]"),
        ("{{#yes}}shown{{/yes}}{{#no}}hidden{{/no}}", "shown"),
        ("{{#letters}}({{.}}){{/letters}}", "(a)(b)"),
        ("{{#people}}{{name}};{{/people}}", "Ana;Luc;"),
        ("{{#person}}{{name}} is {{age}}, {{brand}}{{/person}}", "Ana is 31, Northwind"),
        ("{{#person}}{{#address}}{{city}}/{{name}}{{/address}}{{/person}}", "Lyon/Ana"),
        ("{{#people}}{{#yes}}<{{name}}>{{/yes}}{{/people}}", "<Ana><Luc>"),
        ("{{^none}}empty{{/none}}{{^letters}}never{{/letters}}", "empty"),
        ("{{^nothing}}a{{/nothing}}{{^empty}}b{{/empty}}{{^zero}}c{{/zero}}{{^no}}d{{/no}}", "abcd"),
        ("{{#nothing}}a{{/nothing}}{{#empty}}b{{/empty}}{{#zero}}c{{/zero}}{{#count}}{{.}}{{/count}}", "3"),
        ("{{#name}}Hi {{.}}{{/name}}", "Hi World"),
        ("a{{! a comment }}b", "ab"),
        ("a{{! spans\nlines }}b", "ab"),
        ("Hi\n{{#yes}}\nline\n{{/yes}}\nend", "Hi\nline\nend"),
        ("Hi\n{{#no}}\nline\n{{/no}}\nend", "Hi\nend"),
        ("Hi\n  {{#yes}}  \n  line\n  {{/yes}}\nend", "Hi\n  line\nend"),
        ("Hi\n{{! standalone comment }}\nend", "Hi\nend"),
        ("Hi\r\n{{#yes}}\r\nline\r\n{{/yes}}\r\nend", "Hi\r\nline\r\nend"),
        ("a {{#yes}}x{{/yes}}\nb", "a x\nb"),
        ("{{#yes}}\nlast\n{{/yes}}", "last\n"),
        ("{ name } {{name}}}", "{ name } World}"),
    ])
    func renders(source: String, expected: String) throws {
        #expect(try MustacheTemplate(source).render(Self.data) == expected)
    }

    @Test func plainTextTemplatesDoNotEscape() throws {
        #expect(try MustacheTemplate("{{html}}", escaping: .none).render(Self.data) == "<b>\"Tom\" & 'Jerry'</b>")
    }

    @Test func variableNamesListEveryNameUsed() throws {
        let template = try MustacheTemplate("{{a}}{{#b}}{{c.d}}{{.}}{{/b}}{{^e}}{{{f}}}{{/e}}{{! g }}")
        #expect(template.variableNames == ["a", "b", "c.d", "e", "f"])
    }

    @Test func compiledTemplatesCompareBySourceAndEscaping() throws {
        #expect(try MustacheTemplate("{{a}}") == MustacheTemplate("{{a}}"))
        #expect(try MustacheTemplate("{{a}}") != MustacheTemplate("{{a}}", escaping: .none))
    }
}
