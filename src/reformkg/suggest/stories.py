"""Story boundaries of a page: headline-like lines followed by a subtitle, byline, dateline or
a line that is only a place name; the lines of a web page that are the site's (source, time,
view count, editors, navigation, site name, a list of links to other stories), which are never
a headline."""

from __future__ import annotations

import re

from reformkg.annotation.grounding import PageText, Span
from reformkg.suggest.gazetteer import is_zone
from reformkg.suggest.normalise import GLOSS_SPACE

_PUNCT_END = "，。、；：,;:！？!?…"
_BYLINE = re.compile(r"(本报记者|见习记者|记者|本报通讯员|通讯员)\s*((?:[\u4e00-\u9fff]{2,3}\s*)+)")
_DATELINE = re.compile(r"本报讯|新华社|电）|^[\u4e00-\u9fff]{1,10}讯(?=\s|[（(]|$)")
_SUBTITLE = re.compile(r"^(?:——|-)")  # ——记某某, -某某纪实: a subtitle under its headline
# A reporter's or correspondent's name after the role, as a byline prints it (本报记者 谢斌)
# (记者 | 王某 on a site's credits; 记者王某从某厅获悉 opening the story; 通讯员王某摄 under a picture)
REPORTER_RX = re.compile(r"(本报记者|见习记者|实习记者|记者|本报通讯员|通讯员|实习生)\s*[:：|｜/]?\s*(?!介绍|表示|了解|获悉|透露|坦言|讲述|说明|采访)"
                         r"([\u4e00-\u9fff]{2,3}?(?=[\s）)、，,/】]|$|报道[:：\s）)]?|摄(?:影)?(?:[\s）)]|$)|从[^。，,]{2,30}?获悉|通讯员|实习生|记者(?=昨日|近日|日前|今天|从|获悉|了解))"
                         r"|[\u4e00-\u9fff]{4}(?=\s+[\u4e00-\u9fff]{2,4}[）)]|[）)]))")  # (记者 次仁片多 卓玛七林): a name of four
# More names after a byline's first (记者 郎某某 龙某 陈某, 通讯员刘某、刘某某): the same role's
MORE_REPORTERS_RX = re.compile(r"[ \t\u3000、，,]+(?!本报|见习|记者|通讯|实习|摄影|编辑|责编|编审|监制|审核|校对|报道|来源|作者)"
                               r"([\u4e00-\u9fff]{2,3}(?=[\s）)、，,]|$|报道)|[\u4e00-\u9fff]{4}(?=[）)]))")
# An editor's or writer's credit closing a story (责任编辑：王某, 责编 | 王某、李某, 作者：王某 李某): the byline's editor
# or author, as the annotation records them
_CREDITS = ("责任编辑", "值班编辑", "实习编辑", "执行编辑", "责编", "编辑", "编审", "监制", "审核", "审校", "校对", "终审", "初审", "复审",
            "作者", "撰稿", "摄影")
# (编辑丨徐 婉: a bar 丨 after the role, a space inside a name of two; 责任编辑：格桑卓玛: a name of four)
EDITOR_RX = re.compile(r"(" + "|".join(r"\s*".join(w) for w in _CREDITS) + r")(?:\s*[:：|｜丨]\s*|\s+)"
                       r"(?!本报|本网|本站|综合|佚名|网络|通讯|新华|记者|匿名|管理|来源|admin)([\u4e00-\u9fff] [\u4e00-\u9fff](?=\s*$)|[\u4e00-\u9fff]{2,4}?)"
                       r"(?=[\s）)、，,|｜/】\]]|$|文章来源|来源|发布)")
IN_SCOPE_WORDS = ("工会", "职工", "产业工人", "劳模", "工匠", "技能", "集体协商", "劳动者", "技术工人", "产改", "农民工",
                  "劳动模范", "劳动竞赛", "劳工", "五一劳动奖", "工人先锋号", "创新工作室",
                  "技师", "务工人员", "农村劳动力", "工联", "工人代表", "一线工人", "职代会", "工代会", "教代会")
# (工人代表, 一线工人 among a congress's delegates: the workers' share, the reform's political aim; 首席技师、特级技师
# 认定: skilled workers' grades, the reform's own; 务工人员 and 农村劳动力 转移就业: migrant workers, the 农民工 of a
# 人社 or railway page; 工联会, 澳门工联: the federations of Hong Kong and Macau; 职代会, 教代会, 工代会: the workers',
# teachers' and members' congresses printed short, the reform's democratic management)


# Lines of a web page that belong to the site, not to the story: source, time and view-count
# lines, editors, navigation, the site's name and furniture. Matched on the folded text
# (see reformkg.suggest.normalise: ASCII digits, Chinese marks, simplified characters).
_FIELD = r"\s*[：:]"
# the 24 solar terms a site's calendar prints after the day (星期五 谷雨)
SOLAR_TERMS = ("立春|雨水|惊蛰|春分|清明|谷雨|立夏|小满|芒种|夏至|小暑|大暑|立秋|处暑|白露|秋分|寒露|霜降|立冬|小雪|大雪|冬至|小寒|大寒")
# an editor's, reviewer's or author's field and names: 责任编辑：王某, 责编 王某、李某, 一审：张三 二审：李四
# (a pinyin gloss inside a word, 责(zé)编, is folded to GLOSS_SPACE, which boilerplate() drops first)
_ROLES = ("责任编辑", "值班编辑", "实习编辑", "执行编辑", "主编", "责编", "编辑", "编审", "审核", "审校", "校对", "终审", "初审", "复审", "一审", "二审", "三审",
          "作者", "撰稿", "供稿", "摄影", "图片", "视频", "统筹", "监制", "策划", "美编", "编校", "组版", "版式", "校审")
_STAFF = (r"(?:" + "|".join(r"\s*".join(w) for w in _ROLES) + rf")(?:{_FIELD})?\s*"
          r"(?:[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){0,3}(?:(?:\s*[、，,]\s*|\s+)[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,3})*)?")
_BOILERPLATE = (
    (re.compile(r"(?:" + "|".join(r"\s*".join(w) for w in ("来源", "稿源", "信息来源", "文章来源", "出处", "转自", "转载自"))
                + rf"){_FIELD}"),
     "source line"),
    (re.compile(rf"(?:(?:发布|发表|发稿|更新|录入|上传)(?:时间|日期)?|时间|日期){_FIELD}\s*(?:19|20)\d\d"), "time line"),
    # the site's field naming who put the page up (编辑者：某某中心 |, 发布单位：某某)
    (re.compile(rf"^(?:编辑者|发布者|发布人|发布单位|发布机构|供稿单位|信息提供){_FIELD}[^。！？]{{0,40}}$"), "editor line"),
    (re.compile(rf"(?:浏览|阅读|点击|访问)(?:次数|量|数)?{_FIELD}|浏览\s*\d+\s*次|阅读\s*\d+|访问量\s*\d|\d+\s*次(?:查看|浏览|阅读)$|\d+\s*人已围观$"), "view count"),  # (…发布64次查看; 线上访问量超800万次: a figure)
    (re.compile(rf"^(?:文章|全文|本文)?字数{_FIELD}\s*\d+"), "word count"),  # 文章字数：991
    (re.compile(r"^本(?:篇)?文(?:章)?(?:共)?\s*\d+\s*字\s*[,，]?\s*(?:预计)?(?:阅读|读完)(?:时间)?(?:大?约|需要?)?\s*\d+\s*分钟$"), "word count"),  # 本篇文章616字,读完约2分钟
    # 已有0人发表了评论, 评论(3), 共12条评论: the page's comment count
    (re.compile(r"已有\s*\d+\s*人(?:发表了?|参与)(?:了)?评论|^评论\s*[（(]\s*\d+\s*[）)]$|共\s*\d+\s*条评论"), "comment count"),
    # (after the name of the department or the writer that put it up: 宣传教育部 2023-03-14)
    (re.compile(r"^(?:(?:[\u4e00-\u9fff]{2,12}\s+)?(?:19|20)\d\d-\d\d-\d\d(?:\s+\d\d:\d\d(?::\d\d)?)?(?:\s*(?:字号|字体)\s*[:：]?[^。]{0,16})?"
                r"|www\.[\w.-]+\s+(?:19|20)\d\d-\d\d-\d\d.*)$"), "time line"),  # (2021-04-27 09:23:58 字号:)
    # a date and a clock time, then at most the site's or paper's name (2024年09月10日08:15  某某日报)
    (re.compile(r"^(?:(?:19|20)\d\d(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})|\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d)"
                r"\s*\d{1,2}:\d\d(?::\d\d)?"
                r"(?:\s*[|｜]?\s*[“\"「]?[\u4e00-\u9fffA-Za-z]{1,16}[”\"」]?){0,2}\s*$"), "time line"),  # (“某某工会”微信公众号)
    # (an e-paper's page prints its date first: 2025 年 4 月 28 日 编校 某某 组版 某某)
    (re.compile(r"^(?:(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?"
                rf"[（(【\[]?\s*{_STAFF}(?:\s*[|｜；;，,/]?\s*{_STAFF})*\s*[）)】\]]?$"), "editor line"),
    # 文/王某, 图|李某, 文/图 王某: the writer's or photographer's credit
    (re.compile(r"^[（(]?(?:文|图|文/图|图/文|文图)\s*[/|｜：:]\s*[\u4e00-\u9fff]{2,4}(?:\s*[、，,\s]\s*[\u4e00-\u9fff]{2,4})*[）)]?$"
                r"|^[（(]?(?:文/图|图/文)\s*[\u4e00-\u9fff]{2,4}[）)]?$"), "editor line"),
    (re.compile(r"当前位置|您(?:所在|现在)的位置|首页\s*[>»›]|>>|»|^>\s"), "navigation"),
    (re.compile(r"版权所有|版权声明|Copyright|©|ICP备|公网安备|举报电话|联系电话|联系人[：:]|微信号|关注公众号|扫一扫|"
                r"分享到|我来说两句|语音播报|打印本页|关闭窗口|返回顶部|上一篇|下一篇|官方网站|首页\s*今天是|^今天是\s*(?:\d|[〇零一二]{2}|公元|农历|星期|礼拜|周[一二三四五六日天])|"
                r"跟帖评论|您正在浏览|无障碍浏览|无障碍阅读|长者模式|关怀版|^(?:立即下载|下载(?:客户端|APP|App|app)|打开(?:APP|App|app|客户端))$|^[【（(](?:资料图|资料图片|图片|视频)[】）)]$|^查看完整版本|^推荐阅读$|请输入验证码|^版面导航$|上一版\s*\d?\s*下一版|"
                r"上一期\s*\d?\s*下一期|[\[【](?:详细|詳細|全文)[\]】]|点击排行|點擊排行|24\s*小[时時]排行|(?:更多|MORE|more)\s*(?:>+|»|\+)$|^\[更多\]$|字体\s*[：:]\s*[【\[]?\s*大|"
                r"^[【\[]?打印[】\]]?\s*[|｜]?\s*[【\[]?关闭[】\]]?$|^[【\[]?(?:打印|关闭|收藏|纠错)[】\]]?$|"
                r"\d+人参与\s*[，,]\s*\d+条评论|已有\d+人参与|快来抢沙发|"
                r"免责声明|作品内容、版权|版权归原作者"), "site furniture"),  # (a comment box: 0人参与,0条评论; a disclaimer: 如涉及作品内容、版权…)
    # a government site's disclosure header (索 引 号 … 发布机构 某县人民政府办公室 公开日期 …)
    (re.compile(r"索\s*引\s*号|发\s*布\s*机\s*构|公\s*开\s*日\s*期|主\s*题\s*分\s*类|公\s*开\s*方\s*式|发\s*文\s*字\s*号"), "disclosure header"),
    # a forum's furniture (发表于 2025-8-4 08:54:25 | 只看该作者, 签到天数: 5 天, 您需要 登录 才可以下载或查看, 1#)
    (re.compile(r"只看该作者|倒序浏览|阅读模式|马上注册|才可以下载或查看|没有帐号|签到天数|每日心情|跳转到指定楼层|回帖奖励|收起左侧|"
                r"^发新帖|^返回列表|复制链接|^楼主$|^(?:沙发|板凳|地板)$|^\d{1,3}\s*#$|查看\s*[:：]\s*\d+\s*[|｜]\s*回复|^\[LV\.\d+\]|^x$|"
                r"^发表于\s*(?:19|20)\d\d|^(?:搜索|回复|发新帖\s*回复|返回[\u4e00-\u9fff]{2,8}|[\u4e00-\u9fff]{2,4}(?:超版|版主|编辑))$"), "forum furniture"),
    (re.compile(r"^第\d+期[：:]?\s*第?\d+版|^第\d+版[：:]"), "issue and page of the paper"),
    # a site's metadata printed as text (catalogs:116438;contentid:201196;publishdate:2018-04-30;author:某某;)
    (re.compile(r"^(?:[A-Za-z_]{2,20}\s*[:：=]\s*[^;；]{0,40}[;；]\s*){2,}(?:[A-Za-z_]{2,20}\s*[:：=][^;；]{0,40})?$"), "page metadata"),
    (re.compile(r"^(?:[\u4e00-\u9fff]{2,12}\s*)?(?:https?://|www\.)[\w./%?=&#:-]+$"), "site address"),
    (re.compile(r"^[\u4e00-\u9fff]{2,12}(?:网|网站|客户端|新闻网|在线|融媒体|公众号|频道)"
                r"(?:客户端|微信号?|微博号?|抖音号?|快手号?|视频号|公众号|APP|App)?$"), "site name"),
    (re.compile(r"^[↓↑→←▲▼●◆■□◇…—\-=*·\s]+$"), "ornament"),
    # an image's file name left where the picture was (某某_副本.jpg), a bare counter, a player's button
    (re.compile(r"^[\w\u4e00-\u9fff.()（）-]{1,60}\.(?:jpe?g|png|gif|webp|bmp)$", re.I), "image file"),
    (re.compile(r"^(?!(?:19|20)\d\d$)\d{1,4}$|^(?:听新闻|朗读本文|播放|收听)$"), "site furniture"),
    (re.compile(r"^(?:新闻内容|新闻正文|文章内容|正文内容|新闻详情|文章详情|详细内容|信息内容)$"), "site furniture"),  # (a section's label above the headline)
    # an app store's counters and buttons on a copied page (2804264分| 7252476人| 1608845Mb, 安全下载 普通下载)
    (re.compile(r"^(?:\d+\s*[\u4e00-\u9fffA-Za-z]{1,2}\s*[|｜]\s*){2,}\d+\s*[\u4e00-\u9fffA-Za-z]{1,2}$|^安全下载\s*普通下载$"), "site furniture"),
    (re.compile(r"^(?:摘要|导读|核心提示|内容提要)[：:]"), "summary"),
    # a site's greeting (欢迎访问某市总工会网站!, 欢迎进入某某官网) and its footer's fields (主办单位：某某办公室
    # 运行维护单位：某某, 网站标识码, 技术支持, 地址：…): the site's owner, no body of the story
    (re.compile(r"^欢迎(?:访问|进入|光临|来到)[^。]{2,24}?(?:网站|官网|官方网站|门户网|网)(?:[!！。,，].*)?$"), "site name"),
    (re.compile(r"^(?:主办单位|承办单位|主管单位|运行维护单位|网站维护)[：:][^。，,]{2,30}"
                r"(?:\s+(?:主办单位|承办单位|运行维护单位|技术支持|网站维护)[：:][^。，,]{2,30})*$|网站标识码|网站技术支持|"
                r"^技术支持[：:]|推荐使用.{0,30}分辨率|^(?:新闻|报料|爆料|投稿|服务)热线\s*[:：]?\s*[\d-]{7,}|^地址[：:][^。！？]{2,40}(?:电话|邮编)[：:]"), "site furniture"),
    # a header printed over and over (某某新闻某某新闻某某新闻)
    (re.compile(r"^(.{2,12}?)\1{2,}$"), "site furniture"),
    # an item of a site's list of other stories: a date glued to a headline (- 2024-01-11某市召开某某会议)
    # (or in slashes before it: - 2025/10/17 某某总工会开展…)
    (re.compile(r"^[-–]?\s*(?:19|20)\d\d(?:-\d\d-\d\d|/\d{1,2}/\d{1,2}\s?)(?=[\u4e00-\u9fff“《])[^。！？\s]{6,80}(?:\s[^。！？\s]{1,40}){0,2}$"),
     "link to another story"),
    # an e-paper's index line: paper, page, headline, then the date and the weekday (… 2024年08月28日 星期三)
    (re.compile(r"^[^。！？]*(?:19|20)\d\d年\d{1,2}月\d{1,2}日\s*星期[一二三四五六日天]$"), "time line"),
    # a site's calendar of today (2024年04月26日 星期五 谷雨): the day it was read, no story's
    (re.compile(rf"^(?:今天是)?\s*(?:19|20)\d\d年\d{{1,2}}月\d{{1,2}}日\s*星期[一二三四五六日天]\s*(?:{SOLAR_TERMS})$"), "time line"),
)
_NAV_ITEM = re.compile(r"^[\u4e00-\u9fffA-Za-z]{1,6}$")


def boilerplate(line: str) -> str | None:
    """Why a line of a web page is the site's, not the story's (``source line``, ``time line``,
    ``view count``, ``editor line``, ``navigation``, ``site furniture``, ``site name`` …), or None.
    A line longer than 120 characters is a paragraph of the story whatever it holds."""
    s = re.sub(r"^[•·▪◦●○◆■►▶*]\s*", "", line.strip().replace(GLOSS_SPACE, ""))  # an item of the site's list (• 某某网客户端)
    if _LINKS_LINE.fullmatch(s) and not re.search(r"[。，,；;！？]", s):
        return "links"  # 某某印发某方案 我市某某最高补贴2万元 某公园近3万株杜鹃花提前绽放 …: the site's other stories
    if not s or len(s) > 120:
        return None
    if re.fullmatch(r"[|｜/\\\s]+", s):
        return "site furniture"  # | | : the bars of a page's layout, no text
    items = [x.strip() for x in re.split(r"[|｜]", s)]
    if len(items) >= 4 and sum(bool(_NAV_ITEM.match(x)) for x in items) >= len(items) - 1:
        return "navigation"
    words = re.split(r"\s+", re.sub(r"^首\s*页", "首页", s))  # 首  页 走进某区 新闻中心 政府信息公开 …: a menu by spaces
    if words[0] == "首页" and len(words) >= 4 and all(_NAV_ITEM.match(x) for x in words):
        return "navigation"
    for rx, why in _BOILERPLATE:
        if rx.search(s):
            if why == "source line" and len(s) > 40 and re.search(r"[。！？].", s):
                continue  # 来源：某某工会人8月1日至7日是…。据统计，…: the story's text run on after its source
            return why
    parts = [x.strip() for x in re.split(r"\s*(?:[-—_·|｜]|>+)\s*", s)]
    if 2 <= len(parts) <= 4 and all(_SITE_PART.fullmatch(x) for x in parts) and any(x.endswith(_SITE_ENDS) for x in parts):
        return "site name"  # 工人日报-中工网, 中国职工之家网 | 首页, 千龙网·中国首都网
    return None


_SITE_PART = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,12}")
# a line of six or more headlines of other stories, a space between each
_LINKS_LINE = re.compile(r"(?:[^\s]{4,30}\s+){5,}[^\s]{2,30}")
_SITE_ENDS = ("网", "网站", "日报", "晚报", "工人报", "客户端", "频道", "首页", "新闻网", "在线")


# The head of a site's list of links to other stories (新闻推荐, 相关阅读, 猜你喜欢)
RELATED_HEAD = re.compile(r"^[【\[]?(?:新闻推荐|推荐新闻|相关推荐|最新推荐|新闻排行|相关新闻|相关阅读|相关报道|相关链接|推荐阅读|延伸阅读|热点推荐|热门推荐|热点新闻|"
                          r"热门新闻|精彩推荐|猜你喜欢|往期回顾|最新新闻|更多新闻|今日推荐|图片新闻|相关稿件|相关文章|点击排行|"
                          r"热门文章|热门排行|阅读排行|排行榜|友情链接|同类新闻|相关内容|热门资讯|相关资讯|推荐资讯|最新资讯)[】\]]?\s*[：:]?$")


def related_lines(lines: list[tuple[int, int, str]]) -> list[int]:
    """Indexes of the lines of a site's list of links to other stories: a ``新闻推荐`` (相关阅读 …)
    line and the lines after it that hold no sentence (items of 100 characters at most, no 。)."""
    out = []
    for k, (_a, _b, raw) in enumerate(lines):
        if not RELATED_HEAD.match(raw.strip().replace(GLOSS_SPACE, "")):
            continue
        out.append(k)
        j = k + 1
        while j < len(lines) and (not lines[j][2].strip() or "。" not in lines[j][2]
                                  and len(lines[j][2].strip().replace(GLOSS_SPACE, "")) <= 100):
            if lines[j][2].strip():
                out.append(j)
            j += 1
    return out


def navigation_lines(lines: list[tuple[int, int, str]]) -> list[int]:
    """Indexes of the lines of an e-paper's page menu: the run of headline-like lines (the
    page's other articles) just before a ``版面导航`` line."""
    out = []
    for k, (_a, _b, raw) in enumerate(lines):
        if raw.strip() != "版面导航":
            continue
        j = k - 1
        while j >= 0 and not lines[j][2].strip():
            j -= 1
        while j >= 0 and lines[j][2].strip() and boilerplate(lines[j][2]) is None and headline_like(lines[j][2]):
            out.append(j)
            j -= 1
    return out


def text_lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, line) of every line of the text."""
    out, pos = [], 0
    for raw in text.split("\n"):
        out.append((pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return out


def headline_like(line: str) -> bool:
    s = line.strip().replace(GLOSS_SPACE, "")
    parts = re.split(r"\s*[|｜]\s*", s)
    if len(s) > 40 and len(parts) == 2 and all(6 <= len(x) <= 40 for x in parts):
        return all(headline_like(x) for x in parts)  # 凝聚力量 贡献工会力量|2022年某市总工会工作亮点回眸: a title and its subtitle
    return (2 <= len(s) <= 40 and s[-1] not in _PUNCT_END and "。" not in s and not _BYLINE.search(s)
            and boilerplate(s) is None)


def _subtitle(lines: list[tuple[int, int, str]], follow: list[int]) -> bool:
    """The first line under a headline is its subtitle (——记某某, -某某纪实): one headline-like
    line, not the first item of a list (- 建成基地12个 / - 新增技师85名)."""
    if not follow or not _SUBTITLE.match(lines[follow[0]][2].strip()) or not headline_like(lines[follow[0]][2]):
        return False
    return not (len(follow) > 1 and re.match(r"^(?:——|-|•|·)", lines[follow[1]][2].strip()))


# what a site prints round a headline's lines: 原标题：…, …（引题）, …（主题）
_TITLE_MARKS = re.compile(r"^(?:原标题|原题|标题)\s*[：:]\s*|\s*[（(](?:引题|主题|副题|肩题|眉题)[）)]$")


def _prose(line: str) -> bool:
    """A line of a story's text: a sentence (。), or clauses (，) longer than a headline; not a
    site's long title bar (某某网-某某频道-…)."""
    s = line.strip().replace(GLOSS_SPACE, "")
    return "。" in s or len(s) > 40 and "，" in s


def propose_stories(page: PageText, places: set[str] | frozenset = frozenset()) -> list[dict]:
    """Story boundaries from headline-like lines followed by a subtitle, byline, dateline or a
    line that is only a place name (the county of a speech: 韩城市)."""
    # the site's lines: blank; a gloss inside a word (责(zé)编, folded to GLOSS_SPACE): dropped
    printed = text_lines(page.text)
    kinds = [boilerplate(raw) for _a, _b, raw in printed]
    lines = [(a, b, raw.replace(GLOSS_SPACE, "") if kind is None else "") for (a, b, raw), kind in zip(printed, kinds)]
    for k in related_lines(lines):  # a site's list of links to other stories: no story of its own
        lines[k] = (lines[k][0], lines[k][1], "")
    n = len(lines)
    starts = []  # (line index of the first headline line, [headline line indexes])
    places_of: dict[int, str | None] = {}
    i = 0
    while i < n:
        s = lines[i][2].strip()
        prev_blank = i == 0 or not lines[i - 1][2].strip()
        if s and prev_blank and headline_like(s):
            block = [i]
            j = i + 1
            while j < n and lines[j][2].strip() and headline_like(lines[j][2]):
                block.append(j)
                j += 1
            if j < n and lines[j][2].strip():  # a headline stands alone on its lines
                i = j
                continue
            follow = [k for k in range(j, min(n, j + 8)) if lines[k][2].strip()][:3]
            signal = any(_DATELINE.search(lines[k][2].strip()) or _BYLINE.search(lines[k][2]) for k in follow) or (
                _subtitle(lines, follow))
            place = next((lines[k][2].strip() for k in follow[:1] if lines[k][2].strip() in places
                          or is_zone(lines[k][2].strip())), None)
            numbered = re.match(r"[一二三四五六七八九十]+、|\d+[.、]|（[一二三四五六七八九十]+）", lines[block[0]][2].strip())
            own_place = len(block) == 1 and (lines[i][2].strip() in places or is_zone(lines[i][2].strip()))
            if own_place and starts:
                between = [k for k in range(starts[-1][-1] + 1, i) if lines[k][2].strip()]
                if len(between) <= 1:
                    own_place = False  # the place line under a headline: part of that story's head
            if own_place:
                place = lines[i][2].strip()  # a section of a series, headed by its county (汉滨区)
            # the page's first headline needs no byline or dateline, unless the story's text is
            # printed above it: then it is a line at the story's end (an editors' line, 相关阅读)
            first = not starts and not any(_prose(lines[k][2]) for k in range(i))
            if not first and re.match(r"(?:原标题|原题)\s*[：:]", s):
                i = j  # 原标题：… under a story's text: the title it was first printed with, no story of its own
                continue
            # 集体协商为…护航 / 来源:工人日报客户端 日期:2024-06-28: a headline over its own site lines; a menu's
            # line taken for the page's first headline (地区分站, 新闻动态), no text under it, gives way to it
            sited = j < n and kinds[j] in ("source line", "time line")
            if sited and starts and len(starts) == 1 and not numbered and not any(
                    _prose(lines[k][2]) for k in range(starts[-1][-1] + 1, i)) and len(lines[starts[-1][0]][2].strip()) <= 8:
                starts.pop()
                places_of.pop(0, None)
                first = True
            if first or (signal or place) and not numbered and follow:  # (a place line ending the page heads nothing: 河南省)
                starts.append(block)
                places_of[len(starts) - 1] = place
            i = j
            continue
        i += 1
    headless = not starts
    if headless:  # no headline set apart: the story starts at its first line, its title the
        # headline-like lines it opens with, run into the text (or TODO)
        top = next((k for k in range(n) if lines[k][2].strip()), 0)
        block = [top]
        while len(block) < 3 and block[-1] + 1 < n and headline_like(lines[block[-1]][2]) \
                and headline_like(lines[block[-1] + 1][2]):
            block.append(block[-1] + 1)
        nxt = block[-1] + 1
        if len(block) > 1 and not (nxt < n and (_prose(lines[nxt][2]) or _DATELINE.search(lines[nxt][2].strip())
                                                or _SUBTITLE.match(lines[nxt][2].strip())
                                                or _BYLINE.search(lines[nxt][2]))):
            block = [top]
        starts = [block]
    stories = []
    for idx, block in enumerate(starts):
        first = lines[block[0]][0]
        end = lines[starts[idx + 1][0] - 1][1] if idx + 1 < len(starts) else len(page.text)
        heads = [lines[k][2].strip().replace(GLOSS_SPACE, "") for k in block]
        if headless and not headline_like(heads[0]):
            stories.append({"id": "s1", "span": Span(first + (len(lines[block[0]][2]) - len(lines[block[0]][2].lstrip())), end),
                            "title": "TODO", "subtitle": None, "head_span": Span(first, first), "place": None})
            continue
        title_lines = [_TITLE_MARKS.sub("", h) or h for h in heads if not h.startswith(("——", "-"))]
        subtitle = next((h for h in heads if h.startswith(("——", "-"))), None)
        stories.append({"id": f"s{idx + 1}", "span": Span(first + (len(lines[block[0]][2]) - len(lines[block[0]][2].lstrip())), end),
                        "title": " ".join(title_lines) or heads[0], "subtitle": subtitle,
                        "head_span": Span(first, lines[block[-1]][1]), "place": places_of.get(idx)})
    return stories
