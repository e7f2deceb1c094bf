import Testing

@testable import BanmianOCR

@Suite struct PageImageTests {
    @Test func resolutionsInEitherUnit() throws {
        #expect(PageImage.parse("300 PixelsPerInch") == PageImage.Resolution(pixelsPerInch: 300, stated: true))
        let metric = try #require(PageImage.parse("118.10999999999999943 PixelsPerCentimeter"))
        #expect(abs(metric.pixelsPerInch - 300) < 0.01)
        #expect(PageImage.parse("72 Undefined") == nil)
        #expect(PageImage.parse("0 PixelsPerInch") == nil)
        #expect(PageImage.parse("") == nil)
    }

    @Test func languageLists() {
        #expect(Recognizer.isLanguageList("chi_sim+eng"))
        #expect(Recognizer.isLanguageList("chi_tra"))
        #expect(!Recognizer.isLanguageList("chi_sim+"))
        #expect(!Recognizer.isLanguageList("eng; rm -rf"))
        #expect(!Recognizer.isLanguageList(""))
    }
}
