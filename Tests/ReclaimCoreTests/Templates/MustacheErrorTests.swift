import Testing

@testable import ReclaimCore

/// Compile and render errors carry the tag's line and column.
@Suite struct MustacheErrorTests {
    @Test(arguments: [
        ("Hi {{name", TemplateError.Kind.unclosedTag, 1, 4),
        ("line one\nline two {{{raw}}", .unclosedTag, 2, 10),
        ("{{#a}}x", .unclosedSection("a"), 1, 1),
        ("{{#a}}\n  {{^b}}x{{/b}}\n", .unclosedSection("a"), 1, 1),
        ("x\n  {{/a}}", .unexpectedClosingTag("a"), 2, 3),
        ("{{#a}}{{/b}}", .mismatchedClosingTag(expected: "a", found: "b"), 1, 7),
        ("ok {{}}", .emptyTag, 1, 4),
        ("{{#}}x{{/}}", .emptyTag, 1, 1),
        ("{{ }}", .emptyTag, 1, 1),
        ("{{a..b}}", .invalidName("a..b"), 1, 1),
        ("{{first name}}", .invalidName("first name"), 1, 1),
        ("é\n\tà {{> partial}}", .unsupportedTag("partial {{>…}}"), 2, 4),
        ("{{=<% %>=}}", .unsupportedTag("set-delimiter {{=…=}}"), 1, 1),
    ])
    func compileErrors(source: String, kind: TemplateError.Kind, line: Int, column: Int) {
        #expect(throws: TemplateError(kind, line: line, column: column)) { try MustacheTemplate(source) }
    }

    @Test(arguments: [
        ("Hi {{frist_name}}", TemplateError.Kind.unknownVariable("frist_name"), 1, 4),
        ("{{discount.cod}}", .unknownVariable("discount.cod"), 1, 1),
        ("a\n{{#missing}}x{{/missing}}", .unknownVariable("missing"), 2, 1),
        ("{{#list}}{{nope}}{{/list}}", .unknownVariable("nope"), 1, 10),
        ("{{name.first}}", .unknownVariable("name.first"), 1, 1),
        ("{{list}}", .notRenderable("list"), 1, 1),
        ("{{discount}}", .notRenderable("discount"), 1, 1),
    ])
    func renderErrors(source: String, kind: TemplateError.Kind, line: Int, column: Int) throws {
        let data: TemplateValue = ["name": "Ana", "list": [1, 2], "discount": ["code": "X"], "first_name": "Ana"]
        let template = try MustacheTemplate(source)
        #expect(throws: TemplateError(kind, line: line, column: column)) { try template.render(data) }
    }

    @Test func errorsDescribeTheirPositionAndName() throws {
        let template = try MustacheTemplate("Hello\n  {{frist_name}}")
        let error = #expect(throws: TemplateError.self) { try template.render(["first_name": "Ana"]) }
        #expect(error?.description == "line 2, column 3: unknown variable \"frist_name\"")
        #expect(error?.unknownVariable == "frist_name")
    }
}
