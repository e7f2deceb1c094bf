import Foundation
import Testing

/// The project's JSON Schema of the page document (`Schema/page-document.schema.json`), which the core's fixture
/// pages and the PDF reader's pages are both checked against.
public enum PageSchema {
    public static let url = Fixtures.packageRoot.appendingPathComponent("Schema/page-document.schema.json")

    /// Checks a page document against the schema (python jsonschema, from scripts/setup.sh).
    public static func expectValid(_ document: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1])); doc = json.load(open(sys.argv[2]))
            jsonschema.Draft202012Validator.check_schema(schema)
            errors = list(jsonschema.Draft202012Validator(schema).iter_errors(doc))
            for e in errors[:10]: print(list(e.path), e.message)
            sys.exit(1 if errors else 0)
            """
        let run = try BuiltProducts.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, url.path, document.path])
        let advice = "needs the PyPI package jsonschema, installed by scripts/setup.sh"
        #expect(run.status == 0, "schema validation (\(advice)): \(run.stdout)\(run.stderr)", sourceLocation: sourceLocation)
    }
}
