package ai.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every Chinese message with arguments, rendered as a page renders it (MessageFormat, zh-CN) with the
 * arguments a page passes (字节跳动 and 阿里巴巴, numbers, dates as the app writes them), reads as a sentence
 * written for Chinese: no space between Chinese words or around a name, one space between a Chinese
 * character and a run of digits or Latin letters, full-width punctuation. Each expected sentence is written
 * out below; a message with arguments that has none fails the test until someone writes it.
 */
class ChineseSentencesTest {

    private static final Locale CHINESE = Locale.forLanguageTag("zh-CN");

    private record Sentence(String key, String expected, Object... arguments) {
    }

    private static Sentence s(String key, String expected, Object... arguments) {
        return new Sentence(key, expected, arguments);
    }

    private static final List<Sentence> SENTENCES = List.of(
            // messages_zh.properties
            s("home.ledger", "事实库收录了 5 家公司、18 个产品和 36 条事实。", 5, 18, 36),
            s("products.count", "共 1,234 个产品", 1234L),
            s("fact.sourceDated", "（2026年11月29日）", "2026年11月29日"),
            s("compare.heading", "字节跳动与阿里巴巴对比", "字节跳动", "阿里巴巴"),
            s("value.amount.EXACT", "1.2亿", "1.2亿"),
            s("value.amount.AT_LEAST", "不少于 100亿元", "100亿元"),
            s("value.amount.AT_MOST", "不超过 5亿欧元", "5亿欧元"),
            s("value.amount.ABOUT", "约 1.5亿", "1.5亿"),
            s("value.percent.EXACT", "42.5%", "42.5%"),
            s("value.percent.AT_LEAST", "不低于 42.5%", "42.5%"),
            s("value.percent.AT_MOST", "不高于 30%", "30%"),
            s("value.percent.ABOUT", "约 30%", "30%"),
            s("value.rank.EXACT", "第 2 名", "2"),
            s("value.rank.AT_LEAST", "第 2 名或更靠后", "2"),
            s("value.rank.AT_MOST", "前 3 名", "3"),
            s("value.rank.ABOUT", "约第 2 名", "2"),
            s("value.rank.scoped", "第 1 名（国内）", "第 1 名", "国内"),
            s("value.unitAsTyped", "第 1 名（原文：top of region）", "第 1 名", "top of region"),
            s("money.named", "100亿元", "100亿", "元"),
            s("money.code", "1.2亿 GBP", "1.2亿", "GBP"),
            s("error.400.parameter", "参数“page”不能取值“abc”。请检查网址，或使用下面的链接。", "page", "abc"),
            s("error.other.text", "服务器无法响应这个请求（状态码 503）。请稍后再试。", 503),
            s("score.basis", "方法论第 2 版，视角“官方”，计入截至 2026年12月1日仍在时效内的事实。", 2, "官方", "2026年12月1日"),
            s("score.outOf", "61.8 / 100", "61.8"),
            s("methodology.version", "第 2 版，发布于 2026年11月29日。", 2, "2026年11月29日"),
            s("methodology.versionShort", "第 2 版", 2),
            s("methodology.rule.freshness", "事实的时效为截至日期后的 365 天，超出时效的事实视为未知。记录同一指标的新事实时，"
                    + "新事实会取代旧事实。编辑设定的特征（阶段、上线即有付费路径、增长驱动、融合深度）不会超出时效。", 365),
            s("methodology.officialShare", "占官方得分的 30%", "30%"),
            s("methodology.rubric.log", "对数刻度，从 1亿（0 分）到 1,000亿（100 分）", "1亿", "1,000亿"),
            s("methodology.rubric.linear", "线性刻度，从 10（0 分）到 60（100 分）", "10", "60"),
            s("methodology.rubric.rank", "排名第 1 得 100 分，每低一名少 10 分", "10"),
            s("methodology.rollUpText", "公司的得分只由其产品构成：旗舰产品权重 3，重要产品 2，次要产品 1。公司每个维度的得分是"
                    + "其产品在该维度已知得分的加权平均，总分是产品已知总分的加权平均，因此每个产品贡献的是它的权重占比乘以它自己的"
                    + "得分。公司的覆盖率和置信度是其产品覆盖率和置信度的加权平均，无任何已知数据的产品按 0 计。", "3", "2", "1"),
            s("compare.problem.unknownCompany", "没有名为“baidu”的公司。请从列表中选择。", "baidu"),
            s("compare.problem.sameCompany", "您两次都选择了字节跳动。请选择两家不同的公司。", "字节跳动"),
            s("compare.problem.unknownLens", "没有名为“fastest”的视角。请从列表中选择。", "fastest"),
            s("compare.problem.unknownVersion", "没有第 9 版方法论。请按当前版本比较。", "9"),
            s("compare.permalinkText", "按方法论第 2 版计分，截至 2026年6月30日。", 2, "2026年6月30日"),
            s("home.movers", "近 30 天变动最大的公司", 30),
            s("asOf.banner", "当前显示的是截至 2026年6月30日 日终的计分卡：只计入当日及以前记录的事实，时效按当日判断，并采用当日生效的方法论。", "2026年6月30日"),
            s("compare.leads", "字节跳动领先阿里巴巴 53.8 分。", "字节跳动", "53.8", "阿里巴巴"),
            s("compare.robust", "在这个视角附近的 2,000 种加权方案中，字节跳动在 93% 的方案中保持领先；", "字节跳动", "93%", 2000),
            s("compare.flip.ABOVE", "只有当增长质量的权重超过 45%（现为 20%）时，排序才会反转。", "增长质量", "45%", "20%"),
            s("compare.flip.BELOW", "只有当变现能力的权重低于 15%（现为 30%）时，排序才会反转。", "变现能力", "15%", "30%"),
            s("compare.noProduct", "阿里巴巴在这个类别没有产品。", "阿里巴巴"),
            s("compare.styleOf", "字节跳动的风格指数", "字节跳动"),
            s("rankings.titleIn", "产品排名：助手应用", "助手应用"),
            s("rankings.titleOf", "字节跳动的产品排名", "字节跳动"),
            s("rankings.titleOfIn", "字节跳动的产品排名：助手应用", "字节跳动", "助手应用"),
            s("rankings.problem.company", "没有名为“tesla”的公司。", "tesla"),
            s("compare.moreFacts", "另有 4 条事实", 4),
            s("compare.allProducts", "字节跳动在这个类别的全部 12 个产品排名", 12, "字节跳动"),
            s("rankings.shown", "第 1 至 50 个产品，共 120 个；第 1 页，共 3 页", 1, 50, 120, 1, 3),
            s("rankings.problem.page", "这个排名没有第 9 页。", "9"),
            s("nav.signedInAs", "当前用户：admin", "admin"),
            s("edit.delete.title", "删除豆包？", "豆包"),
            s("edit.delete.withFacts", "这个产品将被删除；它名下有 3 条事实。", 3L),
            s("edit.delete.confirmFacts", "同时删除它名下的 3 条事实", 3L),
            s("edit.delete.refused", "这个产品名下有 3 条事实。勾选复选框可将它们一并删除，或者保留这个产品。", 3L),
            s("edit.fact.title", "关于豆包的新事实", "豆包"),
            s("edit.fact.supersedeTitle", "豆包的新数值", "豆包"),
            s("edit.fact.superseding", "它将取代日活跃用户数（DAU）截至 2026年3月31日的数值：约 1亿。",
                    "日活跃用户数（DAU）", "约 1亿", "2026年3月31日"),
            s("edit.retract.what", "您正在撤回关于豆包的一条事实：日活跃用户数（DAU），约 1.5亿。",
                    "日活跃用户数（DAU）", "约 1.5亿", "豆包"),
            s("edit.dispute.what", "您正在为关于豆包的一条事实登记异议：日活跃用户数（DAU），约 1.5亿。",
                    "日活跃用户数（DAU）", "约 1.5亿", "豆包"),
            s("edit.resolve.what", "关于豆包的一条事实的异议：日活跃用户数（DAU），约 1.5亿。",
                    "日活跃用户数（DAU）", "约 1.5亿", "豆包"),
            s("dispute.since", "（自2026年7月2日起有异议）", "2026年7月2日"),
            s("draft.lead", "这份草稿基于第 2 版；发布后成为第 3 版。旧版本仍可查阅。", 2, 3),
            s("draft.publishedMeanwhile", "在您起草期间，第 3 版已经发布。本次没有发布；您的草稿现在基于第 3 版：请对照方法论页面检查后"
                    + "再发布。", 3),
            s("draft.now", "当前第 2 版", 2),
            s("methodology.publishedBy", "（2026年11月29日，发布人：admin）", "2026年11月29日", "admin"),
            s("text.inParentheses", "（方法论权重中已知部分的占比）", "方法论权重中已知部分的占比"),
            s("text.labelled", "年收入：不少于 100亿元", "年收入", "不少于 100亿元"),
            s("compare.traitValue", "1.00（3 次）", "1.00", 3),
            s("product.editorsCall", "阶段、上线即有付费路径、增长驱动和融合深度是编辑判断，而不是有来源的事实：在得分中，每项的"
                    + "权重为一条事实的 50%，单凭它们永远不会得出得分。", "50%"),
            s("score.rangeValue", "11.3–93.0", "11.3", "93.0"),
            s("score.rangeBarLabel", "得分 61.8，可能区间 11.3 至 93.0", "61.8", "11.3", "93.0"),
            s("score.restsOn", "依据 4 条时效内、有来源的事实，涉及 3 个维度。", 4, 3),
            s("score.needs", "证据不足，暂无得分：至少需要 1 条时效内、有来源的事实，涉及 1 个维度；目前只有 0 条，涉及 0 个维度。"
                    + "编辑设定的特征没有来源，不算证据。", 1, 1, 0, 0),
            s("score.problem.unknownVersion", "方法论没有第 9 版。", "9"),
            s("rankings.missing", "阿里巴巴；有来源的事实 0 条，至少需要 1 条，涉及 1 个维度", "阿里巴巴", 0, 1, 1),
            s("compare.noLeaderEvidenceBoth", "无法判定谁领先：MiniMax和智谱的来源证据都不足，都没有得分。", "MiniMax", "智谱"),
            s("compare.noLeaderEvidence", "无法判定谁领先：MiniMax的来源证据不足，没有得分。", "MiniMax"),
            s("compare.missingFacts", "对 135 项缺失的事实随机抽取 2,000 次，字节跳动在 64.0% 的抽取结果中领先",
                    "字节跳动", "64.0%", 2000, 135),
            s("methodology.evidenceRule", "没有证据就没有得分。只有当至少 1 条时效内、有来源的事实支撑某产品的商业化指标，并涉及至少"
                    + " 1 个维度时，该产品才会得到评分；否则显示“证据不足”，不参与排名，没有可能区间，也不计入公司得分。公司至少要有"
                    + "一款产品得到评分才会评分，否则不在风格图上标注。关于模型能力的事实不算商业化证据。", 1, 1),
            s("methodology.editorCall", "编辑设定的特征（阶段、上线即有付费路径、增长驱动、融合深度）没有来源：它们标注为编辑判断，"
                    + "权重为一条事实的 50%，单凭它们永远不会得出得分。", "50%"),
            s("methodology.estimateText", "少量证据不能靠运气胜过大量证据。排名和比较采用一个把薄弱证据向 50 分的中性先验拉近的"
                    + "估计值，与 IMDb 电影 Top 250 的做法相同：估计值 =（Σ 权重 × 得分 + m × 50）÷（Σ 权重 + m），只计已知指标，"
                    + "其中 m = 0.10（整个方法论中各指标的权重之和为 1）。旁边同时列出不计先验、仅凭证据的得分。", "50", "0.10"),
            s("fact.asOfReadDate", "2026年11月29日（阅读日期；来源未注明日期）", "2026年11月29日"),
            s("history.shown", "第 51 至 100 条修改，共 103 条；第 2 页，共 3 页", 51, 100, 103, 2, 3),
            s("nav.account", "admin 的账号", "admin"),
            s("search.count", "找到 3 条与“字节跳动”匹配的结果", 3, "字节跳动"),
            s("search.none", "没有与“zzqx”匹配的内容。可以减少字数、换用另一种语言，或浏览：", "zzqx"),
            s("search.tooLong", "搜索内容最多 200 个字符，当前为 1,250 个。请缩短后重新搜索。", 200, 1250),
            s("search.companies", "公司（1）", 1),
            s("search.products", "产品（2）", 2),
            s("search.facts", "事实（12）", 12),
            s("search.capped", "仅显示前 50 条：请添加关键词以缩小范围。", 50),
            s("search.sources", "来源（3）", 3),
            s("api.problem.missing", "缺少参数“left”。", "left"),
            s("api.problem.parameter", "参数“page”不能取值“abc”。", "page", "abc"),
            s("api.problem.unknownProduct", "没有名为“qwen-max”的产品。", "qwen-max"),
            s("export.problem.format", "没有“pdf”格式的导出。请选择 csv 或 xlsx。", "pdf"),
            s("import.preview.title", "facts.csv 的预览", "facts.csv"),
            s("import.preview.summary", "共 1,200 行：2 行被拒绝，1,198 行待记录，0 行未变。尚未保存任何内容。", 1200, 2, 1198, 0L),
            s("import.action.supersedes", "取代第 1234 号事实", "1234"),
            s("import.action.supersedesRow", "取代第 3 行", "3"),
            s("import.action.history", "计入历史（第 1234 号事实的截至日期更晚）", "1234"),
            s("import.commit.facts", "记录 12 条事实", 12),
            s("import.recorded.facts", "已记录 12 条事实。", 12),
            s("import.commit.sources", "记录 3 个来源", 3),
            s("import.commit.companies", "记录 2 家公司", 2),
            s("import.commit.products", "记录 1,200 个产品", 1200),
            s("import.recorded.sources", "已记录 3 个来源。", 3),
            s("import.recorded.companies", "已记录 2 家公司。", 2),
            s("import.recorded.products", "已记录 12 个产品。", 12),
            s("import.action.alreadyThere", "已有，即第 1234 号来源", "1234"),
            s("import.refused.sameSource", "第 2 行是同一个来源（标题和网址相同）。", "2"),
            s("import.refused.sameSlug", "第 2 行的网址标识与此行相同。", "2"),
            s("import.progress.CHECKING", "已检查 4,000 行，共 10,000 行…", 4000, 10000),
            s("import.progress.RECORDING", "正在记录这 10,000 行的内容…", 4000, 10000),
            s("import.progress.DONE", "已完成，共 10,000 行。", 10000, 10000),
            s("import.file.column", "列名中没有“qualifier”。请检查拼写，或从模板开始。", "qualifier"),
            s("import.file.tooManyRows", "文件超过 50,000 行。请拆分为较小的文件。", 50000),
            s("import.file.tooLarge", "文件大于 20 MB。请拆分为较小的文件。", "20 MB"),
            s("import.refused.duplicate", "第 2 行的对象、指标和截至日期与此行相同。", "2"),
            s("edit.fact.sourcesFound", "有 4 个已记录的来源符合，请在下方选择。", 4),
            s("edit.fact.value.COUNT", "数量（用户）", "用户"),
            s("fact.unit.fixed", "该指标的单位固定为“用户”，请留空单位。", "用户"),
            s("sources.count", "共 1,234 个来源", 1234),
            s("sources.counts", "3 / 5", 3, 5),
            s("sources.facts.aboutCompany", "关于字节跳动本身", "字节跳动"),
            s("sources.facts.heading", "引用它的事实（5 条，其中 3 条当前有效）", 5, 3),
            s("sources.moves.rankKept", "2（不变）", 2),
            s("sources.moves.rankLost", "2 → 无名次", 2),
            s("sources.moves.rankMoves", "2 → 3", 2, 3),
            s("sources.pageOf", "第 2 页，共 3 页", 2, 3),
            s("sources.retract.submit", "撤回 5 条事实", 5),
            s("sources.retract.what", "您正在撤回引用“腾讯 2025 年报”的 5 条当前事实。", 5, "腾讯 2025 年报"),
            s("search.factSource", "来源：门户网站文章", "门户网站文章"),
            s("edit.fact.sourceOption", "年度报告（2026年3月31日）", "年度报告", "2026年3月31日"),
            // --- issue-history ---
            s("scoreHistory.desc", "共 12 个时点，从 2026年4月3日到 2026年12月1日：每月月末一个，事实有变动的日子各一个。", 12,
                    "2026年4月3日", "2026年12月1日"),
            s("scoreHistory.of", "字节跳动的得分历史", "字节跳动"),
            s("scoreHistory.ofPair", "字节跳动与阿里巴巴的得分历史", "字节跳动", "阿里巴巴"),
            s("scoreHistory.descOne", "只有一个时点，即今天（2026年12月1日）：关于它的事实都是今天记录的。", "2026年12月1日"),
            // charts_zh.properties
            s("chart.unknownFor", "阿里巴巴：未知", "阿里巴巴"),
            s("chart.diverging.desc", "字节跳动在左侧（实心条），阿里巴巴在右侧（斜线条）。每个维度的得分从 0 到 100，条形从中线向两侧"
                    + "延伸；▲ 标出领先者。在 5 个维度中，字节跳动领先 4 个，阿里巴巴领先 1 个。", "字节跳动", "阿里巴巴", 4, 1, 5),
            s("chart.radar.desc", "5 个维度的雷达图，每条轴从中心的 0 到边缘的 100，网格线位于 25、50、75 和 100。字节跳动：实线轮廓、"
                    + "圆形标记；阿里巴巴：虚线轮廓、方形标记。某项得分未知时，轮廓在该轴断开，并在轴上注明。", "字节跳动", "阿里巴巴", 5),
            s("chart.style.desc", "从左侧的 −100（完全阿里式）到右侧的 +100（完全字节式）的标尺，5 家公司中有 3 家标在上面，其余未知。",
                    3, 5),
            s("chart.gap.label", "差距 +30.5", "+30.5"),
            s("chart.gap.desc", "5 家公司各自的模型能力（实心条）和商业化得分（斜线条），范围 0 到 100；差距等于模型能力减去商业化得分。",
                    5),
            s("chart.quadrant.point", "字节跳动：风格指数 +62.0，商业化得分 61.8，模型能力 85.0", "字节跳动", "+62.0", "61.8", "85.0"),
            s("chart.quadrant.pointNoCapability", "腾讯：风格指数 +55.0，商业化得分 74.0，模型能力未知", "腾讯", "+55.0", "74.0"),
            s("chart.quadrant.desc", "5 家公司中有 3 家按风格指数（左为阿里式，右为字节式）和商业化得分（越高越好）定位。点越大，"
                    + "模型能力越强；空心点表示模型能力未知。每个点都链接到该公司的页面。", 3, 5),
            s("chart.range.desc", "7 家公司和产品在 0 到 100 分上的得分：实心点为得分，空心圈为仅凭证据的得分，色带为可能区间。", 7),
            s("chart.range.figures", "61.8（11.3–93.0）", "61.8", "11.3", "93.0"),
            s("form.inEnglish", "简介（英文）", "简介"),
            s("form.inChinese", "发布方（中文）", "发布方"),
            // issue-changes
            s("changes.title.company", "字节跳动的变动", "字节跳动"),
            s("changes.window", "2026年11月1日结束后至 2026年12月1日结束时的变动，按方法论第 2 版计分。", "2026年11月1日",
                    "2026年12月1日", 2),
            s("changes.move", "61.8 → 63.0（+1.2）", "61.8", "63.0", "+1.2"),
            s("changes.partsOf", "字节跳动得分变动的成因", "字节跳动"),
            s("changes.time", "按 2026年12月1日而非 2026年11月1日判断事实时效", "2026年12月1日", "2026年11月1日"),
            s("changes.reversed", "起始日（2026-12-01）晚于截止日（2026-11-01）。请对调两个日期。", "2026-12-01", "2026-11-01"),
            s("changes.lastMovesText", "最近 30 天内得分变动的成因：", 30),
            s("changes.noLastMoves", "最近 30 天内得分没有变动。", 30),
            s("feed.title.company", "AI 商业化计分卡：字节跳动的变动", "字节跳动"),
            s("feed.entry.RECORDED", "豆包：记录了年收入", "豆包", "年收入"),
            s("feed.entry.SUPERSEDED", "豆包：年收入已被较新数据取代", "豆包", "年收入"),
            s("feed.entry.RETRACTED", "豆包：年收入已撤回", "豆包", "年收入"),
            s("feed.entry.points", "字节跳动的得分因此变动 +1.2 分。", "字节跳动", "+1.2"),
            s("feed.entry.noPoints", "字节跳动的得分未因此变动。", "字节跳动"),
            s("changes.listedOf", "仅列出 1,200 条变动中最新的 500 条；缩短日期范围可查看其余变动。", 500, 1200),
            s("methodology.diff.link", "与第 1 版相比的变化", 1),
            s("methodology.diff.title", "方法论从第 1 版到第 2 版", 1, 2),
            s("methodology.diff.scoreUnder", "按第 2 版的得分", 2),
            s("methodology.diff.rankUnder", "按第 2 版的排名", 2),
            // history_zh.properties
            s("history.title", "豆包的修改历史", "豆包"),
            s("history.heading", "字节跳动的修改历史", "字节跳动"),
            s("history.supersededBy", "已被较新数据（第 1234 号事实）取代", 1234L),
            s("history.import", "erin 导入 facts.xlsx，共 9,812 行", "facts.xlsx", "erin", 9812));

    @Test
    void everyChineseMessageWithArgumentsReadsAsWrittenOut() throws IOException {
        Map<String, String> chinese = chineseMessages();
        List<String> problems = new ArrayList<>();
        for (Sentence sentence : SENTENCES) {
            String pattern = chinese.get(sentence.key());
            if (pattern == null) {
                problems.add(sentence.key() + ": no such Chinese message");
                continue;
            }
            String rendered = new MessageFormat(pattern, CHINESE).format(sentence.arguments());
            if (!rendered.equals(sentence.expected())) {
                problems.add(sentence.key() + "\n  renders  " + rendered + "\n  expected " + sentence.expected());
            }
        }
        assertThat(problems).as("Chinese sentences that do not read as written out").isEmpty();
    }

    /** A new message with arguments needs its sentence here, and a message that lost its arguments loses it. */
    @Test
    void everyChineseMessageWithArgumentsHasItsSentence() throws IOException {
        Set<String> withArguments = new TreeSet<>();
        chineseMessages().forEach((key, text) -> {
            if (text.contains("{")) {
                withArguments.add(key);
            }
        });
        Set<String> written = new TreeSet<>();
        SENTENCES.forEach(sentence -> assertThat(written.add(sentence.key())).as("one sentence for " + sentence.key())
                .isTrue());

        Set<String> unwritten = new TreeSet<>(withArguments);
        unwritten.removeAll(written);
        assertThat(unwritten).as("Chinese messages with arguments that have no expected sentence in "
                + getClass().getSimpleName() + ": write one for each").isEmpty();
        Set<String> stale = new TreeSet<>(written);
        stale.removeAll(withArguments);
        assertThat(stale).as("sentences for messages that have no arguments (any more)").isEmpty();
    }

    private static Map<String, String> chineseMessages() throws IOException {
        Map<String, String> messages = new LinkedHashMap<>();
        for (String bundle : GlossaryTest.BUNDLES) {
            messages.putAll(GlossaryTest.load(bundle + "_zh.properties"));
        }
        return messages;
    }
}
