/// Two articles as `mutool draw -F txt` prints a wide module (indented paragraphs, a blank line between blocks), for
/// tests that set other text beside them.
enum MutoolModules {
    static let seminar = """
        研讨会在京举行
        本报记者 王明
          本报北京１月５日讯　由中央党校和中国社会科学院联合举办的理论研讨会今天在京开幕，来自全国各地
        的专家学者一百余人出席了会议，就理论创新、经济体制改革和党的建设等问题进行了深入的讨论和交流。
          与会者认为，深入学习这一理论，对于推进改革开放和现代化建设，具有十分重要的现实意义和深远的
        历史意义。与会者还就如何进一步加强理论研究、培养理论人才提出了许多建议。会议将持续三天。
        """

    static let irrigation = """
        冬季农田水利建设进展顺利
        本报记者 李华
          本报讯　入冬以来，各地抓住农闲时节，组织农民群众开展农田水利基本建设，兴修水利设施，改造中
        低产田，取得了明显成效。据统计，全省已完成土石方一亿多立方米，新增和改善灌溉面积八十多万亩。
          省水利厅有关负责人说，今冬明春的农田水利建设将坚持因地制宜、讲求实效的原则，重点抓好小型
        水利工程的配套和维修，为明年农业丰收打下坚实的基础。各地还将继续加大资金投入。
        """

    /// Both, one block after the other.
    static let both = seminar + "\n\n" + irrigation + "\n"

    /// Both, with `between` set between them as blocks of its own.
    static func both(between: String) -> String { seminar + "\n\n" + between + "\n\n" + irrigation + "\n" }
}
