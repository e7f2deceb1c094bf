import Banmian
import BanmianTestHelpers
import Foundation
import Testing

/// The JSON of every fixture page checked by shared/tools/check_page_json.py (DESIGN.md's contract)
/// and by the project's JSON Schema.
@Suite struct ContractTests {
    static let checker = Fixtures.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/tools/check_page_json.py")

    /// All fixture pages in one document, as a run over several files writes it.
    func documentOfAllPages() throws -> URL {
        let results = try PageFixtureTests.names.map { id in
            let (folder, name) = PageFixtureTests.split(id)
            return try Fixtures.extract(folder, name)
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("banmian-contract-\(UUID().uuidString).json")
        try PageDocument(results: results).encoded().write(to: url)
        return url
    }

    @Test func sharedContractCheckPasses() throws {
        guard FileManager.default.fileExists(atPath: Self.checker.path) else {
            Issue.record("\(Self.checker.path) is missing: the shared folder must sit beside the repository (../shared)")
            return
        }
        let document = try documentOfAllPages()
        let run = try BuiltProducts.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", Self.checker.path, document.path])
        #expect(run.status == 0, "check_page_json.py: \(run.stdout)\(run.stderr)")
        #expect(run.stdout.hasPrefix("ok:"))
    }

    @Test func jsonSchemaValidates() throws {
        try PageSchema.expectValid(try documentOfAllPages())
    }
}
