import Foundation
import Testing

@testable import Banmian

/// In text without geometry, advertisements and notices are known by how they close — a run of contact lines
/// (`地址：`, `订购电话：`) or a public-service advertisement's sponsor (`…办公室　宣`) — with the notice's title or
/// the short display lines over them. They are kept out of the articles and listed as unassigned.
@Suite struct TextAdvertisementTests {
    func page(_ text: String, name: String = "p3.mutool.txt") throws -> PageResult {
        try Pipeline().extract(PageSource(name: name, data: Data(text.utf8)))
    }

    func advertisements(_ result: PageResult) -> [String] {
        result.unassigned.filter { $0.role == .advertisement }.map(\.text)
    }

    func articleText(_ result: PageResult) -> String {
        result.articles.map { article in
            ([article.kicker, article.headline, article.subtitle].compactMap(\.self) + article.sections.flatMap(\.paragraphs).map(\.text)).joined()
        }.joined(separator: "\n")
    }

    /// Two articles as `mutool draw -F txt` prints them, with `between` set between them.
    func mutoolPage(between: String) -> String { MutoolModules.both(between: between) }

    /// A notice under its title, closed by its telephone line: the whole notice is set aside, no article takes it.
    @Test func aNoticeClosedByItsTelephoneIsSetAside() throws {
        let notice = """
            更正启事

            本报1月22日第2版刊登的北原利民
            贸易公司公告中，联系电话有误，
            特此更正。
            联系电话：0571-5879568
            """
        let result = try page(mutoolPage(between: notice))
        let ads = advertisements(result)
        #expect(ads.count == 1)
        #expect(ads.first?.hasPrefix("更正启事") == true)
        #expect(ads.first?.hasSuffix("联系电话：0571-5879568") == true)
        #expect(!articleText(result).contains("特此更正"))
        #expect(result.diagnostics.contains { $0.code == .advertisement })
        #expect(result.articles.map(\.headline) == ["研讨会在京举行", "冬季农田水利建设进展顺利"])
    }

    /// A shop's advertisement: its name and slogans (short lines, no sentence) over its address and telephone, under a
    /// finished article. A public-service advertisement closes with its sponsor's line.
    @Test func displayLinesOverTheContactsAndASponsorsLine() throws {
        let shop = """
            红星眼镜店
            诚信经营　顾客至上
            地址：南山市文化路26号
            电话：0871-5673654
            """
        let shopPage = try page(mutoolPage(between: shop))
        #expect(advertisements(shopPage) == ["红星眼镜店 诚信经营　顾客至上 地址：南山市文化路26号 电话：0871-5673654"])
        #expect(!articleText(shopPage).contains("红星眼镜店"))

        // Its opening hours and the person to ask close it as its address does.
        let hours = """
            明珠大酒店
            元旦特价实惠到家
            地址：建设路59号
            电话：2909237
            营业时间：9:00—21:00
            """
        let hoursPage = try page(mutoolPage(between: hours))
        #expect(advertisements(hoursPage) == ["明珠大酒店 元旦特价实惠到家 地址：建设路59号 电话：2909237 营业时间：9:00—21:00"])
        #expect(hoursPage.articles.map(\.headline) == ["研讨会在京举行", "冬季农田水利建设进展顺利"])
        let contact = try page(mutoolPage(between: "华声书店\n新书到货　欢迎选购\n联系人：王先生"))
        #expect(advertisements(contact) == ["华声书店 新书到货　欢迎选购 联系人：王先生"])

        let publicService = """
            公益广告
            节约用水　从我做起
            珍惜每一滴水
            江城市精神文明建设委员会办公室　宣
            """
        let servicePage = try page(mutoolPage(between: publicService))
        #expect(advertisements(servicePage).count == 1)
        #expect(advertisements(servicePage).first?.contains("珍惜每一滴水") == true)
        #expect(!articleText(servicePage).contains("节约用水"))
    }

    /// A short line over the advertisement whose words come back in an article's text is that article's headline,
    /// not the advertisement's name; where such a headline stands right over the display lines, where the
    /// advertisement opens is not known, and nothing is taken out.
    @Test func aHeadlineOverAnAdvertisementStaysAHeadline() throws {
        let headlineOverAd = """
            南山眼镜行业协会成立

            东方电器城
            凭本报剪角享九折优惠
            地址：东海市友谊路36号
            订购电话：0871-7280826

              本报讯　南山眼镜行业协会日前成立，全市四十余家眼镜店加入。协会将制定行业服务规范，受理
            顾客投诉，定期组织验光师培训，推动全市眼镜行业诚信经营。首批会员单位作出了服务承诺。
            """
        let result = try page(mutoolPage(between: headlineOverAd))
        #expect(advertisements(result).isEmpty)
        #expect(result.articles.contains { $0.headline == "南山眼镜行业协会成立" })
        // Under a finished sentence instead, the display lines open the advertisement.
        let underText = headlineOverAd.replacingOccurrences(of: "南山眼镜行业协会成立\n\n", with: "")
        #expect(advertisements(try page(mutoolPage(between: underText))) == ["东方电器城 凭本报剪角享九折优惠 地址：东海市友谊路36号 订购电话：0871-7280826"])
    }

    /// A telephone line with nothing of its own over it stays the furniture it reads as.
    @Test func aLoneContactLineIsNoAdvertisement() throws {
        let result = try page(mutoolPage(between: "订购电话：0451-4192306"))
        #expect(advertisements(result).isEmpty)
        #expect(result.unassigned.contains { $0.role == .pageFurniture && $0.text == "订购电话：0451-4192306" })
    }

    /// pdftotext's default mode drops the indents and cuts the columns into blocks it may give out of order: the lines
    /// over a contact line need not be its advertisement's, so none is taken out there.
    @Test func notInTextWhoseColumnsWereCutIntoBlocks() throws {
        let pdftotext = """
            研讨会在京举行

            本报记者 王明

            本报北京１月５日讯　由中央党校和中国社会科学院联合
            举办的理论研讨会今天在京开幕，来自全国各地的专家学

            者一百余人出席了会议，就理论创新、经济体制改革和党
            的建设等问题进行了深入的讨论和交流。

            红星眼镜店

            诚信经营　顾客至上
            地址：南山市文化路26号
            电话：0871-5673654

            冬季农田水利建设进展顺利

            本报讯　入冬以来，各地抓住农闲时节，组织农民群众开
            展农田水利基本建设，兴修水利设施，改造中低产田，取

            得了明显成效。据统计，全省已完成土石方一亿多立方米。

            """
        let result = try page(pdftotext, name: "p3.txt")
        #expect(advertisements(result).isEmpty)
        // The same lines with the columns kept together (indented paragraphs) give the advertisement.
        let indented = pdftotext.replacingOccurrences(of: "\n本报", with: "\n  本报")
        #expect(advertisements(try page(indented, name: "p3.txt")).count == 1)
    }
}
