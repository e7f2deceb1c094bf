extension MarkerTable {
    /// Newspapers in English (and other Latin-script papers sharing its conventions).
    public static let english = MarkerTable(
        language: .english,
        datelines: [
            Pattern(
                #"^([A-Z][A-Z.'\- ]{2,}(?:,\s*[A-Z][A-Za-z.]*)?,\s*(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})\s*(?:\([A-Za-z ]+\)\s*)?[—–-]"#
            ),
            // Older papers: a point after the day (`St. Paul, Minn., August 22.—`), the place in small capitals that
            // OCR reads in small letters, and some engines write the dash as `?` (before the sentence's capital). The
            // place's words are capitalized (patterns ignore case: `(?-i:…)` keeps it).
            Pattern(
                #"^((?-i:[A-Z][A-Za-z.'\-]+(?: [A-Z][A-Za-z.'\-]+){0,3})(?:,\s*[A-Z][A-Za-z.]*)?,\s*(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th|d)?\.?)\s*(?:[—–-]|\?(?=\s*(?-i:[A-Z])))"#
            ),
            Pattern(#"^([A-Z][A-Z.'\- ]{2,}\s*\([A-Z][A-Za-z ]+\))\s*[—–-]"#),
            // A place in capitals before a spaced dash (`WASHINGTON — `): in capitals only, not any words before one.
            Pattern(#"^((?-i:[A-Z][A-Z.'\-]{2,}(?: [A-Z][A-Z.'\-]+)*))\s+[—–]"#),
        ],
        bylineRoles: [],
        collectiveBylines: ["By The Editorial Board", "The Editorial Board", "Staff Report", "From Staff Reports"],
        surnames: [:],
        bylineOpeners: [],
        bylineClosers: [],
        photoCredit: "",
        bylinePrefix: Pattern(#"^by\s+([A-Z].*)$"#),
        continuedOn: Pattern(#"(?:[(\[]\s*+)?(?:continued|cont'd|see)\s++(?:on\s++)?(?:page|p\.)\s*+([A-Z]?\d+|[a-z]+)\s*+[)\]]?\s*+$"#),
        continuedFrom: Pattern(#"^\s*+(?:[(\[]\s*+)?(?:continued|cont'd)\s++from\s++(?:page|p\.)\s*+([A-Z]?\d+|[a-z]+)\s*+[)\]]?"#),
        teaserReference: Pattern(#"(?:(?:page|p\.)\s*([A-Z]?\d+)|,\s*([A-Z]\d{1,2}))\s*$"#),
        captionStart: Pattern(#"^(?:photo:|above:|below:|left:|right:|pictured:)"#),
        captionCredit: Pattern(#"\([^()]*\b(?:photo|photograph|photos|illustration)\b[^()]*\)\s*$"#),
        boxLabels: ["INSIDE", "Inside", "INSIDE TODAY", "Inside Today", "BRIEFS", "Briefs", "IN BRIEF", "In Brief", "NEWS IN BRIEF"],
        boxLabelSuffixes: [" BRIEFS", " Briefs", " ROUNDUP", " Roundup"],
        briefsLabelMarks: ["BRIEF", "Brief", "ROUNDUP", "Roundup"],
        photoNewsTitles: ["PHOTO NEWS", "Photo News", "IN PICTURES", "In Pictures"],
        noticeTitle: Pattern(#"^(?:(?:public|legal|official)\s+)?(?:notice|advertisement|correction)s?$"#),
        noticeContact: Pattern(#"^(?:tel|phone|call|address|fax|web)\.?\s*[:：]"#),
        noticeSponsor: Pattern(#"^(?:paid for|sponsored) by\s+\S+"#),
        furniture: Pattern(anyOf: [
            #"^(?:page\s+(?:\d+|[a-z]+)|\d+\s*$)"#,
            #"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2},?\s+\d{4}"#,
            #"^(?:editor|edited by|page editor|copy editor)\s*[:：]"#,
            #"^(?:edited|designed|compiled) by\s+\S+(?:\s+\S+){0,3}$"#,
        ]),
        furniturePageNumber: Pattern(#"(?:^|\s)page\s+([A-Z]?\d+|[a-z]+)(?:\s|$)"#),
        subtitleDash: Pattern(#"^\s*(?:—{1,3}|–{1,2}|-{2,3})\s*"#),
        clauseEnd: [".", "!", "?", ";", ",", ":", "-"],
        bodyPunctuation: [",", ";", "."],
        hints: Hints(
            pageReference: ["p", "P", ","],
            dateline: ["—", "–", "-", "?"],
            datelineReach: 60,
            furniture: ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", ":", "I", "B", "N", "E", "D", "C"],
            captionStart: ["P", "p", "A", "a", "B", "b", "L", "l", "R", "r"],
            bylineStart: ["B", "b"]
        ),
        indentsFirstParagraph: false
    )
}
