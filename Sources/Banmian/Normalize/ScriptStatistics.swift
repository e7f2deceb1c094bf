/// Counts that tell what kind of Chinese a text is in, and whether it reads as Chinese at all.
public enum ScriptStatistics {
    /// Characters frequent in any Chinese newspaper text, simplified or traditional.
    static let commonShared: Set<Character> = Set(
        "的一是不了人我在有他中大上到和你地出也要就可以生能而那得于着下自之年后作用道行所然家事成方多么去法学如都同当动面起看定天分好小部其些主理心本前但因只想实日者意无力它把机十民第公此已工使情明性知全三又点正外高间由问很最重并物手向头文政美相被利什二等产或新己制身果加西月合回特代内信表化老世位次度任常先海通教原提立及比名真走义各入口平气题活更别打女四神何安少才反受目太量再感建做接必件管期市直德命山金指克统保至形社便空治展科司五基非则白却界光放即像且思王象完设式色路南品住告求程北死该交取格望术共今切院识候争运笑步改收根造言持组每林服快元英士近失夫令布始存未远叫台具字流兵深商算集百需花华城石整府况技约示病息究似官火精支消越器容照须九增研企八功包片史委乎查易早曾除农找广吧阿李标吃念六引首局突另注考落青随选列武响推势参希古众构房半节土投某案黑革致律足态护七兴派孩星章音跟志底站严巴例防族供效施留型料终答紧黄绝奇察母京段依批群项故按河米江害境客采杀攻父密低朝友止细千值仍男破网热助倒育属坐限船职速刻否刚威毛状率甚独球般普怕校苦创假久承印晚试股拿预益阳若微尼送急血伤素药适波夜省初喜卫源食险待居劳财环排福纳欢雷获模充负停木游树疑层冷洲冲射略范竟句室异激汉村策演简卡罪判担州静退既衣宗积余痛检差富灵协角占配征修皮挥胜降审沉坚善读超免压银买皇养执副乱抗犯追帮宣佛岁航优香著田铁控税左右份穿艺背阵草概块顿敢守酒岛央户烈洋索款靠评版座释景顾登货互付慢换闻危忙核介讨良序升监临亮露永呼味野架域沙括鱼误湾减编测败屋跑散温困封救贵缺楼县尚毫移朋画班智亦短掌恐遗固席松秘遇康均销藏赶剧票损巨端探湖录叶春乡附吸予礼港雨板庭妇归含顺输招补督油疗旅材逐莫笔词择寻厂博授诺岸健堂旁宫借禁园谋避抓荣逃束跳顶镇雪午练迫篇肉馆遍凡础洞卷牛宁纸训私庄祖翻森塔握访弱蒙歌店典欲盘扩盖雄稳忘亿刺途侵刑绿迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟麻川申缓潜售针抵植纯夏页筑折尊秀混振盛舞圆措姓秋培迷诚宽宇猛摆梅伸盟末乃拍丁硬操阻订彩抽赞沿违浪汇币丰蓝殊献援译夺汽距裁符勇触课敬墙召厅拜巧侧冒债融惯享童乘挂奖绍厚纵障讯涉彻刊爆役描洗患镜唱签仿倾牌陷菜闭奋庆撤茶疾播朗季丹仪奔驻孔宜桥淡翼繁寒伴旦潮粮缩聚径挑袋灰捕珍幕映裂泰隔启尖忠累炎暂估泛荒偿横拒零穷码灾洪津俗辩胸晓劲贫仁偶辑邦恢赖圈润堆碰稍迟辆废净署壁奉旋冬矿晨伏吹倍秦盾租骑乏隆诊摄污渡旗甘耐凭抢绪粗肩梁皆综爬荷悉返井壮薄扫敏殖详允幅剩颗赏液箱贴漫郎腰舒浮辛餐挺励辞键伍峰尺昨黎辈贯侦滑券崇扰宪绕趋慈阅枝拖墨插粉泥氏彭拔媒佩龄驱惜豪兼跃肃驶届欣惠册储桑闲洁踪勃宾频磨递撞拟滚奏巡颜剂绩贡坡截燃焦殿柳锁逼劝呈搜勤驾漂饮柔腐幼践籍牧凉牲佳浓芳稿竹腹跌垂遵脉柏猜惑陶贷昌叙钢沟寄扶铺寿询汤肥辉扣廷澳董迁凝慰腾幽埋泉涌辖晋紫艰魏祝邮鉴械邻赤挤弯陪割揭悟聪雾锋梯祥阔誉筹丛牵鸣沈阁穆屈旨袖臂贺柱抛牢迈欺吨琴衰瓶燕仲池疼卢冠粒遥玄尘抚浅敦纠钻晶峡苍喷耗凌菌赔涂粹扁亏寂煤熊恭湿循暖糖赋抑秩帽哀宿踏袁侯夹昆肝擦猪炼恒慎搬纽纹玻渔磁铜齿跨押漠疲遣祭稀捷肤疫肿豆削岗吞宏癌履涨耀扭坛拨沃绘伐堪郭墓廉契拼惩捉覆刷劫嫌瓜歇雕乳串缴唤赢莲霸桃妥搭赴岳嘉舱俊址耕锐悔邀玲宅添挖氧浩羽斤酷掠侍乙妨汪盐览傅帅庙芬屏寺璃滴疏姿劣柯寸辱匹俱辨蜂腔溃谨葛苗肠忌溜鸿爵鹏鹰丘桂滋聊挡纲肌壳痕碗穴卓贤卧膜毅锦欠函茫昂薛夸豫胃舌拾携陵棉晴铃填饲渴扮逆脆喘罩卜炉柴愉绳胎蓄眠竭慕扇柜悦拦诞饱泡亭夕酬儒姻卵氛泄挨僧蜜遂狭肖甜滩窃疆烤锻丸宴"
            + "這來個國說們為會時對發過後裡還進樣開從實軍無與長機關點業將兩間問應戰頭體見產經麼學現當沒動義處數電氣題爾變總條報結務場計區隊員解論認門東聲準組車聯傳師觀廣顯歷醫專費號盡較語僅隨紅響雖勢參眾構節劃敵陳態護驗責營夠嚴項圍織鬥雙紀採舉殺蘇訴細願錢網職樂剛狀獨彈創錯蘭腦預誰陽繼驚傷藥險述陸習環歡獲雲遊龍樹層衝範異漢簡擔靜餘檢協揮勝階審堅讀壓銀買養懷亂幫歲優鐵稅藝陣惡塊頓島評寶釋顧貨換聞監臨艦魚雜誤灣減測敗夢溫劍漸貴槍樓縣畫謝魯慮銷鐘詩劇損舊錄葉鄉禮婦歸順輸補療澤滅筆鮮詞聖擇尋廠煙諾倫奧賣載禁陰園謀榮孫鎮練爺館礎寧紙諸訓莊絲戲隱熟訪軟薩盤擴蓋億擁楊齊賽趣虛購綠貿畢輪庫跡競燈針絡築鄭貝吳盛殘誠寬擺毀趙麥蔣訂贊紛匯幣豐藍獻譯奪燒觸課牆襲罰廳韓債慣紹縱訊徹瑪鏡煩簽傾鳥轟閉奮慶淚緣儀駐橋嘆糧縮罷徑啟暫償橫憶鬧厲窮碼災膽辯曉勁貧輯賴潤輛廢淨禦礦雞騎診攝喪嗎們")

    /// Characters written only in simplified Chinese, and their traditional counterparts.
    static let simplifiedOnly: Set<Character> = Set("这来个国说们为会时对发过后还进样开从实军无与长机关点业将两间问应战头体见产经么学现当没动义处数电气题变总条报结务场计区队员解论认门东声准组车联传师观广显历医专费号尽较语仅随红响虽势参众构节划敌陈态护验责营够严项围织斗双纪采举杀苏诉细愿钱网职乐刚状独弹创错兰脑预谁阳继惊伤药险述陆习环欢获云游龙树层冲范异汉简担静余检协挥胜阶审坚读压银买养怀乱帮岁优铁税艺阵恶块顿岛评宝释顾货换闻监临舰鱼杂误湾减测败梦温剑渐贵枪楼县画谢鲁虑销钟诗剧损旧录叶乡礼妇归顺输补疗泽灭笔鲜词圣择寻厂烟诺伦奥卖载阴园谋荣孙镇练爷馆础宁纸诸训庄丝戏隐访软萨盘扩盖亿拥杨齐赛趣虚购绿贸毕轮库迹竞灯针络筑郑贝吴残诚宽摆毁赵麦蒋订赞纷汇币丰蓝献译夺烧触课墙袭罚厅韩债惯绍纵讯彻玛镜烦签倾鸟轰闭奋庆泪缘仪驻桥叹粮缩罢径启暂偿横忆闹厉穷码灾胆辩晓劲贫辑赖润辆废净御矿鸡骑诊摄丧")
    static let traditionalOnly: Set<Character> = Set("這來個國說們為會時對發過後還進樣開從實軍無與長機關點業將兩間問應戰頭體見產經麼學現當沒動義處數電氣題變總條報結務場計區隊員解論認門東聲準組車聯傳師觀廣顯歷醫專費號盡較語僅隨紅響雖勢參眾構節劃敵陳態護驗責營夠嚴項圍織鬥雙紀採舉殺蘇訴細願錢網職樂剛狀獨彈創錯蘭腦預誰陽繼驚傷藥險述陸習環歡獲雲遊龍樹層衝範異漢簡擔靜餘檢協揮勝階審堅讀壓銀買養懷亂幫歲優鐵稅藝陣惡塊頓島評寶釋顧貨換聞監臨艦魚雜誤灣減測敗夢溫劍漸貴槍樓縣畫謝魯慮銷鐘詩劇損舊錄葉鄉禮婦歸順輸補療澤滅筆鮮詞聖擇尋廠煙諾倫奧賣載陰園謀榮孫鎮練爺館礎寧紙諸訓莊絲戲隱訪軟薩盤擴蓋億擁楊齊賽趣虛購綠貿畢輪庫跡競燈針絡築鄭貝吳殘誠寬擺毀趙麥蔣訂贊紛匯幣豐藍獻譯奪燒觸課牆襲罰廳韓債慣紹縱訊徹瑪鏡煩簽傾鳥轟閉奮慶淚緣儀駐橋嘆糧縮罷徑啟暫償橫憶鬧厲窮碼災膽辯曉勁貧輯賴潤輛廢淨禦礦雞騎診攝喪")

    /// Among a text's CJK ideographs, the share that are common newspaper characters: near 0.5 or more for
    /// real Chinese, far lower for bytes decoded in the wrong encoding.
    public static func plausibility(_ text: String) -> Double {
        var ideographs = 0
        var common = 0
        var odd = 0
        for character in text.prefix(20_000) {
            guard let scalar = character.unicodeScalars.first else { continue }
            if CharacterClass.isIdeograph(scalar) {
                ideographs += 1
                if commonShared.contains(character) { common += 1 }
            } else if (0xE000...0xF8FF).contains(scalar.value) || (0x3100...0x312F).contains(scalar.value)
                || (0xFE50...0xFE6F).contains(scalar.value) || scalar.value == 0xFFFD
            {
                odd += 1  // private use, bopomofo, small form variants: typical of a wrong legacy decoding
            }
        }
        guard ideographs > 0 else { return odd == 0 ? 1 : 0 }
        return Double(common) / Double(ideographs + odd * 4)
    }

    /// Whether the text is in traditional characters (more traditional-only than simplified-only characters).
    public static func isTraditional(_ text: String) -> Bool {
        var simplified = 0
        var traditional = 0
        for scalar in text.unicodeScalars.prefix(20_000) where scalar.value >= 0x4E00 {
            if simplifiedScalars.contains(scalar) { simplified += 1 } else if traditionalScalars.contains(scalar) { traditional += 1 }
        }
        return traditional > simplified
    }

    static let simplifiedScalars = Set(simplifiedOnly.flatMap(\.unicodeScalars))
    static let traditionalScalars = Set(traditionalOnly.flatMap(\.unicodeScalars))
}
