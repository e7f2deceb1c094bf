@testable import Banmian
import Foundation
import Testing

/// Photo news (图片新闻): a headline over a photo whose caption is the whole text is an article of its own, its
/// caption the paragraph as printed and its photo credit the byline.
@Suite struct PhotoNewsTests {
    func line(_ text: String, x: Double, y: Double, size: Double, width: Double? = nil) -> TextLine {
        var line = TextLine(number: 0, text: text, indent: 0, width: TextLine.displayWidth(of: text))
        line.box = BoundingBox(page: 1, x: x, y: y + 150, width: width ?? Double(text.count) * size, height: size * 1.2)
        line.fontSize = size
        return line
    }

    /// A module with a body beside a photo news item: the headline stands over the photo (y 84–190, then 150
    /// lower on the page, under its header band), the caption under it.
    func page() -> [TextLine] {
        let body = [
            "本报讯　今年以来，全市城乡居民收入", "稳步增长，消费结构持续改善，居民", "生活水平进一步提高，各项指标均好",
            "于上年同期水平，全年目标有望实现。",
        ]
        return [line("城乡居民收入稳步增长", x: 40, y: 60, size: 20)]
            + body.enumerated().map { line($1, x: 40, y: 100 + Double($0) * 13, size: 9, width: 153) }
            + [
                line("雪后清晨的长城", x: 260, y: 60, size: 16),
                line("图为雪后的八达岭长城银装素裹，吸引", x: 260, y: 196, size: 8, width: 144),
                line("了众多游客。（通讯员 白梅 摄）", x: 260, y: 207, size: 8, width: 128),
            ]
    }

    @Test func aHeadlineOverACaptionIsAnArticle() {
        let result = Pipeline().extract(lines: page(), source: PageSource(name: "p4.pdf", data: Data()), size: PageSize(width: 595, height: 842))
        let photoNews = result.articles.first { $0.headline == "雪后清晨的长城" }
        #expect(photoNews?.paragraphs == ["图为雪后的八达岭长城银装素裹，吸引了众多游客。（通讯员 白梅 摄）"])
        #expect(photoNews?.bylines == [Byline(role: "通讯员摄", names: ["白梅"])])
        #expect(photoNews?.captions == [])
        #expect(result.articles.first { $0.headline == "城乡居民收入稳步增长" }?.paragraphs.count == 1)
        #expect(result.unassigned.allSatisfy { $0.role != .caption && $0.role != .headline })
    }

    /// A photo news item whose picture and caption span two columns, a module in the third column beside them
    /// (read before the caption): the caption printed under the headline, nothing but the picture between them,
    /// is still its text, not the neighbour's caption.
    @Test func aHeadlineOverACaptionReadAfterTheModuleBesideItIsPhotoNews() {
        let body = [
            "本报讯　今年以来，全市城乡居民收", "入稳步增长，消费结构持续改善，居", "民生活水平进一步提高，各项指标均",
            "好于上年同期水平，全年目标有望实", "现。据统计，城镇居民人均可支配收", "入比上年增长百分之八，农村居民人",
            "均纯收入增长百分之九，增幅为近年", "来最高。专家认为，收入增长将进一", "步带动消费，为经济发展注入活力。",
        ]
        let other = [
            "本报讯　春节将至，全市各区县的文", "化活动丰富多彩，庙会、灯会、书画", "展览和文艺演出陆续登场，市民在家",
            "门口就能欣赏到精彩的节目。各文化", "馆站延长开放时间，方便群众参加。",
        ]
        let lines = [line("北京站迎来返乡客流高峰", x: 40, y: 60, size: 18)]
            + [
                line("连日来，北京站迎来春运返乡客流高峰，车站增开售票窗口，", x: 40, y: 300, size: 9, width: 300),
                line("方便旅客购票。（新华社记者 王明 摄）", x: 40, y: 312, size: 9, width: 180),
            ]
            + [line("城乡居民收入稳步增长", x: 360, y: 60, size: 16)]
            + body.enumerated().map { line($1, x: 360, y: 90 + Double($0) * 13, size: 9, width: 150) }
            + [line("春节文化活动丰富多彩", x: 360, y: 230, size: 16)]
            + other.enumerated().map { line($1, x: 360, y: 260 + Double($0) * 13, size: 9, width: 150) }
        let result = Pipeline().extract(lines: lines, source: PageSource(name: "p4.pdf", data: Data()), size: PageSize(width: 595, height: 842))
        let photoNews = result.articles.first { $0.headline == "北京站迎来返乡客流高峰" }
        #expect(photoNews?.paragraphs == ["连日来，北京站迎来春运返乡客流高峰，车站增开售票窗口，方便旅客购票。（新华社记者 王明 摄）"])
        #expect(result.articles.first { $0.headline == "城乡居民收入稳步增长" }?.captions == [])
        #expect(result.unassigned.allSatisfy { $0.role != .caption && $0.role != .headline })
    }

    /// `图片新闻` over a photo is the item's title, as the papers' own archives list it (人民日报 titles such items
    /// 图片新闻), not a label of the box: the caption under it is its text.
    @Test(arguments: ["图片新闻", "图片报道"])
    func aPhotoNewsTitleHeadsItsCaption(_ title: String) {
        var lines = page()
        lines[lines.count - 3].text = title
        lines[lines.count - 3].width = TextLine.displayWidth(of: title)
        let result = Pipeline().extract(lines: lines, source: PageSource(name: "p4.pdf", data: Data()), size: PageSize(width: 595, height: 842))
        let photoNews = result.articles.first { $0.headline == title }
        #expect(photoNews?.paragraphs == ["图为雪后的八达岭长城银装素裹，吸引了众多游客。（通讯员 白梅 摄）"])
        #expect(result.unassigned.allSatisfy { $0.text != title })
    }

    /// In text the title needs no words in common with its caption.
    @Test func inTextAPhotoNewsTitleHeadsTheCaptionAfterIt() throws {
        let text = "图片新闻\n\n10月7日，枫木乡村民在晒场上翻晒新收的稻谷。（通讯员 雷晴 摄）\n"
        let result = try Pipeline().extract(PageSource(name: "p4.txt", data: Data(text.utf8)))
        #expect(result.articles.map(\.headline) == ["图片新闻"])
        #expect(result.articles.first?.paragraphs == ["10月7日，枫木乡村民在晒场上翻晒新收的稻谷。（通讯员 雷晴 摄）"])
    }

    /// A caption that opens with `图片` (`图片：新华社记者 王明 摄`) is still a caption.
    @Test func aCaptionOpeningWithThePictureIsStillACaption() {
        #expect(MarkerTable.chinese.captionStart.matches("图片：雪后的八达岭长城"))
        #expect(!MarkerTable.chinese.captionStart.matches("图片新闻"))
    }

    /// In text, a headline before a caption is photo news only when the caption holds its words: a credit line
    /// misread as a headline is not.
    @Test(arguments: [("雪后清晨的长城", true), ("本报记者 顾琳宇", false), ("城乡居民收入稳步增长", false)])
    func inTextTheCaptionMustHoldTheHeadlinesWords(_ headline: String, _ isPhotoNews: Bool) throws {
        let text = "\(headline)\n\n图为雪后清晨的八达岭长城银装素裹，吸引了众多游客。（通讯员 白梅 摄）\n"
        let result = try Pipeline().extract(PageSource(name: "p4.txt", data: Data(text.utf8)))
        #expect((result.articles.first?.paragraphs.first?.hasPrefix("图为雪后") == true) == isPhotoNews)
    }

    /// A column of `pdftotext -raw`: a photo news item between two articles, its caption sharing no words with its
    /// headline. The caption, between that headline and the next, can be no one else's.
    func column(_ before: String) -> String {
        """
        第3版　要闻　华光日报　1998年1月20日
        港口吞吐量创新高
        去年，本市港口集装箱吞
        吐量首次突破两百万标准箱，
        \(before)
        李鹏会见希腊客人
        图为国务院总理李鹏今天下午在
        这里。（通讯员 程英宇 摄）
        春节前夕慰问困难职工
        本报讯　市总工会近日组织干部
        走访困难职工家庭，送去慰问金
        和米面油。

        """
    }

    @Test func inTextACaptionBetweenTwoHeadlinesIsPhotoNews() throws {
        let text = column("比上年增长百分之十八。")
        let result = try Pipeline().extract(PageSource(name: "p3.raw.txt", data: Data(text.utf8)))
        let photoNews = try #require(result.articles.first { $0.headline == "李鹏会见希腊客人" })
        #expect(photoNews.paragraphs == ["图为国务院总理李鹏今天下午在这里。（通讯员 程英宇 摄）"])
        #expect(result.articles.map(\.headline) == ["港口吞吐量创新高", "李鹏会见希腊客人", "春节前夕慰问困难职工"])
        #expect(result.articles.allSatisfy { $0.captions.isEmpty })
    }

    /// The first module under the page's header: a headline over only a caption, then the next article's headline.
    /// The caption, between the header and that headline, can be no one else's; a number wrapped off a contact
    /// line (`咨询热线：027-` / `4818819`) read as a headline is not a photo news item's.
    @Test(arguments: [("依靠科技进步调整经济结构", true), ("4818819", false)])
    func underThePageHeaderACaptionBeforeTheNextHeadlineIsPhotoNews(_ headline: String, _ isPhotoNews: Bool) throws {
        let text = """
            1998年1月5日　星期一
            南山晚报
            第2版　农村

            \(headline)

            图为乡农技站的技术员在田间讲解新品种的栽培要点。（通讯员 田峰超 摄）

            外国政要电慰我地震灾民

            　　新华社北京１月１５日电　一些国家领导人１５日致电江泽民主席和李鹏总理，对河北省张家口
            地区地震灾民表示慰问。

            """
        let result = try Pipeline().extract(PageSource(name: "p2.txt", data: Data(text.utf8)))
        let photoNews = result.articles.first { $0.headline == headline }
        #expect((photoNews?.paragraphs == ["图为乡农技站的技术员在田间讲解新品种的栽培要点。（通讯员 田峰超 摄）"]) == isPhotoNews)
        #expect(result.articles.contains { $0.headline == "外国政要电慰我地震灾民" })
    }

    /// After a text cut off mid-sentence the line before the caption may be a fragment of that text read as a
    /// headline: then the caption's words must make the case.
    @Test(arguments: [("比上年增长百分之十八。", true), ("比上年增长百分之十八，主要", false)])
    func afterAnUnfinishedTextTheCaptionNeedsTheHeadlinesWords(_ lastLine: String, _ isPhotoNews: Bool) throws {
        let text = """
            港口吞吐量创新高

            　　去年，本市港口集装箱吞吐量首次突破两百万标准箱，
            \(lastLine)

            李鹏会见希腊客人

            图为国务院总理李鹏今天下午在这里。（通讯员 程英宇 摄）

            春节前夕慰问困难职工

            　　本报讯　市总工会近日组织干部走访困难职工家庭，送去
            慰问金和米面油。

            """
        let result = try Pipeline().extract(PageSource(name: "p3.txt", data: Data(text.utf8)))
        let photoNews = result.articles.first { $0.headline == "李鹏会见希腊客人" }
        #expect((photoNews?.paragraphs == ["图为国务院总理李鹏今天下午在这里。（通讯员 程英宇 摄）"]) == isPhotoNews)
        // Not placed, the caption is reported, never dropped.
        #expect(isPhotoNews || result.unassigned.contains { $0.role == .caption })
    }

    /// `mutool draw -F txt` puts a blank line after every line, so a photo news headline as wide as the column above
    /// it comes as one more line of that column's last paragraph (`…举行会谈。` / `城乡电网改造进度加快`). A line
    /// without punctuation after a sentence's end, right over a caption, is that caption's headline.
    @Test func inDoubleSpacedTextAHeadlineRunIntoTheColumnAboveACaptionIsPhotoNews() throws {
        let text = """
            全市城乡居民收入增长

              本报讯　今年以来，全市

            城乡居民收入稳步增长，消

            费结构持续改善，全年目标

            有望实现。

              据统计，前三季度全市城

            镇居民人均可支配收入同比

            增长百分之八，农村居民人

            均纯收入增长百分之九，增

            幅均高于上年同期。

            城乡电网改造进度加快

            图为施工人员在加紧架设城乡电网线路。（通讯员 白梅 摄）

            """
        let result = try Pipeline().extract(PageSource(name: "p3.mutool.txt", data: Data(text.utf8)))
        let photoNews = try #require(result.articles.first { $0.headline == "城乡电网改造进度加快" })
        #expect(photoNews.paragraphs == ["图为施工人员在加紧架设城乡电网线路。（通讯员 白梅 摄）"])
        #expect(photoNews.bylines == [Byline(role: "通讯员摄", names: ["白梅"])])
        let article = try #require(result.articles.first { $0.headline == "全市城乡居民收入增长" })
        #expect(article.paragraphs == [
            "本报讯　今年以来，全市城乡居民收入稳步增长，消费结构持续改善，全年目标有望实现。",
            "据统计，前三季度全市城镇居民人均可支配收入同比增长百分之八，农村居民人均纯收入增长百分之九，增幅均高于上年同期。",
        ])
    }

    /// A heading between two texts with a picture right under it heads a story of its own: the text after the
    /// picture is its body (whatever their words) and the picture its caption. A subhead in place carries no
    /// picture: without the caption the same heading is a section of the article before it.
    @Test(arguments: [true, false])
    func aHeadingOverAPictureBetweenTwoTextsHeadsTheTextAfterIt(_ withPicture: Bool) throws {
        let caption = withPicture ? "图为演员在村头为乡亲们表演。（记者 张华 摄）\n\n" : ""
        let text = """
            治理污水还清河

            □本报记者 王小明

              今年以来，市里投入资金三千万

            元，整治城区河道十二条，河水变

            清了，两岸居民拍手称快。

              据了解，明年还将整治另外八条

            河道，让全市河道全部达标。

            锣鼓声声闹新春

            \(caption)  元旦前夕，县剧团的演员们带着

            精心排练的节目走进山村，为村民

            送上祝福。

              演出持续了三个多小时，台下掌

            声不断。

            """
        let result = try Pipeline().extract(PageSource(name: "p2.mutool.txt", data: Data(text.utf8)))
        let body = ["元旦前夕，县剧团的演员们带着精心排练的节目走进山村，为村民送上祝福。", "演出持续了三个多小时，台下掌声不断。"]
        let river = try #require(result.articles.first { $0.headline == "治理污水还清河" })
        if withPicture {
            #expect(result.articles.map(\.headline) == ["治理污水还清河", "锣鼓声声闹新春"])
            #expect(river.paragraphs.count == 2)
            let village = try #require(result.articles.last)
            #expect(village.paragraphs == body)
            #expect(village.captions == ["图为演员在村头为乡亲们表演。（记者 张华 摄）"])
        } else {
            #expect(result.articles.count == 1)
            #expect(river.sections.map(\.heading) == [nil, "锣鼓声声闹新春"])
            #expect(river.sections.last?.paragraphs.map(\.text) == body)
        }
    }

    /// In `pdftotext -raw`, photo news comes as one run: its title, then the caption in lines set across the picture
    /// (wider than the title), then the photographer's credit on a line of its own (from a page of the others'
    /// generator). The title heads the caption; a caption whose first line has no mark (`图为…` or a sentence's start)
    /// as wide as the rest of it stays the caption of the text before.
    @Test func inRawTextATitleOverAWiderCaptionIsPhotoNews() throws {
        let text = """
            南亚国家出口造成明显的
            影响。
            图为江泽民主席在中南海发表1998年新年讲
            话《迈向充满希望的新世纪》。
            （新华社记者兰红光摄）
            美国马里兰州盖茨堡镇举办新年灯展
            美国马里兰州的盖茨堡镇近日举办新年灯展。200多件灯饰作品以卡通人物和动物为主要造型，设
            置在长约6公里的道路两旁，为寒冷的冬夜增添了几分暖意。
            （新华社记者刘宇摄）
            立陶宛总统选举揭晓 新华社莫斯科
            1月5日电立陶宛总统选举第二轮投票结果
            今天揭晓，阿达姆库斯当选总统。
            """
        let result = try Pipeline().extract(PageSource(name: "p1.raw.txt", data: Data(text.utf8)))
        let photoNews = try #require(result.articles.first { $0.headline == "美国马里兰州盖茨堡镇举办新年灯展" })
        #expect(photoNews.paragraphs == [
            "美国马里兰州的盖茨堡镇近日举办新年灯展。200多件灯饰作品以卡通人物和动物为主要造型，设置在长约6公里的道路两旁，为寒冷的冬夜增添了几分暖意。（新华社记者刘宇摄）"
        ])
        #expect(photoNews.bylines.map(\.names) == [["刘宇"]])
        #expect(!result.articles.contains { $0.headline?.hasPrefix("图为") == true })
        #expect(result.articles.last?.headline == "立陶宛总统选举揭晓")
    }

    /// A photo news title may wrap (`国家旅游局推出’98华夏` / `城乡游`); a caption no wider than the page's column
    /// under a headline is a picture's in that headline's article, the headline over the next text (`进京施工『不扰民』`
    /// over a caption of a player, then `江苏省金坛市现有…`).
    @Test func inRawTextAWrappedTitleHeadsItsCaptionAndAColumnCaptionStaysACaption() throws {
        let text = """
            华人社团代表与会。近年
            来，世界范围的活动更为活
            跃，联系也更加紧密。
            国家旅游局推出’98华夏
            城乡游
            国家旅游局推出的’98华夏城乡游在各地展开。这
            是首批到达杭州的日本游客与市民一起打年糕。
            （新华社记者蔡志培摄）
            进京施工『不扰民』
            江苏新秀张勇憋足劲将奥运冠
            军刘国梁拉下马。
            （张如亮摄）
            江苏省金坛市现有4万多
            名建筑工人在首都施工，为
            了不扰民，他们把噪声大的
            工序安排在白天进行。
            """
        let result = try Pipeline().extract(PageSource(name: "p4.raw.txt", data: Data(text.utf8)))
        let photoNews = try #require(result.articles.first { $0.headline == "国家旅游局推出’98华夏城乡游" })
        #expect(photoNews.paragraphs.first?.hasPrefix("国家旅游局推出的’98华夏城乡游在各地展开。") == true)
        let building = try #require(result.articles.first { $0.headline == "进京施工『不扰民』" })
        #expect(building.paragraphs.first?.hasPrefix("江苏省金坛市现有4万多名建筑工人") == true)
    }
}
