import Banmian
import Testing

@Suite struct NormalizerTests {
    let normalizer = Normalizer()

    @Test func radicalsBecomeIdeographs() {
        #expect(normalizer.normalize("⼈⺠⽇报") == "人民日报")
        #expect(normalizer.normalize("⼤⼯⾏⽣⾼") == "大工行生高")
    }

    @Test func simplifiedTextGetsSimplifiedForms() {
        #expect(normalizer.normalize("这个⼾口本们") == "这个户口本们")
        #expect(normalizer.normalize("這個⼾口們") == "這個戶口們")
    }

    @Test func compatibilityIdeographsBecomeUnified() {
        #expect(normalizer.normalize("\u{F900}\u{FA0C}") == "\u{8C48}\u{5140}")
    }

    @Test func punctuationAndIdeographicSpaceStay() {
        let text = "　　本报讯，“项目”（第二版）：完成；！？"
        #expect(normalizer.normalize(text) == text)
    }

    @Test func lineEndsAndInvisibleMarks() {
        #expect(normalizer.normalize("a\r\nb\rc\u{FEFF}d\u{200B}e\u{00A0}f") == "a\nb\ncde f")
        #expect(normalizer.normalize("page one\u{0C}page two") == "page one\n\npage two")
    }

    /// A CJK font's dash given as the horizontal bar (Noto through Chromium: `――`) is the em dash of `——`.
    @Test func horizontalBarIsTheDash() {
        #expect(normalizer.normalize("窑火千年――明清民窑") == "窑火千年——明清民窑")
        #expect(normalizer.normalize("——副题") == "——副题")
    }
}

@Suite struct VerticalFormTests {
    /// Punctuation of vertical text comes as vertical presentation forms from some extractors (mutool).
    @Test func verticalFormsBecomeTheFormsReadersSee() {
        #expect(Normalizer().normalize("︵记者 徐萍 摄︶︒︽书︾") == "（记者 徐萍 摄）。《书》")
    }

    /// Vertical text quotes with corner brackets: in simplified text they print `“”` and `‘’` (GB/T 15834; a
    /// font maps `“穷亲”` set top to bottom to `﹃穷亲﹄`), in traditional text they are corner brackets as printed.
    @Test func verticalQuotationMarksAreTheScriptsOwn() {
        #expect(Normalizer().normalize("领导干部攀﹃穷亲﹄，说﹁好﹂") == "领导干部攀“穷亲”，说‘好’")
        #expect(Normalizer().normalize("這是臺灣記者們說的話，領導幹部攀﹃窮親﹄，說﹁好﹂") == "這是臺灣記者們說的話，領導幹部攀『窮親』，說「好」")
    }
}
