namespace StdCompare.Requirements;

/// <summary>The words that bound a value, in the corpus's languages. Longest phrases are tried first.</summary>
internal static class RequirementLexicon
{
    /// <summary>Operators written before the number: <c>≤ 0.2</c>, <c>不大于 0.5</c>, <c>не более 10</c>, <c>max. 10</c>.</summary>
    public static readonly (string Text, RequirementOperator Op)[] Prefix = Sort(
    [
        ("≤", RequirementOperator.LessOrEqual), ("⩽", RequirementOperator.LessOrEqual), ("<=", RequirementOperator.LessOrEqual),
        ("≥", RequirementOperator.GreaterOrEqual), ("⩾", RequirementOperator.GreaterOrEqual), (">=", RequirementOperator.GreaterOrEqual),
        ("<", RequirementOperator.Less), (">", RequirementOperator.Greater),
        // zh
        ("不大于", RequirementOperator.LessOrEqual), ("不超过", RequirementOperator.LessOrEqual), ("不高于", RequirementOperator.LessOrEqual),
        ("不多于", RequirementOperator.LessOrEqual), ("小于或等于", RequirementOperator.LessOrEqual), ("小于等于", RequirementOperator.LessOrEqual),
        ("最大", RequirementOperator.LessOrEqual), ("最高", RequirementOperator.LessOrEqual),
        ("不小于", RequirementOperator.GreaterOrEqual), ("不低于", RequirementOperator.GreaterOrEqual), ("不少于", RequirementOperator.GreaterOrEqual),
        ("大于或等于", RequirementOperator.GreaterOrEqual), ("大于等于", RequirementOperator.GreaterOrEqual), ("最小", RequirementOperator.GreaterOrEqual),
        ("最低", RequirementOperator.GreaterOrEqual),
        ("小于", RequirementOperator.Less), ("低于", RequirementOperator.Less), ("大于", RequirementOperator.Greater), ("高于", RequirementOperator.Greater),
        ("超过", RequirementOperator.Greater),
        // zh "shall not be greater/less than": without these, 大于 in 不应大于 reads as ">".
        ("不应大于", RequirementOperator.LessOrEqual), ("不应超过", RequirementOperator.LessOrEqual), ("不应高于", RequirementOperator.LessOrEqual),
        ("不得大于", RequirementOperator.LessOrEqual), ("不得超过", RequirementOperator.LessOrEqual), ("不得高于", RequirementOperator.LessOrEqual),
        ("不应小于", RequirementOperator.GreaterOrEqual), ("不应低于", RequirementOperator.GreaterOrEqual), ("不应少于", RequirementOperator.GreaterOrEqual),
        ("不得小于", RequirementOperator.GreaterOrEqual), ("不得低于", RequirementOperator.GreaterOrEqual), ("不得少于", RequirementOperator.GreaterOrEqual),
        ("不宜大于", RequirementOperator.LessOrEqual), ("不宜超过", RequirementOperator.LessOrEqual), ("不宜高于", RequirementOperator.LessOrEqual),
        ("不宜小于", RequirementOperator.GreaterOrEqual), ("不宜低于", RequirementOperator.GreaterOrEqual), ("不宜少于", RequirementOperator.GreaterOrEqual),
        // en
        ("max.", RequirementOperator.LessOrEqual), ("max", RequirementOperator.LessOrEqual), ("maximum", RequirementOperator.LessOrEqual),
        ("not more than", RequirementOperator.LessOrEqual), ("not exceeding", RequirementOperator.LessOrEqual),
        ("shall not exceed", RequirementOperator.LessOrEqual), ("shall not be more than", RequirementOperator.LessOrEqual),
        ("shall not be greater than", RequirementOperator.LessOrEqual), ("shall be not more than", RequirementOperator.LessOrEqual),
        ("must not exceed", RequirementOperator.LessOrEqual), ("does not exceed", RequirementOperator.LessOrEqual),
        ("do not exceed", RequirementOperator.LessOrEqual), ("no more than", RequirementOperator.LessOrEqual), ("at most", RequirementOperator.LessOrEqual),
        ("less than or equal to", RequirementOperator.LessOrEqual), ("up to", RequirementOperator.LessOrEqual),
        ("min.", RequirementOperator.GreaterOrEqual), ("min", RequirementOperator.GreaterOrEqual), ("minimum", RequirementOperator.GreaterOrEqual),
        ("not less than", RequirementOperator.GreaterOrEqual), ("at least", RequirementOperator.GreaterOrEqual),
        ("no less than", RequirementOperator.GreaterOrEqual), ("shall not be less than", RequirementOperator.GreaterOrEqual),
        ("greater than or equal to", RequirementOperator.GreaterOrEqual),
        ("less than", RequirementOperator.Less), ("lower than", RequirementOperator.Less), ("below", RequirementOperator.Less),
        ("greater than", RequirementOperator.Greater), ("more than", RequirementOperator.Greater), ("higher than", RequirementOperator.Greater),
        ("exceeding", RequirementOperator.Greater), ("above", RequirementOperator.Greater),
        // ru, kk
        ("не более", RequirementOperator.LessOrEqual), ("не выше", RequirementOperator.LessOrEqual), ("не больше", RequirementOperator.LessOrEqual),
        ("не должна превышать", RequirementOperator.LessOrEqual), ("не должно превышать", RequirementOperator.LessOrEqual),
        ("не должен превышать", RequirementOperator.LessOrEqual), ("не должны превышать", RequirementOperator.LessOrEqual),
        ("не превышает", RequirementOperator.LessOrEqual), ("не превышающей", RequirementOperator.LessOrEqual), ("не превышающий", RequirementOperator.LessOrEqual),
        ("макс.", RequirementOperator.LessOrEqual), ("максимум", RequirementOperator.LessOrEqual),
        ("не менее", RequirementOperator.GreaterOrEqual), ("не ниже", RequirementOperator.GreaterOrEqual), ("не меньше", RequirementOperator.GreaterOrEqual),
        ("мин.", RequirementOperator.GreaterOrEqual), ("минимум", RequirementOperator.GreaterOrEqual),
        ("менее", RequirementOperator.Less), ("ниже", RequirementOperator.Less), ("более", RequirementOperator.Greater), ("выше", RequirementOperator.Greater),
        ("свыше", RequirementOperator.Greater),
        // vi, th
        ("không lớn hơn", RequirementOperator.LessOrEqual), ("không quá", RequirementOperator.LessOrEqual), ("không vượt quá", RequirementOperator.LessOrEqual),
        ("tối đa", RequirementOperator.LessOrEqual), ("không nhỏ hơn", RequirementOperator.GreaterOrEqual), ("không ít hơn", RequirementOperator.GreaterOrEqual),
        ("không thấp hơn", RequirementOperator.GreaterOrEqual), ("tối thiểu", RequirementOperator.GreaterOrEqual),
        ("ไม่เกิน", RequirementOperator.LessOrEqual), ("ไม่มากกว่า", RequirementOperator.LessOrEqual), ("ไม่น้อยกว่า", RequirementOperator.GreaterOrEqual),
        ("ไม่ต่ำกว่า", RequirementOperator.GreaterOrEqual),
    ]);

    /// <summary>Operators written after the number and unit: <c>0.01 ppm 이하</c>, <c>0.4 ppm以下</c>, <c>0,1 мг/кг-аас ихгүй</c>.</summary>
    public static readonly (string Text, RequirementOperator Op)[] Postfix = Sort(
    [
        ("이하", RequirementOperator.LessOrEqual), ("이상", RequirementOperator.GreaterOrEqual), ("미만", RequirementOperator.Less), ("초과", RequirementOperator.Greater),
        ("以下", RequirementOperator.LessOrEqual), ("以上", RequirementOperator.GreaterOrEqual), ("未満", RequirementOperator.Less), ("を超える", RequirementOperator.Greater),
        ("以内", RequirementOperator.LessOrEqual),
        ("ихгүй", RequirementOperator.LessOrEqual), ("хэтрэхгүй", RequirementOperator.LessOrEqual), ("илүүгүй", RequirementOperator.LessOrEqual),
        ("багагүй", RequirementOperator.GreaterOrEqual), ("дутуугүй", RequirementOperator.GreaterOrEqual),
        ("артық емес", RequirementOperator.LessOrEqual), ("аспауы", RequirementOperator.LessOrEqual), ("кем емес", RequirementOperator.GreaterOrEqual),
        ("ko'p emas", RequirementOperator.LessOrEqual), ("ortiq emas", RequirementOperator.LessOrEqual), ("oshmasligi", RequirementOperator.LessOrEqual),
        ("kam emas", RequirementOperator.GreaterOrEqual), ("max.", RequirementOperator.LessOrEqual), ("max", RequirementOperator.LessOrEqual),
        ("min.", RequirementOperator.GreaterOrEqual), ("min", RequirementOperator.GreaterOrEqual),
        ("or less", RequirementOperator.LessOrEqual), ("or more", RequirementOperator.GreaterOrEqual), ("maximum", RequirementOperator.LessOrEqual),
        ("minimum", RequirementOperator.GreaterOrEqual),
    ]);

    /// <summary>
    /// Mongolian ablative endings ("than"), hyphenated to a number or unit before a bound of <see cref="Postfix"/>:
    /// <c>3-аас ихгүй</c>, <c>0,1 мг/кг-аас ихгүй</c>, <c>1 %-иас багагүй</c>, and with г after a long vowel
    /// (<c>200-гаас ихгүй</c>: хоёр зуу → зуугаас; <c>7-гоос</c>: долоо → долоогоос). Longest first.
    /// </summary>
    public static readonly string[] AblativeEndings = ["гаас", "гээс", "гоос", "гөөс", "аас", "ээс", "оос", "өөс", "иас", "иос"];

    /// <summary>
    /// Colony-forming units written alone after a count, the amount they are in written before it:
    /// <c>1 мл-т 100 КҮН-ээс ихгүй</c> (mn, колони үүсгэх нэгж). Each makes a unit with the amount (<c>КҮН/мл</c>).
    /// </summary>
    public static readonly string[] CountWords = ["КҮН"];

    /// <summary>Phrases that say the parameter must not be detected.</summary>
    public static readonly string[] Absent =
    [
        "不得检出", "不应检出", "未检出", "不得检测出", "不得含有",
        "shall not be detected", "must not be detected", "not detected", "shall be absent", "not permitted", "absent in", "absent",
        "не допускается", "не допускаются", "не обнаружено", "не должно обнаруживаться", "не должны обнаруживаться", "отсутствие", "не обнаруживается",
        "불검출", "검출되지 않아야", "검출되어서는 아니 된다", "검출되지 아니하여야",
        "検出しない", "検出されない", "検出されないこと", "含まない",
        "илрэхгүй", "илрээгүй", "байхгүй", "илрэх ёсгүй", "зөвшөөрөхгүй",
        "анықталмауы", "жол берілмейді", "aniqlanmasligi", "yo'l qo'yilmaydi",
        "không được phát hiện", "không phát hiện", "không được có", "ต้องไม่พบ", "ไม่พบ",
    ];

    /// <summary>Words that join the ends of a range: <c>5～10</c>, <c>5 to 10</c>, <c>от 5 до 10</c>.</summary>
    public static readonly string[] RangeJoiners = ["~", "〜", "–", "—", "-", "至", "到", "to", "до", "부터", "から", "хүртэл", "đến", "ถึง"];

    /// <summary>Words that join the ends of a range only after "between": <c>between 5 and 10</c>, <c>между 5 и 10</c>.</summary>
    public static readonly string[] BetweenJoiners = ["and", "и", "và"];

    /// <summary>Words of a column header that mark upper limits.</summary>
    public static readonly string[] UpperHeaderWords =
    [
        "max", "maximum", "limit", "最大", "不大于", "限量", "上限", "не более", "макс", "предельн", "이하", "최대", "以下", "上限値", "ихгүй",
        "дээд", "tối đa", "ไม่เกิน",
    ];

    /// <summary>Words of a column header that mark lower limits.</summary>
    public static readonly string[] LowerHeaderWords =
    [
        "min", "minimum", "最小", "不小于", "下限", "не менее", "мин", "이상", "최소", "以上", "下限値", "багагүй", "доод", "tối thiểu", "ไม่น้อยกว่า",
    ];

    /// <summary>Header cells that name the unit column.</summary>
    public static readonly string[] UnitHeaderWords =
    [
        "单位", "計量単位", "unit", "units", "единица", "единицы", "ед. изм", "ед.изм", "단위", "単位", "нэгж", "хэмжих нэгж", "đơn vị", "หน่วย",
        "бірлік", "o'lchov birligi", "birlik",
    ];

    /// <summary>Header cells of method columns, which hold no limits.</summary>
    public static readonly string[] MethodHeaderWords =
    [
        "检验方法", "试验方法", "检测方法", "方法", "test method", "method", "методы", "метод", "시험방법", "시험 방법", "試験方法", "試験法",
        "аргачлал", "шинжилгээний арга", "phương pháp", "วิธีทดสอบ", "usul", "әдіс",
    ];

    /// <summary>
    /// Parts of header cells that name a column of codes (food category numbers, INS numbers, item codes), which
    /// hold no limits although a code such as <c>12.04</c> or <c>330</c> reads as a number: found anywhere in the
    /// header (Han and Hangul words) or as a whole word of it (alphabetic scripts).
    /// </summary>
    public static readonly string[] CodeHeaderParts = ["分类号", "类别号", "编号", "代号", "代码", "分類番号", "コード", "코드", "분류번호"];

    /// <summary>Whole words of header cells that name a column of codes (see <see cref="CodeHeaderParts"/>).</summary>
    public static readonly string[] CodeHeaderWords = ["code", "codes", "ins", "код", "кода", "коды", "номер", "дугаар"];

    /// <summary>Header cells of serial-number columns.</summary>
    public static readonly string[] SerialHeaderWords = ["序号", "no.", "no", "№", "№ п/п", "번호", "番号", "д/д", "stt", "ลำดับ", "t/r"];

    private static (string, RequirementOperator)[] Sort((string Text, RequirementOperator Op)[] items)
        => [.. items.OrderByDescending(i => i.Text.Length).ThenBy(i => i.Text, StringComparer.Ordinal)];
}
