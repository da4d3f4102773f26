import Foundation
import Testing
@testable import SitegenTemplate

/// Values for the tests: a typed value with children, as sitegen's page data are.
private struct Item: TemplateData {
    var name: String
    var count: Int? = nil
    var flag = false

    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "count": count
        case "flag": flag
        default: nil
        }
    }
}

private struct Page: TemplateData {
    var title = "Title"
    var root = "../"
    var items: [Item] = []
    var item: Item? = nil
    var words: [String] = []
    var params: [String: String]? = nil
    var html = "<b>bold</b>"
    var open = true

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "root": root
        case "items": items
        case "item": item
        case "words": words
        case "params": params
        case "html": html
        case "open": open
        default: nil
        }
    }
}

private func escapeForTest(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
}

private func render(_ text: String, _ page: Page = Page(), partials: [String: String] = [:]) throws -> String {
    var templates = try partials.mapValues { try Template($0) }
    templates["main"] = try Template(text)
    return TemplateLibrary(templates: templates, escape: escapeForTest).render(page, withTemplate: "main") ?? "no template"
}

@Suite("Template rendering")
struct TemplateRenderingTests {
    @Test func variablesAreEscapedUnlessTripleOrAmpersand() throws {
        #expect(try render("{{html}}|{{{html}}}|{{& html}}") == "&lt;b&gt;bold&lt;/b&gt;|<b>bold</b>|<b>bold</b>")
    }

    @Test func missingNamesRenderNothingAndNumbersAndFlagsAsText() throws {
        #expect(try render("[{{nothing}}][{{item.name}}]") == "[][]")
        #expect(try render("{{#item}}{{count}} {{flag}}{{/item}}", Page(item: Item(name: "a", count: 3, flag: true))) == "3 true")
    }

    @Test func aSectionRepeatsOverAListAndClimbsTheStackForOuterNames() throws {
        let page = Page(items: [Item(name: "one"), Item(name: "two")])
        #expect(try render("{{#items}}<a href=\"{{root}}{{name}}\">{{title}}</a>{{/items}}", page)
                == "<a href=\"../one\">Title</a><a href=\"../two\">Title</a>")
    }

    @Test func aDottedNameIsReadFromWhatItsFirstPartFound() throws {
        // `item.title` does not climb: Item has no title, so it is empty, not the page's.
        let page = Page(item: Item(name: "x"))
        #expect(try render("{{item.name}}/{{item.title}}/{{#item}}{{title}}{{/item}}", page) == "x//Title")
    }

    @Test func anAnchoredNameLooksOnlyInTheInnermostValue() throws {
        let page = Page(item: Item(name: "x"))
        #expect(try render("{{#item}}[{{.title}}][{{.name}}]{{/item}}", page) == "[][x]")
    }

    @Test func theImplicitIteratorIsTheElement() throws {
        #expect(try render("{{#words}}{{.}},{{/words}}", Page(words: ["a", "b<"])) == "a,b&lt;,")
    }

    @Test func falsyValuesOpenInvertedSections() throws {
        #expect(try render("{{^items}}none{{/items}}{{^item}}no item{{/item}}{{^open}}closed{{/open}}") == "noneno item")
        #expect(try render("{{#open}}open{{/open}}{{^title}}x{{/title}}") == "open")
        // A string is truthy even when empty, and a number even when zero, as in swift-mustache.
        #expect(try render("{{#title}}[{{.}}]{{/title}}", Page(title: "")) == "[]")
        #expect(try render("{{#item}}{{#count}}n={{count}}{{/count}}{{/item}}", Page(item: Item(name: "a", count: 0))) == "n=0")
    }

    @Test func aDictionaryIsReadByKey() throws {
        #expect(try render("{{params.desk}}|{{#params}}{{desk}}{{/params}}", Page(params: ["desk": "World"])) == "World|World")
    }

    @Test func standaloneTagsTakeTheirLineWithThem() throws {
        let template = """
            <ul>
            {{#items}}
              <li>{{name}}</li>
            {{/items}}
            {{! a comment }}
            </ul>

            """
        #expect(try render(template, Page(items: [Item(name: "a"), Item(name: "b")])) == "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n")
    }

    @Test func aStandaloneTagOnTheFirstLineIsStandaloneToo() throws {
        #expect(try render("{{#item}}\n<p>{{name}}</p>\n{{/item}}\n", Page(item: Item(name: "a"))) == "<p>a</p>\n")
    }

    @Test func tagsSharingALineKeepItsWhitespace() throws {
        #expect(try render("  {{#open}}yes{{/open}}  \n") == "  yes  \n")
        #expect(try render(" | {{#open}}\n x\n {{/open}} |\n") == " | \n x\n  |\n")
    }

    @Test func aStandalonePartialIndentsEachOfItsLines() throws {
        let partials = ["partials/list": "<li>{{name}}</li>\n<li>again</li>\n"]
        let template = "<ul>\n  {{> partials/list}}\n</ul>\n"
        #expect(try render(template, Page(item: Item(name: "a")), partials: partials) == "<ul>\n  <li></li>\n  <li>again</li>\n</ul>\n")
        let inline = "<ul>{{> partials/list}}</ul>"
        #expect(try render(inline, partials: partials) == "<ul><li></li>\n<li>again</li>\n</ul>")
    }

    @Test func setDelimitersChangeTheTags() throws {
        #expect(try render("{{=<% %>=}}<% title %> {{title}}") == "Title {{title}}")
    }

    @Test func anUnknownPartialRendersNothing() throws {
        #expect(try render("[{{> nowhere}}]") == "[]")
    }

    @Test func textWithoutTagsAndCRLFLinesIsKeptAsItIs() throws {
        #expect(try render("a { b } {c}\r\nd\r\n") == "a { b } {c}\r\nd\r\n")
    }
}

@Suite("Template errors")
struct TemplateErrorTests {
    private func error(_ text: String) -> TemplateError? {
        do { _ = try Template(text); return nil } catch { return error }
    }

    @Test func anUnclosedSectionIsReportedAtTheEnd() {
        let failure = error("<p>\n{{#items}}\n<li>\n")
        #expect(failure?.kind == .expectedSectionEnd)
        #expect(failure?.line == 4)
        #expect(failure?.column == 1)
        #expect(failure?.description == "a section is not closed (missing `{{/name}}`)")
    }

    @Test func aMismatchedCloseIsReportedAtItsName() {
        let failure = error("{{#items}}\n  {{/item}}\n")
        #expect(failure?.kind == .sectionCloseNameIncorrect)
        #expect(failure?.line == 2)
        #expect(failure?.column == 6)
    }

    @Test func anUnfinishedTagAndComment() {
        #expect(error("<p>{{title</p>")?.kind == .unfinishedName)
        #expect(error("{{! never closed")?.kind == .unfinishedComment)
        #expect(error("{{= <% =}}")?.kind == .invalidSetDelimiter)
    }

    @Test(arguments: ["{{uppercased(title)}}", "{{>*dynamic}}", "{{<parent}}{{/parent}}", "{{$block}}{{/block}}", "{{% CONTENT_TYPE: TEXT }}"])
    func featuresSitegenDoesNotHaveAreRefusedByName(_ text: String) {
        guard case .unsupported(let feature)? = error(text)?.kind else {
            Issue.record("\(text) was accepted")
            return
        }
        #expect(!feature.isEmpty)
        #expect(error(text)?.line == 1)
    }
}
