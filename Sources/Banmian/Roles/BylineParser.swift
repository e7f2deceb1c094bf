/// Reads credit lines into `Byline`s, or says the text is not one.
///
/// `□记者 刘腾 报道` → [记者: 刘腾]; `记者 王　雪 通讯员 薛广妍` → [记者: 王雪], [通讯员: 薛广妍];
/// `（记者 张三 摄）` → [记者摄: 张三], `（张三 摄）` → [摄: 张三]; `By JANE DOE and JOHN ROE` → [nil: JANE DOE, JOHN ROE].
struct BylineParser: Sendable {
    let table: MarkerTable
    var settings = LayoutSettings()

    /// Spaces, brackets and box symbols around a credit.
    static let decoration = Set(" \u{3000}（）()□■◎●○◆◇☆★".unicodeScalars)

    /// `□本报评论员`: an institution's credit, checked on short lines only.
    private func collectiveByline(_ line: String) -> Byline? {
        guard !table.collectiveBylines.isEmpty, line.utf8.count <= 64 else { return nil }
        var scalars = Substring(line).unicodeScalars
        while let first = scalars.first, Self.decoration.contains(first) { scalars.removeFirst() }
        while let last = scalars.last, Self.decoration.contains(last) { scalars.removeLast() }
        let bare = String(scalars)
        return table.collectiveBylines.contains(bare) ? Byline(role: bare, names: []) : nil
    }

    func parse(_ line: String) -> [Byline]? {
        if let collective = collectiveByline(line) { return [collective] }
        guard !line.isEmpty, line.utf8.count <= settings.bylineMaximumLength * 4, firstTokenIsShort(line), mayBeCredit(line) else { return nil }
        if let prefix = table.bylinePrefix {
            guard let match = prefix.firstMatch(in: line), let rest = match[1] else { return nil }
            return parseEnglishNames(rest)
        }
        return parseChinese(line)
    }

    /// The credit a dispatch prints right after its dateline, whom the dispatch is by: in brackets,
    /// `新华社北京1月5日电（记者冯歆然、曹嘉玥）` → [记者: 冯歆然, 曹嘉玥], or run into the sentence up to its closing
    /// word and a colon, `本报北京1月11日讯记者周泓洋报道：` → [记者: 周泓洋]. Names alone in brackets
    /// (`（许群、徐灵芝）`) have no role; a role printed with its organisation (`中央人民广播电台记者张东文`) keeps it.
    /// `text` is what follows the dateline; nil when it does not open with such a credit.
    func datelineCredit(after text: Substring) -> [Byline]? {
        guard table.bylinePrefix == nil else { return nil }
        let rest = text.drop(while: CharacterClass.isSpace)
        guard let open = rest.first else { return nil }
        guard open == "（" || open == "(" else { return runInCredit(rest) }
        guard let close = rest.prefix(settings.datelineCreditMaximumLength).firstIndex(where: { $0 == "）" || $0 == ")" })
        else { return nil }
        let inner = rest[rest.index(after: rest.startIndex)..<close]
        if let bylines = parse("（" + inner + "）") { return bylines }
        return creditNames(inner)
    }

    /// `记者张国成、于青报道：为纪念…`: a role word first — after the name of its organisation, if any
    /// (`中央人民广播电台记者刘振英、新华社记者张宿堂、本报记者何加正报道：`) — then names up to a closing word (`报道`)
    /// and a colon — the colon is what says the credit ends there and the report begins. Without brackets to set
    /// it apart, some name must open with a family name (`记者日前报道：` is a sentence; `记者果永毅、王芳报道：`
    /// is a credit, whatever the first name's rarer family name).
    private func runInCredit(_ text: Substring) -> [Byline]? {
        let roleStart = table.bylineRoles.compactMap { text.range(of: $0)?.lowerBound }.min()
        guard let roleStart, text[..<roleStart].count <= settings.creditOrganisationMaximumLength,
            text[..<roleStart].allSatisfy(CharacterClass.isIdeograph)
        else { return nil }
        let reach = text.prefix(settings.datelineCreditMaximumLength)
        // The first closing word followed by a colon.
        let ends = table.bylineClosers.filter { $0 != table.photoCredit }.compactMap { closer -> Substring.Index? in
            guard let range = reach.range(of: closer), let colon = reach[range.upperBound...].first, "：:".contains(colon) else { return nil }
            return range.lowerBound
        }
        guard let end = ends.min(), let bylines = creditNames(text[..<end]),
            bylines.contains(where: { $0.names.contains { name in name.first.map(table.isSurname) == true || name.contains("·") } })
        else { return nil }
        return bylines
    }

    /// Role words and names as a dateline's credit prints them, separated by spaces or enumeration commas; nil when
    /// a token is neither.
    private func creditNames(_ inner: Substring) -> [Byline]? {
        var bylines: [Byline] = []
        var role: String?
        for var token in inner.split(whereSeparator: { CharacterClass.isSpace($0) || "、，,".contains($0) }) {
            // The last role word in the token ends the role as printed (`新华社记者`, `中央人民广播电台记者`).
            let roleEnd = table.bylineRoles.compactMap { word in token.range(of: word)?.upperBound }.max()
            if let roleEnd {
                role = String(token[..<roleEnd])
                token = token[roleEnd...]
                if token.isEmpty { continue }
            }
            guard token.count >= 2, isName(String(token)) else { return nil }
            if let last = bylines.last, last.role == role {
                bylines[bylines.count - 1].names.append(String(token))
            } else {
                bylines.append(Byline(role: role, names: [String(token)]))
            }
        }
        return bylines.isEmpty ? nil : bylines
    }

    /// A photographer's credit keeps the role printed before the name: `记者 张三 摄` is `记者摄`, `张三 摄` is `摄`.
    private func photoRole(_ printed: String?) -> String {
        guard let printed, !printed.hasSuffix(table.photoCredit) else { return printed ?? table.photoCredit }
        return printed + table.photoCredit
    }

    private func isPhotoRole(_ role: String?) -> Bool { role.map(table.isPhotoRole) ?? false }

    /// A caption's credit of names alone, `（牟健为摄）`, `（王晔彪 摄）`, `（张三、李四摄）`: [摄: the names]. Only
    /// a caption's: closing body text, a name and `摄` alone may be words of the sentence.
    func photographers(_ credit: String) -> [Byline]? {
        var text = Substring(credit.trimmingCharacters(in: .whitespaces))
        guard !table.photoCredit.isEmpty, let first = text.first, first == "（" || first == "(", let last = text.last, last == "）" || last == ")"
        else { return nil }
        text = text.dropFirst().dropLast()
        guard text.hasSuffix(table.photoCredit) else { return nil }
        let names = text.dropLast(table.photoCredit.count).split { CharacterClass.isSpace($0) || "、，,".contains($0) }.map(String.init)
        guard !names.isEmpty, names.count <= settings.photographersMaximumCount, names.allSatisfy({ isName($0) && $0.count >= 2 }) else { return nil }
        return [Byline(role: table.photoCredit, names: names)]
    }

    private func parseChinese(_ line: String) -> [Byline]? {
        var text = Substring(line)
        var marked = false  // a box symbol or brackets say "this is a credit line" even without spaces
        while let first = text.first, table.bylineOpeners.contains(first) || CharacterClass.isSpace(first) {
            marked = marked || table.bylineOpeners.contains(first)
            text = text.dropFirst()
        }
        if let first = text.first, first == "（" || first == "(", let last = text.last, last == "）" || last == ")" {
            text = text.dropFirst().dropLast()
            marked = true
        }
        if marked {
            text = Substring(spacedAtRoles(rejoinedRoles(text)))
        } else if !text.contains(where: CharacterClass.isSpace), table.bylineRoles.contains(where: { $0.count > 2 && text.hasPrefix($0) }) {
            // Unmarked, a run opening with a role longer than `记者` and holding another after a name is a credit whose
            // spaces the extractor dropped (`本报记者夏家骏通讯员斯大孝`), read as a marked one is.
            let spaced = spacedAtRoles(text)
            if spaced.split(whereSeparator: CharacterClass.isSpace).count >= 2 {
                text = Substring(spaced)
                marked = true
            }
        }
        let tokens = text.split(whereSeparator: { CharacterClass.isSpace($0) || "、，,；;".contains($0) }).map(String.init)
        guard let firstToken = tokens.first else { return nil }
        var opensWithRole = rolePrefix(of: firstToken) != nil
        var bylines: [Byline] = []
        var pendingSingle: String?
        var sawCloser = false
        for (position, var token) in tokens.enumerated() {
            if sawCloser { return nil }  // nothing follows `报道`
            if let role = rolePrefix(of: token) {
                guard pendingSingle == nil else { return nil }
                bylines.append(Byline(role: role, names: []))
                let rest = token.dropFirst(role.count)
                token = String(rest.drop(while: { "：:/／".contains($0) }))
                if token.isEmpty { continue }
                // `记者王雪` glued together is a credit on a marked line, after a colon, or alone on its line with a name
                // of two or three characters opening with a family name (`本报记者龙辉`): `记者节座谈会` is not.
                let alone = tokens.count == 1 && (2...3).contains(token.count) && token.allSatisfy(CharacterClass.isIdeograph)
                    && token.first.map(table.isSurname) == true
                guard marked || alone || rest.first.map({ "：:/／".contains($0) }) == true else { return nil }
            } else if marked || tokens.count == 1, position == tokens.count - 1, let credit = gluedCredit(token),
                marked || (credit.role?.count ?? 0) > 2
            {
                opensWithRole = opensWithRole || position == 0
                bylines.append(credit)
                continue
            }
            if table.bylineClosers.contains(token) {
                guard pendingSingle == nil, !(bylines.last?.names.isEmpty ?? true) || !opensWithRole else { return nil }
                if token == table.photoCredit {
                    if bylines.isEmpty { return nil }
                    bylines[bylines.count - 1].role = photoRole(bylines[bylines.count - 1].role)
                }
                sawCloser = true
                continue
            }
            // A name may carry its closer: `薛广妍报道`.
            if position == tokens.count - 1, let closer = table.bylineClosers.first(where: { token.hasSuffix($0) && token.count > $0.count + 1 }) {
                token = String(token.dropLast(closer.count))
                if closer == table.photoCredit, !bylines.isEmpty { bylines[bylines.count - 1].role = photoRole(bylines[bylines.count - 1].role) }
                sawCloser = true
            }
            guard isName(token) else { return nil }
            if bylines.isEmpty {
                // `张三 摄`: names before a photo credit, no role word.
                bylines.append(Byline(role: nil, names: []))
            }
            if let single = pendingSingle {
                guard token.count == 1 else { return nil }  // a padded name's halves are one character each
                bylines[bylines.count - 1].names.append(single + token)
                pendingSingle = nil
            } else if token.count == 1 {
                pendingSingle = token  // `王　雪`: a two-character name padded to three
            } else {
                bylines[bylines.count - 1].names.append(token)
            }
        }
        guard pendingSingle == nil, !bylines.isEmpty, bylines.allSatisfy({ !$0.names.isEmpty }) else { return nil }
        if !opensWithRole, bylines.first.map({ isPhotoRole($0.role) }) != true { return nil }
        return bylines
    }

    /// A role word an extractor cut where the column wrapped it and joined again with a space (`（记` / `者朱云洋摄）`
    /// → `（记 者朱云洋摄）`): whole again, so that it is read as the role it is, not as half of a padded name.
    private func rejoinedRoles(_ text: Substring) -> Substring {
        guard text.contains(" ") else { return text }
        var result = String(text)
        for role in table.bylineRoles where role.count >= 2 {
            for cut in 1..<role.count {
                let broken = role.prefix(cut) + " " + role.dropFirst(cut)
                if result.contains(broken) { result = result.replacingOccurrences(of: broken, with: role) }
            }
        }
        return Substring(result)
    }

    /// A marked credit line whose spaces a scan's reading or an extractor lost (`记者钟海力通讯员赵蹇红报道`), with a
    /// space again before each role word that follows a name (the longest role word where several start) and
    /// before the closing word (`报道`) of a line with a role word, so that each role and name is a token of its
    /// own. (A name and `摄` alone, `（陈波摄）`, stay as printed: a caption's credit, not the article's.)
    private func spacedAtRoles(_ text: Substring) -> String {
        let characters = Array(text)
        var result = ""
        var index = 0
        var sawRole = false
        while index < characters.count {
            let rest = characters[index...]
            if let role = table.bylineRoles.filter({ rest.starts(with: $0) }).max(by: { $0.count < $1.count }) {
                sawRole = true
                if let last = result.last, !CharacterClass.isSpace(last), !"：:/／、，,".contains(last) { result.append(" ") }
                result += role
                index += role.count
                continue
            }
            result.append(characters[index])
            index += 1
        }
        if sawRole, let closer = table.bylineClosers.filter({ result.hasSuffix($0) && result.count > $0.count }).max(by: { $0.count < $1.count }) {
            let before = result.dropLast(closer.count)
            if let last = before.last, !CharacterClass.isSpace(last) { result = before + " " + closer }
        }
        return result
    }

    /// Body lines are long runs without spaces: no credit line starts with more than a role and a name.
    /// (Checked on scalars, before any costlier work, because every line of a page is asked.)
    private func firstTokenIsShort(_ line: String) -> Bool {
        var count = 0
        for scalar in line.unicodeScalars {
            switch scalar {
            case " ", "\u{3000}", "\t", "、", "，", ",", "；", ";": if count > 0 { return true }
            default:
                count += 1
                if count > settings.bylineFirstTokenMaximumLength + 2 { return false }
            }
        }
        return true
    }

    /// A credit line opens with a role word (after a box symbol or bracket) or closes with a photo credit.
    private func mayBeCredit(_ line: String) -> Bool {
        let scalars = line.unicodeScalars
        if let last = scalars.last(where: { $0 != "）" && $0 != ")" }), table.photoCredit.unicodeScalars.contains(last) { return true }
        let first = scalars.first { !(table.bylineOpeners.contains(Character($0)) || $0 == " " || $0 == "\u{3000}" || $0 == "（" || $0 == "(") }
        return first.map(table.hints.bylineStart.contains) ?? false
    }

    private func rolePrefix(of token: String) -> String? {
        table.bylineRoles.first { role in
            token.unicodeScalars.starts(with: role.unicodeScalars)
                && isNameOrEmpty(String(token.dropFirst(role.count).drop(while: { "：:/／".contains($0) })))
        }
    }

    private func isNameOrEmpty(_ text: String) -> Bool { text.isEmpty || isName(text) || table.bylineClosers.contains(text) }

    /// Names an extractor ran together by dropping the spaces between them (`pdftotext -raw`:
    /// `□本报记者任杰娜许辉浩陈杰宏`, `本报记者贾建舟刘磊`), after a role on a marked credit line or, alone on its
    /// line, after a role longer than `记者` (`记者任杰娜…` may open a sentence of a narrow column): read only where
    /// the run splits into
    /// names of two or three characters that each open with a common family name (the most names of three, the
    /// commoner length, where it splits more than one way; of those, the one whose names open with the commoner
    /// family names: `梁琳向文红` is 梁琳, 向文红, as 向 is a commoner family name than 文); nil otherwise
    /// (`□记者节座谈会召开`).
    private func gluedCredit(_ token: String) -> Byline? {
        guard let role = table.bylineRoles.filter({ token.hasPrefix($0) }).max(by: { $0.count < $1.count }) else { return nil }
        let run = Array(token.dropFirst(role.count))
        guard run.count > 4, run.count <= settings.gluedNamesMaximumLength, run.allSatisfy(CharacterClass.isIdeograph) else { return nil }
        // best[i]: the split of run[i...] as its names' lengths, its names of three and its family names' ranks
        // added up; nil when it has none.
        var best = [(lengths: [Int], threes: Int, ranks: Int)?](repeating: nil, count: run.count + 1)
        best[run.count] = ([], 0, 0)
        for start in stride(from: run.count - 1, through: 0, by: -1) {
            guard let rank = table.surnames[run[start]] else { continue }
            for length in [3, 2] where start + length <= run.count {
                guard let rest = best[start + length] else { continue }
                let candidate = (lengths: [length] + rest.lengths, threes: rest.threes + (length == 3 ? 1 : 0), ranks: rest.ranks + rank)
                if let current = best[start], (current.threes, -current.ranks) >= (candidate.threes, -candidate.ranks) { continue }
                best[start] = candidate
            }
        }
        guard let lengths = best[0]?.lengths else { return nil }
        var names: [String] = []
        var start = 0
        for length in lengths {
            names.append(String(run[start..<start + length]))
            start += length
        }
        return Byline(role: role, names: names)
    }

    /// A Chinese name: one to four ideographs (one only as half of a padded name), or a longer name with a
    /// middle dot (`阿依古丽·买买提`).
    private func isName(_ token: String) -> Bool {
        let dotted = token.contains("·") || token.contains("•")
        return (1...(dotted ? 12 : 4)).contains(token.count) && token.allSatisfy { CharacterClass.isIdeograph($0) || $0 == "·" || $0 == "•" }
            && !table.bylineClosers.contains(token)
    }

    private func parseEnglishNames(_ text: String) -> [Byline]? {
        let roleWords: Set<String> = ["staff", "writer", "reporter", "correspondent", "editor", "special", "the", "of"]
        var names: [String] = []
        var roles: [String] = []
        let pieces = text.replacingOccurrences(of: " and ", with: ",").replacingOccurrences(of: " AND ", with: ",")
            .replacingOccurrences(of: "&", with: ",").split(separator: ",")
        for piece in pieces {
            let words = piece.split(separator: " ")
            if words.isEmpty { continue }
            // `Staff Writer`, `Special Correspondent`: what the people are, kept as the role.
            if words.contains(where: { roleWords.contains($0.lowercased()) }) {
                guard words.count <= 4 else { return nil }
                roles.append(words.joined(separator: " "))
                continue
            }
            guard words.count <= 4, words.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
            names.append(words.joined(separator: " "))
        }
        return names.isEmpty ? nil : [Byline(role: roles.isEmpty ? nil : roles.joined(separator: ", "), names: names)]
    }
}

import Foundation
