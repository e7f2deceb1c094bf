import Testing

@testable import Banmian

@Suite struct LineTests {
    let reader = LineReader(settings: LayoutSettings())

    @Test func letterSpacedLinesCloseUp() {
        #expect(reader.line("遇 。要 按 照 工 委（区", number: 1).text == "遇。要按照工委（区")
        #expect(reader.line("项 目 已 全 部 复 工 ，2 2 个", number: 1).text == "项目已全部复工，22个")
        #expect(reader.line("勇 担 国 家  推 动 发 展", number: 1).text == "勇担国家 推动发展")
    }

    @Test func realSpacesStay() {
        for text in ["了“勇担国家战略使命 推动更高质", "埋头苦干 勇毅前行", "□本报记者 董梅雪 李宛遥 宋迎迎 谭宁 陈蔚", "本报讯 2月23日", "The city council met on Monday"] {
            #expect(reader.line(Substring(text), number: 1).text == text)
        }
    }

    @Test func indentationIsMeasured() {
        #expect(reader.line("　　本报讯", number: 1).indent == 4)
        #expect(reader.line(" 　　工委", number: 1).indent == 5)
        #expect(reader.line("　 调研中", number: 1).indent == 3)
        #expect(reader.line("  王清源", number: 1).indent == 2)
        #expect(reader.line(" 青岛开发区", number: 1).indent == 1)
        #expect(reader.line("　　", number: 1).isBlank)
    }

    @Test func linesJoin() {
        #expect(LineJoiner.join(["当西海岸之名，烙上国家级新区", "的属性"]) == "当西海岸之名，烙上国家级新区的属性")
        #expect(LineJoiner.join(["我", "们深深体会到"]) == "我们深深体会到")
        #expect(LineJoiner.join(["The City", "Council voted"]) == "The City Council voted")
        #expect(LineJoiner.join(["traffic will be de-", "toured to"]) == "traffic will be detoured to")
        #expect(LineJoiner.join(["a well-", "Known name"]) == "a well-Known name")
        #expect(LineJoiner.join(["展览分为“青花流韵”", "“五彩斑斓”"]) == "展览分为“青花流韵”“五彩斑斓”")
        #expect(LineJoiner.join(["he said.”", "“Then we"]) == "he said.” “Then we")
        #expect(LineJoiner.join(["2021年中国", "2月23日"]) == "2021年中国2月23日")
        // A photo credit spaced between its words keeps the space where the line broke before its closer.
        #expect(LineJoiner.join(["图为法国正应了这句老话。（通讯员 潘刚", "摄）"]) == "图为法国正应了这句老话。（通讯员 潘刚 摄）")
        #expect(LineJoiner.join(["图为法国正应了这句老话。（通讯员潘刚", "摄）"]) == "图为法国正应了这句老话。（通讯员潘刚摄）")
        #expect(LineJoiner.join(["（通讯员 潘", "刚摄）"]) == "（通讯员 潘刚摄）")
    }

    @Test func pageNumbersFromFileNames() {
        #expect(PageNumberReader.fromFileName("p2.txt") == 2)
        #expect(PageNumberReader.fromFileName("issue/page-02.txt") == 2)
        #expect(PageNumberReader.fromFileName("A3.txt") == 3)
        #expect(PageNumberReader.fromFileName("sample-page-1.txt") == 1)
        #expect(PageNumberReader.fromFileName("12.txt") == 12)
        #expect(PageNumberReader.fromFileName("front.txt") == nil)
        #expect(PageNumberReader.fromFileName("-") == nil)
    }
}

/// What real extractors do to a national daily's text (Founder fonts), undone line by line.
@Suite struct ExtractorArtefactTests {
    @Test(arguments: [
        ("记者 1 月 5 日从市园林局获悉", "记者1月5日从市园林局获悉"),
        ("2025 年全市新建口袋公园 36 个", "2025年全市新建口袋公园36个"),
        ("获悉，2025 年", "获悉，2025年"),
        ("增长 3.5 倍，", "增长3.5倍，"),
        ("第 2 版　要闻", "第2版　要闻"),
        ("（1月27日20时— 1 月28日20时）", "（1月27日20时—1月28日20时）"),
    ])
    func repaired(_ text: String, _ expected: String) {
        #expect(ExtractorArtefacts.repaired(text) == expected)
    }

    /// Printed spaces stay: after a dateline before digits that touch their characters, in furniture numbers,
    /// around Latin words, around an English dash; a double dash stays double.
    @Test(arguments: ["本报讯 11月11日，位于", "邮发代号 43-21", "巴伦支海—欧洲—北冰洋理事会", "明天气象预报（１月１４日２０时—１月１５日２０时）", "国内统一连续出版物号 CN 36-0199", "使用 iPhone 手机", "MILLBROOK, May 6 — The City", "窑火千年——明清民窑", "1998 elections"])
    func keptAsPrinted(_ text: String) {
        #expect(ExtractorArtefacts.repaired(text) == nil)
    }

    func line(_ text: String, _ number: Int) -> TextLine { TextLine(number: number, text: text, indent: 0, width: CharacterClass.width(of: text)) }

    @Test func verticalCaptionIsOneLineAndOrnamentsAreBreaks() {
        let lines = ["图", "为", "街", "角", "公", "园", "\u{E001}\u{E001} \u{E001}", "　　本报讯 记者获悉，", "子", "。"].enumerated().map { line($1, $0 + 1) }
        let joined = ExtractorArtefacts.joiningVerticalText(lines)
        #expect(joined.map(\.text) == ["图为街角公园", "", "", "　　本报讯 记者获悉，", "子", "。"])
        #expect(joined[0].number == 1 && joined[1].isBlank)
        let spaced = ["图", "为", "实", "施", "工", "程", "。", "（", "记", "者", "", "", "徐", "萍", "", "摄", "）", "", "人们"]
        #expect(ExtractorArtefacts.joiningVerticalText(spaced.enumerated().map { line($1, $0 + 1) }).first?.text == "图为实施工程。（记者 徐萍 摄）")
    }
}
