"""Organisations of a page that the registry may not know: names grown back from a suffix
(…有限公司, …总工会), bodies printed without their place (区总工会, 省教育厅, 宣传文旅局),
lists of enterprises, media, 该公司工会 and the unions of sections headed by a county."""

from __future__ import annotations

import functools
import itertools
import re

from reformkg.annotation.grounding import Span
from reformkg.annotation.lint import MARKER
from reformkg.suggest.context import PageContext
from reformkg.suggest.gazetteer import WORD_PLACES, county_full_names, is_zone
from reformkg.suggest.model import Mention
from reformkg.suggest.places import Places
from reformkg.suggest.stories import text_lines
from reformkg.suggest.times import dateline
from reformkg.suggest.tokens import ORG_SUFFIXES, Token

# Chinese surnames (the common single ones, then compound ones): a person's name starts with one
SURNAMES = set("尉卯矫赖丘衣王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石"
                "廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿"
                "关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦"
                "麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
                "傅洪杭禹阎井鄢滑寿强揭官鞠芮蔺逯郁储谈闻冼帅仝战晁厉荆阚郗靖谌伏戈粟奚雍郦庹钮禄扈嵇")
COMPOUND_SURNAMES = {"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "令狐", "夏侯", "端木", "西门", "南宫"}
# A street's union (惠山区长安街道总工会, 流亭街道工会联合会): its name from a mark, a verb or a date
_STREET_UNION_RX = re.compile(r"(?:^|(?<=[，。、；：:（(“\s]|日|讯)|(?<=近日|日前|今年|目前|其中|同时))((?:[\u4e00-\u9fff]{2,3}[区县市])?"
                              r"(?![区县市])[\u4e00-\u9fff]{2,3}?街道(?:总工会|工会联合会|工会))")
# A joint union of a trade, a building or a zone (张家港市快递行业联合工会, 某大厦楼宇联合工会, 某街道乡宿联合工会):
# its name from a mark, a date, a verb of founding or a preposition
_JOINT_UNION_RX = re.compile(r"(?:^|(?<=[，。、；：:（(“”\s—]|日|讯|了)|(?<=近日|日前|今年|目前|其中|同时|成立|组建|揭牌|指导|推动|依托|联合|会同)"
                             r"|(?<=[在由为向对和与及至到入于暨]))((?:(?![的了在和与及或暨是为向对把被将等各该本这此至到入于成立组建])[\u4e00-\u9fff]){2,16}?(?:联合工会(?!联合会)|工会联合会|工会总联合会))")  # (全国教师工会总联合会, as Taiwan names a federation)
# A volunteer team by its name (厦门市劳模志愿队, 临海市“劳模匠心”志愿服务队), from a mark, a date or a verb of founding
_VOLUNTEER_TEAM_RX = re.compile(r"(?:^|(?<=[，。、；：:（(“”\s]|日|讯|了)|(?<=成立|组建|组织|依托|派出|发动|带领|通过|联合)|(?<=[由和与及是为在]))"
                                r"((?:(?![，。、；：（）()的了在和与及是为把被将等该本这此])[\u4e00-\u9fff“”]){2,14}?"
                                r"(?:志愿服务总?队|志愿者服务队|志愿队|服务队))(?!长|员|伍)")
# A department printed by its short name alone, in a list or after a preposition (人社局和县总工会, 由团市委授予)
_BARE_DEPARTMENT_RX = re.compile(r"(?:(?<=[、，,：:（(“；\s])|(?<=^)|(?<=[和与及同由向为])|(?<=联合|会同|协调|配合))"
                                 r"(人社局|人社厅|司法局|工信局|卫健局|卫健委|财政局|财政厅|教育局|民政局|应急局|住建局|法院|检察院|"
                                 r"团[省市县区]委|宣传部|组织部|统战部|妇联|科协|残联|工商联|税务局|公安局)"
                                 r"(?=[、，,。；;）)”和与及等]|$|联合|共同|相关|授予|主办|举办|开展|组织|发布|出席|参加|牵头|负责|分别|在|为|将|对|向|合作|"
                                 r"的(?:联动|合作|协作|对接|配合))")
# Who a studio is of, as a kind (劳模创新工作室, 工匠…, 技师…): a studio of a kind, no name
_STUDIO_KINDS = {"劳模", "工匠", "技师", "职工", "技能大师", "劳模工匠", "高技能人才", "名师", "首席技师", "青年", "女职工", "巾帼"}
# trades, or trades run together (快递物流), a list of "…等重点企业" may name instead of firms
SECTORS_RX = re.compile(r"(?:快递|物流|网约车|外卖|货运|家政|餐饮|零售|电商|直播|跑腿|代驾|网约配送|交通运输|建筑|制造|商贸|服务|保安|物业)+")
_GENERIC_HEADS = {
    "各级", "基层", "企业", "该", "本", "各", "相关", "有关", "全市", "全县", "全区", "全省", "全国", "市", "县", "区",
    "省", "我市", "该市", "其", "这", "此", "会员", "行业", "产业", "区域", "乡镇", "街道", "社区", "村", "单位",
    "非公", "国有", "民营", "职工", "新", "上级", "地方", "部门", "项目", "分", "子", "母", "市级", "县级", "省级",
    "总", "联合", "主管", "工会", "等", "和", "与", "及", "、", "在", "了", "的",
    "联盟",  # 联盟创新工作室: the studios of an alliance, no name
    "央企", "智慧", "数字", "网上", "掌上", "指尖",  # 央企工会 (a kind); 智慧工会, 网上工会 (a union's online service, no body)
    "楼宇",  # 楼宇工会: the union of an office building, a kind (某大厦楼宇联合工会 is named)
}
_NAMEISH = {"ns", "nt", "nz", "nr", "nrt", "j", "n", "eng", "nrfg", "m", "b", "vn", "an", "l"}
_STRONG = {"ns", "nt", "nz", "nr", "nrt", "j", "eng", "nrfg"}
# Inside a name (never its first word): 陕西广大/a重型机械, 红柳/nr林/ng煤矿, 北/ns延伸段/nr工程
_INNER = _NAMEISH | {"a", "ng"}
# Words a name never runs back over: determiners and function words (各级工会, 该公司, 在…项目部)
# Departments whose names hold 和 (the walk otherwise stops at a conjunction)
_NAMES_WITH_HE = ("人力资源和社会保障", "劳动和社会保障", "工业和信息化", "住房和城乡建设", "文化和旅游", "自然资源和规划", "教育和体育",
                  "民族和宗教", "商务和粮食", "发展和改革", "经济和信息化", "卫生和计划生育", "科学技术和", "农业和农村", "交通和运输")
# Verbs jieba may tag as nouns (指导/n): one between two bodies ends the name walked back (某市人社局指导某公司)
_VERBS_READ_AS_NOUNS = {"指导", "帮助", "协助", "引导", "督促", "鼓励", "依托", "携手", "会同", "推动"}
_HARD_STOPS = {
    "各级", "该", "本", "各", "相关", "有关", "全市", "全县", "全区", "全省", "全国", "我市", "该市", "其", "这", "此",
    "上级", "等", "和", "与", "及", "、", "在", "了", "的", "对", "向", "为", "由", "把", "被", "从", "到", "是",
    "年", "月", "日", "先进", "优秀", "模范",  # a date before the name; an award's title (先进地方工人文化宫)
    "本报讯", "本报", "讯",  # a dateline
    "特邀",  # 香洲区特邀广东省中医院专家: a verb (jieba: 特邀/nr) between a place and a body
    # verbs jieba may tag as names (深化/j 工会改革, 新建/ns 群团之家) and kinds of ownership (民办学校)
    "深化", "推进", "加强", "打造", "创建", "争创", "提升", "新建", "组建", "成立", "民办", "公办",
    "会同", "协同", "携手", "邀请",  # a partner follows (会同省人社厅)
    "命名", "授予", "表彰",  # the body that names or honours goes before, the named after (新命名…工作室)
    "积极响应", "响应",  # verbs jieba tags as nouns (积极响应/n 区总工会号召)
    "辖区",  # 辖区某某汽车服务有限公司: the firm in the body's area, named after the word
    "充分肯定", "肯定", "充分",  # 某某充分肯定区中医院…: what a person said of the body (jieba: 充分肯定/l)
    "单位",  # 领导小组成员单位省总工会: the group's member, named after the word
    "充分利用", "利用",  # 陕西各级工会充分利用/n 工会资源: a verb jieba tags as a noun
    "籍",  # 非泉州籍工会会员: members native to a place, no body
    "爱心",  # 爱心企业某某科技有限公司: a firm praised, named after the word
    "现有", "共有", "拥有",  # 某厂现有工会会员29名: what a body has, no union named 现有工会
    "先生", "女士", "小姐",  # 货车司机蔡先生指公司不会…: a person who speaks of the firm (蔡先生/nr: one word, below)
    "惠及", "实现", "汇报", "参观", "建议",  # 惠及10万余职工区总工会, 来宾参观某集团公司, 某某建议特区政府: a verb before the body
}
# Words that are no organisation, though they end in one of ORG_SUFFIXES (产改工作格局, 联合政府)
_NOT_ORG_ENDINGS = ("格局", "布局", "大局", "全局", "开局", "结局", "变局", "新局", "当局", "联合政府", "展厅", "大厅", "餐厅",
                    "客厅")
# Words of an industry, verbs to jieba, inside a company's name (机械制造有限公司, 城乡建设集团)
_INDUSTRY_WORDS = {"制造", "加工", "建设", "开发", "投资", "运输", "设计", "生产", "印刷", "装备", "物流", "销售", "控股", "重工", "化工",
                   "不锈", "冷轧", "热轧", "炼钢", "轧钢"}
_COMPANY_FORMS = ("有限公司", "有限责任公司", "股份有限公司")
_BRACKETED = {"集团", "中国", "控股", "股份"}  # 西山煤电（集团）有限责任公司, never 卓越（创新）工作室
# A kind of zone as a word of its own, heading a name (自贸区…片区总工会, 高新区…管委会)
_ZONE_WORDS = ("自贸区", "高新区", "开发区", "经开区", "试验区", "示范区", "保税区", "工业园区", "产业园区")
# words that head 油田/石化 without naming one (全国油田, 海上油田, 老油田)
_NO_BRAND_HEADS = ("全国", "我国", "国内", "海上", "陆上", "海外", "大型", "各大", "所属", "老", "这个", "该", "中国", "国有", "地方")
# What follows a firm's short name of two characters (首钢集团, 铁力农场, 京能集团公司)
_BRAND_NEXT = ("集团", "控股集团", "集团公司", "股份公司", "农场", "林场", "油田", "煤矿")
# A trade between a firm's short name and 公司 (首钢矿业公司, 鞍钢股份公司, 包钢钢联公司)
_BRAND_TRADES = ("矿业", "股份", "钢铁", "钢联", "能源", "电力", "化工", "建设", "物流", "实业", "控股", "煤业", "铝业", "机械")
# What a project department builds, after the route's short name (承赤高速公路项目部, 某某铁路项目部)
_ROUTE_WORDS = ("高速公路", "高速", "铁路", "公路", "大桥", "隧道", "城际", "快速路", "一级公路")
# An office or a team a body stations in a place (温州市驻杭州办事处, 驻某村帮扶工作队) and what heads it
STATIONED_ENDINGS = ("办事处", "联络处", "代表处", "工作队", "工作组", "联络办")
_STATIONED_HEADS = ("市", "县", "省", "区", "州", "旗", "盟", "总工会", "工会", "政府", "公司", "集团", "全总")
_DAY_NAMES = ("五一", "二七", "八一", "五四", "七一", "三八")  # a body named for a day (二七工人文化宫)
def title_given(text: str, a: int, b: int) -> bool:
    """The name in quotation marks at ``a``..``b`` is a title given (命名为“某省职工创新工作室”,
    授予…“某某示范点”称号), not a body: after 为“ or before ”称号."""
    return text[a - 2:a] == "为“" or bool(re.match(r"”(?:荣誉)?称号", text[b:b + 5]))


_PINYIN_RX = re.compile(r"[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+")  # a gloss's syllable, as jieba cuts it
_MAX_NAME_TOKENS = 14  # a walk ends at punctuation, a verb or a function word long before this

_LOCAL_BODIES = {
    "工会": ("{}总工会", "union-federation"),  # 县工会积极行动: the county's federation, printed short
    "委": ("中共{}委员会", "party"), "委X组织部": ("中共{}委组织部", "party"), "委X宣传部": ("中共{}委宣传部", "party"),
    "委X统战部": ("中共{}委统战部", "party"),
    "政府": ("{}人民政府", "government"), "总工会": ("{}总工会", "union-federation"), "总": ("{}总工会", "union-federation"),
    "人社局": ("{}人力资源和社会保障局", "government"), "人大常委会": ("{}人民代表大会常务委员会", "government"),
    "司法局": ("{}司法局", "government"), "人民法院": ("{}人民法院", "government"),
    "卫健局": ("{}卫生健康局", "government"), "工信局": ("{}工业和信息化局", "government"),
    "教育局": ("{}教育局", "government"), "财政局": ("{}财政局", "government"),
    "工人文化宫": ("{}工人文化宫", "facility"),
    "国资委": ("{}人民政府国有资产监督管理委员会", "government"), "发改委": ("{}发展和改革委员会", "government"),
    "住建局": ("{}住房和城乡建设局", "government"), "民政局": ("{}民政局", "government"),
    "应急局": ("{}应急管理局", "government"), "妇联": ("{}妇女联合会", "association"),
    "科协": ("{}科学技术协会", "association"),
    "人力资源和社会保障局": ("{}人力资源和社会保障局", "government"), "科技局": ("{}科学技术局", "government"),
    "公安局": ("{}公安局", "government"), "商务局": ("{}商务局", "government"), "交通运输局": ("{}交通运输局", "government"),
    "政协": ("中国人民政治协商会议{}委员会", "government"),
    "委X政法委": ("中共{}委政法委员会", "party"), "委X网信办": ("中共{}委网络安全和信息化委员会办公室", "party"),
    "委X直属机关工委": ("中共{}委直属机关工作委员会", "party"), "委X直属机关工作委员会": ("中共{}委直属机关工作委员会", "party"),
    "政府办公室": ("{}人民政府办公室", "government"),
}
# More bodies a story prints after 市/县/区 alone (市体育局, 市教育工会: the city's industry union); each is an
# alternative of _LOCAL_BODY too
_MORE_LOCAL_BODIES = {
    "人力资源社会保障局": ("{}人力资源和社会保障局", "government"),
    "文明办": ("中共{}委精神文明建设委员会办公室", "party"),  # (市文明办: the Party committee's office for 精神文明)
    "体育局": ("{}体育局", "government"), "气象局": ("{}气象局", "government"), "文旅局": ("{}文化和旅游局", "government"),
    "文化和旅游局": ("{}文化和旅游局", "government"), "市场监管局": ("{}市场监督管理局", "government"),
    "市场监督管理局": ("{}市场监督管理局", "government"), "农业农村局": ("{}农业农村局", "government"),
    "生态环境局": ("{}生态环境局", "government"), "自然资源局": ("{}自然资源局", "government"), "水利局": ("{}水利局", "government"),
    "退役军人事务局": ("{}退役军人事务局", "government"),
    "教体局": ("{}教育和体育局", "government"), "城管局": ("{}城市管理局", "government"),  # (县教体局, 区城管局)
    "残联": ("{}残疾人联合会", "association"), "工商联": ("{}工商业联合会", "association"),
    "工商业联合会": ("{}工商业联合会", "association"), "职工保障互助会": ("{}职工保障互助会", "association"),
    "直工会工委": ("{}直工会工委", "union"), "交通运输委": ("{}交通运输委", "government"),  # (市直工会工委, 市交通运输委)
    "供销社": ("{}供销合作社", "association"),
    "青少年宫": ("{}青少年宫", "facility"), "公证处": ("{}公证处", "government"), "信访局": ("{}信访局", "government"),
    "人民检察院": ("{}人民检察院", "government"), "检察院": ("{}人民检察院", "government"),
    "工信委": ("{}工业和信息化委员会", "government"),  # (市青少年宫, 市公证处, 区检察院, 市工信委)
    "交警大队": ("{}公安局交通警察大队", "government"), "乡村振兴局": ("{}乡村振兴局", "government"),
    "审计局": ("{}审计局", "government"),
    "供电公司": ("{}供电公司", "enterprise"), "电力公司": ("{}供电公司", "enterprise"),
    "自来水公司": ("{}自来水公司", "enterprise"),  # (县交警大队, 县乡村振兴局, 县供电公司, 区电力公司)
    **{u: ("{}" + u, "union") for u in ("教育工会", "交通运输工会", "卫生健康工会", "医务工会", "金融工会", "财贸工会", "建设工会",
                                         "机关工会", "能源工会", "农林水工会", "邮政工会")},
}
_LOCAL_BODIES.update(_MORE_LOCAL_BODIES)
_ABBREVIATED = {"人大常委会": "人民代表大会常务委员会", "人社局": "人力资源和社会保障局", "人社厅": "人力资源和社会保障厅",
                "应急局": "应急管理局"}
# Suffixes of bodies a section may print without their place (宣传文旅局, 机关纪委, 党工委)
_BODY_SUFFIXES = ("局", "办公室", "纪委", "党委", "工委", "管委会", "法院", "检察院", "讲师团", "人社局")
_PROVINCE_BODIES = {
    "总工会": ("{}总工会", "union-federation"), "总": ("{}总工会", "union-federation"), "教育厅": ("{}教育厅", "government"),
    "人社厅": ("{}人力资源和社会保障厅", "government"), "政府办公厅": ("{}人民政府办公厅", "government"),
    "政府": ("{}人民政府", "government"), "委": ("中共{}委员会", "party"),
    "财政厅": ("{}财政厅", "government"), "科技厅": ("{}科学技术厅", "government"),
    "工信厅": ("{}工业和信息化厅", "government"), "民政厅": ("{}民政厅", "government"),
    "住建厅": ("{}住房和城乡建设厅", "government"), "商务厅": ("{}商务厅", "government"),
    "国资委": ("{}人民政府国有资产监督管理委员会", "government"), "发改委": ("{}发展和改革委员会", "government"),
    "妇联": ("{}妇女联合会", "association"), "科协": ("{}科学技术协会", "association"),
    "人大常委会": ("{}人民代表大会常务委员会", "government"), "党委": ("中共{}委员会", "party"),
    "工业和信息化厅": ("{}工业和信息化厅", "government"), "人力资源和社会保障厅": ("{}人力资源和社会保障厅", "government"),
    "人力资源社会保障厅": ("{}人力资源和社会保障厅", "government"), "住房和城乡建设厅": ("{}住房和城乡建设厅", "government"),
    "卫生健康委员会": ("{}卫生健康委员会", "government"), "卫健委": ("{}卫生健康委员会", "government"),
}
# 省总, 市总, 县总 printed short for the federation, before what it does (省总为…授牌, 获得省总认可)
_SHORT_FEDERATION = (r"总(?=[的、，。；和与及“”为在将把从向对先已还也又共评]|部署|要求|主办|党组|领导|副主席|主席|深化|开展|推进|召开|举办"
                     r"|印发|联合|认可|年初|授予|下达|下发|投入|牵头|组织|安排|表彰|命名|出台|制定|给予|拨付|划拨|机关|驻"
                     r"|相关|有关|重点工作|关于|资助|配备|配套|下拨|补助)")  # (落实全总、省总相关部署, 省总有关文件, 获省总资助3名)
_DEPARTMENTS = (r"|工业和信息化厅|人力资源和社会保障厅|人力资源社会保障厅|住房和城乡建设厅|卫生健康委员会|卫健委")  # (自治区工业和信息化厅)
_PROVINCE_BODY = re.compile(r"省(总工会|" + _SHORT_FEDERATION + r"|教育厅|人社厅|政府办公厅|政府|财政厅|科技厅|工信厅|民政厅|住建厅|商务厅|国资委|发改委|妇联|科协"
                            r"|人大常委会" + _DEPARTMENTS + r"|委(?![员会军]))|自治区(总工会|党委|政府|人大常委会|人社厅|教育厅|财政厅|工信厅|住建厅"
                            r"|国资委|发改委|妇联|科协" + _DEPARTMENTS + ")")
# A name made of the province's bodies alone (省委省政府): each body, not one name
_PROVINCE_BODIES_RX = re.compile(rf"(?:{_PROVINCE_BODY.pattern})+")
# (after a verb that joins bodies or a conjunction too: 联合市人社局, 和市财政局; never 团市委, the
# Youth League's committee)
_LOCAL_BODY = re.compile(r"(?:(?<![\u4e00-\u9fff]{2})|(?<=本报讯)|(?<=[从向据经对给受获将让被来为在到是的])|(?<=[感受看望走访慰问汇报]了)|(?<=今年|去年|日前|近日|目前|同时|活动|期间|会上|当天|此外|其中|另外|随后)|(?<=联合|会同|协同|邀请|聘请|牵头|指导|围绕|落实|贯彻|按照|根据|响应|感谢|配合|支持|协助)|(?<=[和与及同由])|(?<=[市县区州旗]委)(?=[市县区州旗]政府))(?<!团)([市县区州旗])(委组织部|委宣传部|委统战部|委政法委|委网信办|委直属机关工作委员会|委直属机关工委|委(?!员)|政府办公室|政府|总工会|" + _SHORT_FEDERATION + r"|人社局|人大常委会|司法局|人民法院|卫健局|工信局|教育局|财政局|工人文化宫"
                         r"|国资委|发改委|住建局|民政局|应急局|妇联|科协|人力资源和社会保障局|科技局|公安局|商务局|交通运输局|政协(?!委员)|"
                         r"工会(?=[的、，。；和与及将在为于把对向积极主席副主席党组领导开展举办组织联合])|"
                         + "|".join(sorted(_MORE_LOCAL_BODIES, key=len, reverse=True)) + ")")

_MEDIA_RX = re.compile(r"(?:在|于|经)((?:(?![在于经被，。、；：“”\"《》])[\u4e00-\u9fffA-Za-z]){2,8}?)"
                       r"(?:头版头条|头版|客户端|平台|APP|App|app)?(?:刊登|刊发|发表|播出|转载|专题报道|推介|展播)")

# A newspaper in title marks that published something (《工人日报》3月5日刊登, 《中国青年报》头版报道)
_PAPER_RX = re.compile(r"《((?:(?![《》，。])[\u4e00-\u9fff]){2,8}?(?:日报|晚报|时报|报))》(?:(?:\d{1,2}月)?\d{1,2}日|在?头版|头条|[近日前先后相继]{1,2})*"
                       r"(?:刊登|刊发|发表|报道|转载|专题报道|推介|以)")
# A medium a story cites (据人民日报报道, 据新华社消息)
_CITED_MEDIUM_RX = re.compile(r"据《?((?:(?![据，。、；：“”《》])[\u4e00-\u9fff]){2,10}?(?:日报|晚报|时报|报|网|社|电视台|广播电视台))》?"
                              r"(?:客户端)?(?:报道|报导|消息)")
_SUB_BODY_RX = re.compile(r"([省市县区])?(委|政府)?(宣传部|组织部|统战部|政法委|网信办|新闻办公室|新闻办|改革办|深改办|编办|直属机关工作委员会|直属机关工委"
                          r"|(?<=政府)(?:国资委|国有资产监督管理委员会|办公厅|办公室|研究室|参事室))")
_SUB_BODY_FULL = {"新闻办": "新闻办公室", "国资委": "国有资产监督管理委员会", "网信办": "网络安全和信息化委员会办公室", "政法委": "政法委员会",
                  "改革办": "全面深化改革委员会办公室", "深改办": "全面深化改革委员会办公室", "编办": "机构编制委员会办公室",
                  "直属机关工委": "直属机关工作委员会"}
# The second character of a central enterprise's short name after 中 (中铁, 中建, 中交, 中冶 …)
_CENTRAL_SOE = r"[铁建交冶核航化石粮船煤电车远海信钢材广兵农]"
# The standing groups of a level that lead the reform (全国推进产改协调小组, 省产改领导小组, 市产改联席会议)
# or carry its message (省劳模工匠宣讲团); never one a sentence sets up without a level
_REFORM_GROUP_RX = re.compile(r"(?:全国|(?<![全各])[省市县区])(?:推进|深化)?(?:产改|产业工人队伍建设改革)(?:工作)?"
                              r"(?:领导小组|协调小组|联席会议)(?:办公室)?|(?<![全各两])[省市](?:劳模工匠|劳模|工匠|职工|工会)宣讲团")
# A company's short name: two characters and its trade, between marks or conjunctions (华辰硅业与…)
# (its place may head it: 在苏州华芯光电T3项目…)
_INDUSTRY_SHORT_RX = re.compile(r"(?:^|(?<=[，、。；：“（(\n和与及在于]))((?:[\u4e00-\u9fff]{2,3}?(?=[\u4e00-\u9fff]{2}(?:硅业|纸业|药业|钢业|铝业|铜业|乳业|煤业|矿业|化纤|光电|电气)))?"
                                r"(?:(?![，、。；：“”（）()和与及的])[\u4e00-\u9fff]){2}"
                                r"(?:硅业|纸业|药业|钢业|铝业|铜业|乳业|煤业|矿业|化纤|光电|电气))(?=[与和及、，。等的在A-Za-z0-9])")
# A zone named from two places joined by a dash, and its body (奎屯—独山子经济技术开发区总工会)
_DASHED_ZONE_RX = re.compile(r"(([\u4e00-\u9fff]{2,4})[—-]{1,2}([\u4e00-\u9fff]{2,4}?)(?:经济技术开发区|高新技术产业开发区|开发区|高新区|经开区|新区)"
                             r"(?:总工会|工会联合会|工会|管委会|管理委员会))")
# A town's unit: a town's name (two characters and 镇 or 乡), its trade or purpose, a station or a
# service centre, printed between marks or after a verb of visiting (听取了…, 走访…)
_TOWN_UNIT_RX = re.compile(r"(?:(?<=[，、。；：“（(])|(?<=听取了)|(?<=听取)|(?<=走访)|(?<=参观))((?:(?![，、。；：“”（）()全各乡城村集])[\u4e00-\u9fff]){2}[镇乡]"
                           r"(?:(?![，、。；：“”（）()])[\u4e00-\u9fff]){2,8}?(?:指导站|服务站|工作站|服务中心))(?=[，、。；和及与等])")
# A contest's or an event's organising committee by its kind alone (大赛组委会), from a mark or a preposition
_ORGANISING_COMMITTEE_RX = re.compile(r"(?:(?<=[，。、；：“（(\s])|^|(?<=[由经向和与及据]))((?:大赛|赛事|竞赛|比赛|活动|运动会|艺术节|博览会)组委会)")
# A school by its number (第一六八中学校, 第二小学, 第三十中学)
_NUMBERED_SCHOOL_RX = re.compile(r"第[一二三四五六七八九十百零〇\d]+(?:中学校(?!长)|高级中学|实验中学|实验学校|职业中学|中学|小学)")
# The short form a page gives a body right after its name: （以下简称“贵阳院”）, (下称X)
SHORT_FORM_RX = re.compile(r"[（(](?:(?:以下|下文)?简称|(?:以下)?下?称)[：:]?[“\"]?((?:(?![“”\"（）()，,、])[\u4e00-\u9fffA-Za-z0-9]){2,10})[”\"]?[）)]")
# A studio or an alliance printed again after a verb or a mark (将…工作室联盟打造成)
# (a look-ahead: every place after a verb or a mark, overlapping: 努力将…, 将…)
_SHORTER_NAME_RX = re.compile(r"(?<=[将把对在与和、，。“])(?=((?:(?![，。；、“”（）()])[\u4e00-\u9fff]){4,20}?(?:工作室联盟|工作室)))")
# A central enterprise printed by its short name (中国 and the enterprise's own: 中国电建, 中国石化)
_CENTRAL_SHORT_RX = re.compile(r"(?:中国(?:[一二三五]冶|十[七九]冶|二十二?冶|中[铁建交冶化核车煤]|铁建|交建|电建|能建|一汽|商飞|宝武|华能|华电|大唐|石油|石化|海油|移动|联通"
                               r"|电信|铁塔)|国铁集团|国家电网|国家能源集团"
                               r"|中[铁建](?:二十[一二三四五]|十[一二三四五六七八九]|[一二三四五六七八九十])局)"  # (中铁二十一局, 中建八局)
                               r"(?![\u4e00-\u9fff]{0,2}(?:股份|有限|集团|工会|公司|党委))")
_THIS_BODY_RX = re.compile(r"该(项目部?|公司|集团|厂|矿|医院|学校)(分工会|工会|党支部|党委|团委)")


# Ministries and commissions of the State Council as pages print them short: the full name
_MINISTRIES = {"人社部": "人力资源和社会保障部", "科技部": "科学技术部", "工信部": "工业和信息化部", "教育部": "教育部",
               "财政部": "财政部", "民政部": "民政部", "商务部": "商务部", "司法部": "司法部", "农业农村部": "农业农村部",
               "住建部": "住房和城乡建设部", "交通运输部": "交通运输部", "应急管理部": "应急管理部", "文旅部": "文化和旅游部",
               "国家发改委": "国家发展和改革委员会", "发改委": "国家发展和改革委员会", "国资委": "国务院国有资产监督管理委员会",
               "国家卫健委": "国家卫生健康委员会", "全国妇联": "中华全国妇女联合会", "团中央": "中国共产主义青年团中央委员会"}
# A ministry's short name after a preposition or a list's mark, whatever jieba cuts (由人社部主办)
_SHORT_MINISTRY_RX = re.compile(r"(?<=[由经向与和及、，,为同据从被“])(" + "|".join(sorted(_MINISTRIES, key=len, reverse=True)) + r")(?!门)")
# Ministries printed in full (never cut by jieba into a single word): the full name of each
_MINISTRIES_FULL = {"人力资源和社会保障部": "人力资源和社会保障部", "人力资源社会保障部": "人力资源和社会保障部",
                    "工业和信息化部": "工业和信息化部", "科学技术部": "科学技术部", "住房和城乡建设部": "住房和城乡建设部",
                    "文化和旅游部": "文化和旅游部", "国家发展和改革委员会": "国家发展和改革委员会",
                    "国家发展改革委": "国家发展和改革委员会", "国务院国资委": "国务院国有资产监督管理委员会",
                    "国家卫生健康委员会": "国家卫生健康委员会", "交通运输部": "交通运输部", "应急管理部": "应急管理部",
                    "党中央": "中国共产党中央委员会", "中共中央": "中国共产党中央委员会",
                    "中央网信办": "中央网络安全和信息化委员会办公室", "全国工商联": "中华全国工商业联合会"}
_CENTRAL_KINDS = {"中国共产党中央委员会": "party", "中华全国工商业联合会": "association"}  # (the rest: government)
# Local bodies a story prints without its place (联合人社局、技师学院): the printed word, its full
# name after the place, its kind
_PLACELESS_BODIES = {"人社局": ("人力资源和社会保障局", "government"), "人力资源和社会保障局": ("人力资源和社会保障局", "government"),
                     "财政局": ("财政局", "government"),
                     "教育局": ("教育局", "government"), "司法局": ("司法局", "government"), "卫健局": ("卫生健康局", "government"),
                     "工信局": ("工业和信息化局", "government"), "应急局": ("应急管理局", "government"),
                     "住建局": ("住房和城乡建设局", "government"), "民政局": ("民政局", "government"),
                     "科技局": ("科学技术局", "government"), "发改局": ("发展和改革局", "government"),
                     "技师学院": ("技师学院", "school"), "职业技术学院": ("职业技术学院", "school"),
                     "技工学校": ("技工学校", "school"), "职教中心": ("职业教育中心", "school")}
# Words that join items of a list of bodies, or put one after a verb: what a body printed alone follows
_BEFORE_A_BODY = ("联合", "会同", "协同", "和", "与", "及", "同", "由", "、", "邀请", "组织", "牵头", "指导")
# A studio named after its head, its kind's name holding 和 (某某劳模和工匠人才创新工作室; never …联盟)
_MODEL_STUDIO_RX = re.compile(r"劳模(?:和|与|及)工匠(?:人才)?(?:创新)?工作室(?!联盟)")
# A medium heading a dateline (新华网合肥5月11日电, 中国青年报客户端北京7月29日电), never 本报
_DATELINE_MEDIUM = re.compile(r"(新华社|新华网|中新网|人民网|(?!本报|本刊)[\u4e00-\u9fff]{2,10}?(?:日报|晚报|报|网|电视台|广播电视台|社))(?:客户端|APP|App)?")
# A site's date heading the line of a dateline (date 2025-08-19 某社北京8月19日电)
_SITE_DATE_RX = re.compile(r"(?:[A-Za-z]+[:：]?)?\d{4}-\d{1,2}-\d{1,2}(?:\d{1,2}:\d{2}(?::\d{2})?)?")
# A dateline opening a line: the medium (a pinyin gloss after it on a page that glosses its
# characters: 中國之聲網(wǎng)), the place, the day, 电/讯/消息
# (no place and day: 某某网讯, 某某晨报全媒体平台消息)
_MESSAGE_DATELINE = re.compile(_DATELINE_MEDIUM.pattern + r"(?:[（(][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[）)])?"
                               r"(?:[\u4e00-\u9fff]{2,8}?\d{1,2}月\d{1,2}日(?:电|讯|消息)|(?:全媒体平台|全媒体|融媒体)?(?:讯|消息))")
# What follows a medium that printed the story or that the story cites, not a body of its facts:
# its dateline (某网5月6日讯, 某报北京电, 某网讯), its reporters (某报记者, 某报-某网记者 in a
# byline or a caption), 某报报道/消息 (据某报报道) or its copyright line (某网版权所有)
_GLOSS = r"(?:[（(][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[）)])?"
_PRINTED_BY_RX = re.compile(_GLOSS + r"(?:客户端|APP|App|全媒体平台|全媒体|融媒体)?(?:[\u4e00-\u9fff]{0,8}?\d{1,2}月\d{1,2}日)?"
                            r"(?:电|讯|消息|报道|报导|记者|见习记者|通讯员|版权所有|[·・/／—-](?:[\u4e00-\u9fff]{2,10}?)记者)")


def printing_medium(compact: str, m: Mention) -> bool:
    """A medium named where it printed the story or as the story's source (新华网合肥5月11日电,
    （某报记者…）, 据某报报道, 某网版权所有): the story's newspaper, never a body of its facts
    (在中工网刊登 stays one: the story reports what the medium did)."""
    return bool(_PRINTED_BY_RX.match(compact, m.cend)) or re.search("据" + _GLOSS + "《?$", compact[max(0, m.cstart - 12):m.cstart]) is not None


# A byline's media, before 记者 in its bracket: (中青报·中青网记者吴晓东)
_BYLINE_MEDIA = re.compile(r"[（(]((?:[\u4e00-\u9fff]{2,8}?(?:报|网|台|社)[·・、/／-])*[\u4e00-\u9fff]{2,8}?(?:报|网|台|社))(?:全媒体)?记者")
# A department of a body named just before it (全国总工会劳动和经济工作部部长, 全总宣教部供图)
# (not before 部长: 基层工作部部长 is the federation's post, as the curated pages give it)
# 联合市科学技术局、市工业和信息化局: a department of a city (province …) printed with its level alone
# (an association too: 省科学技术协会, 县读书协会, 市律师协会)
# (never 区人社局: which district's, the annotator decides; never …工作格局)
_LEVEL_DEPARTMENT_RX = re.compile(r"(?:(?<=[、，,和与及同合。；;：:由在到了])|(?<=走进|来到|深入|前往|慰问|看望|邀请))((?:市|省|县|区|州)(?!委(?!办)|政府(?!办)|总|人大|政协|工会|直(?!机关)|场|城(?!市管理)|域|级|属|内|外|里)"
                                  r"(?:(?![、，,。；;：:等的在是为])[\u4e00-\u9fff]){0,12}?(?<![格布大全结当变])"
                                  r"(?:局|厅|委员会|(?<=服务|管理|指导|保障|发展|促进|事务|政务|疾控|帮扶)中心|工商联|科协|"
                                  r"(?:(?<=政法|经信|发改|卫健|商务|教育|改革)|(?<=卫生健康)|(?<=商|教|经|建))委|(?:(?<=文明|政府|信访|外事|金融|扶贫)|(?<=委))办|"
                                  r"支队|大队|医院|管理处|绿化处|文化宫|文联|(?<=机关)工委|(?<=机关工会)工委|(?<=卫计)委|法院|检察院|仲裁委|仲裁院|(?<=援助|活动|职教)中心|电视台|图书馆|博物馆|"
                                  r"协会|学会|研究会|慈善总会|红十字会|(?:(?<=轨道交通)|(?<=城投|交投|水务|公交|地铁|建工|城建|国投|文旅))集团|(?:(?<=客运)|(?<=供排水)|(?<=交投|公交|城投|建投|邮政|港务)|(?<=机场建设))公司|(?:(?<=热力|环卫|木材|水务|燃气|公交)|(?<=旅游集团|投资集团)|(?<=交通运输集团))公司))"
                                  r"(?=[、，,。；;和与及等\d]|的(?![\u4e00-\u9fff]{0,3}(?:局|厅|委|公司|中心|学校|医院))|举办|举行|主办|承办|共同|联合|开展|组织|荣获|获得|获评|获(?!悉|取|益|得感)|近日|日前|近期|围绕|积极|认真|持续|坚持|送来|"
                                  r"(?:党组|党委)?(?:副?书记|副?局长|副?厅长|副?主任|副?主席|副?会长))")
# 响应市委、市政府, 争取县政府, 践行市委“十项行动”: a level's leadership printed with the level alone
_LEVEL_LEADERSHIP_RX = re.compile(r"(?:(?<=[、，,和与及由在。；;：:])|(?<=响应|践行|落实|贯彻|争取|按照|根据|经过|报请|会同|联合|协调|推动))"
                                  r"([省市县区](纪委监委|纪委|人大常委会|人大|政协|政府|委))"
                                  r"(?=[、，,。；;和与及“]|的|关于|高度|出台|印发|部署|决定|要求|号召|每年|专门|批准|同意|办公室(?!主任))")
# (or a unit of a union's own before what it does: 某市总工会权益保障部为职工…, 某区总工会女职委举办…)
_DEPARTMENT_RX = re.compile(r"((?!干部)(?:(?![全内外局总各等门的和与及在是])[\u4e00-\u9fff]){2,6}?(?:和[\u4e00-\u9fff]{2,4})?(?:工作部|部))"
                            r"(?=供图|提供|[，。、；）)])|((?![\u4e00-\u9fff]{0,6}?干部)(?:(?![全内外局总各等门的和与及在是])[\u4e00-\u9fff]){0,6}?"
                            r"(?:部|办公室|办公厅|女职委|女职工委员会|(?:培训|帮扶|服务|权益维护|维权|法律援助)中心|机关|工人疗养院|疗休养院|"
                            r"志愿服务总?队|顾问团)(?![\u4e00-\u9fff]*?(?:部长|主任)))")


# the platforms and couriers of the new forms of employment, by their brands (the pages' lists of them), and the
# foreign chains whose unions made news (外资企业纷纷建会，其中包括沃尔玛、肯德基、麦当劳)
_PLATFORM_BRANDS = ("美团外卖", "美团", "饿了么", "滴滴", "货拉拉", "顺丰速运", "顺丰", "京东物流", "京东", "申通", "中通", "圆通",
                    "韵达", "极兔", "闪送", "满帮", "达达", "菜鸟", "盒马", "淘鲜达", "拼多多", "德邦", "曹操出行", "运满满",
                    "沃尔玛", "肯德基", "麦当劳", "家乐福", "星巴克", "必胜客", "富士康")
_BRANDS = "|".join(_PLATFORM_BRANDS)
_PLATFORM_BRAND_RX = re.compile(rf"(?:^|(?<=[、，,（(“和与及等在位自\n]))((?:{_BRANDS})(?:快递(?![员小]))?)"
                                r"(?=[、，,）)”等和与及]|平台|外卖|骑手|配送|快递|司机|出行|速运|站点|网约|小哥|户外|驿站|[两三四五]个|在[华中])"
                                rf"|({_BRANDS})(?=、(?:{_BRANDS}))"  # (推动美团、申通: the first of a list of them; 顺丰快递, whole)
                                rf"|(?<=[；;。])({_BRANDS})(?=[\u4e00-\u9fff])(?!工会|集团|股份|公司|快递员|骑手|小哥)")  # (；韵达面向…: heading a clause)
# the labour bodies of Hong Kong, Macau and Taiwan as their pages print them short (工联会, 澳门工联总会, 劳工处): a name
# after a mark or a word that introduces one, never inside another name found (台中市政府劳工局 is whole)
_SAR_LABOUR_NAMES = (r"(香港工联会|澳门工联总会|港九劳工社团联会|工联总会|工联会|澳工联|工联|劳联"
                     r"|劳工事务局|劳工处|劳工局|全国产业总工会|劳工及福利局|劳福局|民政及青年事务局|入境处|立法会|劳工顾问委员会"
                     r"|统计暨普查局|经济财政司|劳动部(?!长)|经济部|职安署)(?![A-Za-z0-9])")  # (Taiwan's 劳动部, 经济部, 职安署)
_SAR_LABOUR_RX = re.compile(r"(?:^|(?<=[、，,。；;：:（(“”「」\n\s|和与及由向在为的据讯道但而于）)]))" + _SAR_LABOUR_NAMES)
_SAR_LABOUR_AT_RX = re.compile(_SAR_LABOUR_NAMES)  # (at a line's start, whatever ends the line before)
# a union's centre by what it serves (职工服务中心, 困难职工帮扶中心, 宣传网络中心, 新时代职工文明实践中心)
_UNION_CENTRE_RX = re.compile(r"(?:职工|农民工|困难职工|外来务工人员|新时代|劳模|法律|宣传|网络|权益|维护|服务|帮扶|培训|文明|实践|援助|创新|"
                              r"文化|活动|技能|鉴定|心理|健康|就业|教育|调解|互助|保障|信息){1,5}中心"
                              r"(?!副?主任|书记|负责人)"  # (市总工会某中心主任张某: the union's post, as round 19 keeps it)
                              # a station named from its host's union (某支行工会爱心驿站、…): printed as a name, a mark after it
                              r"|(?:爱心|暖心|幸福|户外劳动者|户外职工|职工)?驿站(?=[、，,。；;：:（(”和及与等]|$)")
# a province's or a city's title for studios (江苏省技能大师工作室, 厦门市技能大师工作室, 山西省职工(劳模)创新工作室), or the
# kind alone (高技能人才(劳模)创新工作室): what a studio is named, never one studio
_STUDIO_TITLE_RX = re.compile(r"(?:[\u4e00-\u9fff]{2,8}?(?:省|市|自治区))?(?:技能大师|劳模|职工|高技能人才|工匠|劳模工匠)[\u4e00-\u9fff（）()]{0,8}?工作室")
# the workers' mutual-aid societies of the unions (中国职工保险互助会, 某省职工保障互助会, 某市职工互助互济会) and their offices
_MUTUAL_AID_RX = re.compile(r"(?:中国|(?:(?![，。、；：“”（）\s的和与及在从向])[\u4e00-\u9fff]){2,8}?(?:省|市|县|区|州))?职工(?:保险|保障)?互助(?:互济|保障)?会"
                            r"(?:(?:(?![，。、；：“”（）\s的和与及在从向])[\u4e00-\u9fff]){2,6}?(?:办事处|管委会|代办处))?(?!员|费|金)")
# an office of the society printed by its place alone (顺德代办处, 南海办事处), on a page that names the society
_AID_OFFICE_RX = re.compile(r"(?<=[。；;，,：:\n、])([\u4e00-\u9fff]{2,3}?)(?:代办处|办事处)(?=[\u4e00-\u9fff])")
_GRID_COMPANY_RX = re.compile(r"国网((?:(?![省市县])[\u4e00-\u9fff]){2,3}?(?:省|市|县)?)(?:电力有限公司|电力公司|电力|供电公司|供电分公司)")
# a federation's units (女职工委员会, 女职办, 办公厅, 新闻中心; never a department, 权益保障部: the federation's, as the
# project's pages read it) and a Party committee's (社会工作部, 人才工作局)
_FEDERATION_UNIT_RX = re.compile(r"(?:女职工委员会|女职委|女职办|办公厅|新闻中心|农民工办公室)(?![\u4e00-\u9fff]{0,2}(?:主任|部长|主席))")
_COMMITTEE_UNIT_RX = re.compile(r"(?:社会工作部|人才工作局|人才局|社会工作委员会)(?!部长|局长)")
# a company's name of trade words only (光电科技有限公司, (福建)检测服务有限公司): jieba cut its brand off
_TRADE_WORDS = ("科技|光电|智能|装备|网络|通信|建设|物流|检测|服务|娱乐|教育|培训|职业技能|劳务|建筑|电子|集团|股份|新材料|工程|技术|"
                "发展|贸易|电气|信息|环保|医疗|食品|生物|材料|实业|能源|化工|机械|制造|投资|开发|运输|设计|生产|电力|控股|重工|"
                "矿业|钢铁|财产保险|保险|咨询|管理|文化|传媒|农业|汽车|精密|电池|机电|水务|燃气|热力|环境|数字|新能源|半导体|用品|"
                "铸钢|铸造|钢构|纺织|服装|印染|染整|包装|印刷|物业|制药|医药|药业|水泥|玻璃|陶瓷|家具|塑料|橡胶|光伏|锂电|船舶|"
                "航空|物产|置业|地产|房地产|酒业|茶业|乳业|糖业|纸业")
_TRADE_ONLY_RX = re.compile(rf"(?:{_TRADE_WORDS})+(?:有限公司|有限责任公司|股份有限公司)")
# what introduces a name: a verb or a word before it (授予某某科技有限公司, 作为…, 到县新城医院, 和…)
_NAME_OPENERS = r"授予|作为|来自|走进|来到|深入|慰问|参观|走访|调研|包括|其中|联合|会同|携手|推荐|命名|表彰|入驻|依托|[有和与及是在为由向对到给等了的获同]"
# what a firm's brand follows: a mark or an opener (never a bracket: 金力永磁（包头）科技 holds one)
_BEFORE_BRAND_RX = re.compile(rf"(?:[，,、。；;：:“”\"《》\n ]|{_NAME_OPENERS})$")
# what a level's body (县康复医院, 省交通运输厅) or a person's studio follows: a mark, a dateline's 讯 or an opener
_BEFORE_LEVEL_RX = re.compile(rf"(?:[，,、。；;：:“”\"《》（(\n ]|讯|{_NAME_OPENERS})$")
_LEVEL_UNITS = ("医院", "学校", "公司", "人民政府")  # (局, 厅: the local and provincial bodies' rules name them whole)
# A university's college or a school's campus printed after it (某大学继续教育学院, 某学校隆中校区)
_COLLEGE_RX = re.compile(r"(?:继续教育|成人教育|网络教育|国际教育|职业技术|工程技术)学院|[\u4e00-\u9fff]{2}校区(?=[，、。；和与及的])")
# How the name of a body's unit ends (组织部, 传媒中心, 工会干部学校, 工人疗养院, 教科文卫体工会)
_UNIT_ENDINGS = ("部", "中心", "学校", "学院", "院", "工会", "办公室", "室", "所", "站", "馆", "宫", "委员会", "委", "局", "处",
                 "队", "团", "社", "公司", "集团", "厂", "协会", "学会", "联合会")


# 一公司、二公司、三公司: a run of numbered companies, after a mark or a line's start
_NUMBERED_COMPANY_RUN_RX = re.compile(r"(?:(?<=[\n，,。；;：:])|^)[一二三四五六七八九十]{1,2}(?:分)?公司(?:[、和及与][一二三四五六七八九十]{1,2}(?:分)?公司)+")


class OrganisationRules:
    """The organisation rules on one page; ``places`` resolves the place names they meet."""

    def __init__(self, ctx: PageContext, places: Places):
        self.ctx, self.places = ctx, places
        self.compact, self.names, self.gaz, self.reg = ctx.compact, ctx.names, ctx.gaz, ctx.registry

    def local_bodies(self, out: list[Mention]) -> list[Mention]:
        """县总工会 / 市总工会 / 区总工会 without a place name: the union of the story's region."""
        found: list[Mention] = []
        for m in _LOCAL_BODY.finditer(self.compact):
            if any(x.cstart <= m.start(1) < x.cend and not ((x.cstart, x.cend) == (m.start(1), m.end()) and "note" in (x.proposal or {}))
                   for x in itertools.chain(out, found)) or m.start(1) and self.compact[m.start(1) - 1] in "全本该各" \
                    or re.search(r"(?:^|[^\u4e00-\u9fff]|[据及和与的由对在向将经为是按照])[省市县区][、和及与]?$", self.compact[max(0, m.start(1) - 3):m.start(1)]):
                # (市交通运输工会 the walk left placeless: named here after the story's city;
                # 省、市总工会, 市县总工会: the bodies of levels, no one body named)
                continue
            if m.group(2) == "工会" and m.start(1) and re.match(r"[\u4e00-\u9fff]", self.compact[m.start(1) - 1]) and not re.search(
                    r"(?:联合|会同|响应|感谢|配合|支持|协助|[和与及同由从向据经对给受获将让被来为在到是的了])$", self.compact[:m.start(1)]):
                continue  # 园区工会, 社区工会: a word ending in the level's character, no level's union
            story = self.ctx.story_at(m.start(1))
            lo, hi = self.ctx.crange(story["span"])
            level = m.group(1)
            places = []
            if story.get("place") and story["place"].endswith(level):
                places = self.places.zone_forms(story["place"]) if is_zone(story["place"]) else [story["place"]]
                refs = self.names.get(story["place"], [])
                places += [self.reg.regions[e].name for sec, e in refs if sec == "regions" and self.reg.regions[e].name != story["place"]]
                places += [full for full, short in county_full_names().items() if full == story["place"] and short != full]
                places += [short for full, short in county_full_names().items() if full == story["place"]]
            else:
                # the story's place of that level: the one it names most (太仓 over the 苏州 it also names),
                # by its full name (太仓 printed short is 太仓市)
                counts: dict[str, int] = {}
                for x in out:
                    if x.section == "regions" and lo <= x.cstart < hi:
                        full = self._full_region_name(x)
                        if full.endswith(level):
                            counts[full] = counts.get(full, 0) + 1
                if not counts:  # (孝感赛区, 孝感日报, 孝感职工: a city the story prints only inside other words)
                    counts = self._short_place_printed(lo, hi, level)
                if counts:
                    places = [max(counts, key=counts.get)]
                    # a district goes by its city's name first (宝鸡市渭滨区总工会); a county or a
                    # county-level city by its own (太仓市总工会, 涿州市总工会)
                    fuller = [f for f, sh in county_full_names().items() if sh == places[0]]
                    if len(fuller) > 1:  # 新城区 of 西安 or of 呼和浩特: the one whose city the story prints
                        fuller = [f for f in fuller if f[:-len(places[0])].removesuffix("市") in self.compact[lo:hi]]
                    fuller = fuller[:1] if len(fuller) == 1 else []
                    places = fuller + places if places[0].endswith("区") else places + fuller
            body = m.group(2)
            full, kind = _LOCAL_BODIES[body.replace("委", "委X", 1) if body.startswith("委") and body != "委" else body]
            named = [x for x in out if x.section == "organisations" and len(x.name) > len(body) + 2
                     and self.compact[x.cstart:x.cend].endswith(m.group(1) + body)] if not places else []
            if len({self.compact[x.cstart:x.cend] for x in named}) == 1:  # 延边州总工会 … 州总工会: the one body the page prints in full
                x = named[-1]
                found.append(Mention("organisations", m.group(1) + body, m.start(1), m.end(), x.ids[:1], 0.55,
                                     None if x.ids else {"name": (x.proposal or {}).get("name", x.name),
                                                         "aliases": [m.group(1) + body], "kind": kind}))
                continue
            if not places:  # 市总工会 in a story that names no city: the body as printed, its place to add
                found.append(self._placeless(m.group(1) + body, m.start(1), m.end(), kind, "city or county"))
                continue
            names = [full.format(p) for p in places]
            refs = [e for n in names for sec, e in self.names.get(n, []) if sec == "organisations"]
            text = m.group(1) + body
            found.append(Mention("organisations", text, m.start(1), m.end(), refs[:1], 0.55,
                                 None if refs else {"name": names[0], "aliases": [text, *names[1:]], "kind": kind}))
        return found

    def _short_place_printed(self, lo: int, hi: int, level: str) -> dict[str, int]:
        """The one place of ``level`` whose short name a story prints at least twice (inside other
        words: 孝感赛区, 孝感日报), by its full name, when it prints no other of that level."""
        counts: dict[str, int] = {}
        k = lo
        while k < hi:
            hit = next(((n, pls) for n in (3, 2) if self.compact[k:k + n] not in WORD_PLACES and (pls := [pl for pl in self.gaz.get(self.compact[k:k + n], [])
                                                             if pl.name.endswith(level) and pl.name != self.compact[k:k + n]
                                                             and pl.level in ("prefecture", "county")])), None)
            if hit is None:
                k += 1
                continue
            names = {pl.name for pl in hit[1]}
            if len(names) == 1:
                name = names.pop()
                counts[name] = counts.get(name, 0) + 1
            k += hit[0]
        return counts if len(counts) == 1 and max(counts.values()) >= 2 else {}

    def _full_region_name(self, x: Mention) -> str:
        if x.proposal:
            return x.proposal.get("name", x.name)
        full = next((self.reg.regions[e].name for e in x.ids if e in self.reg.regions), x.name)
        if full == x.name and not full.endswith(("省", "市", "县", "区", "旗")):
            places = self.places.pick(self.gaz.get(x.name, [])) if self.gaz.get(x.name) else None
            full = places.name if places else full
        return full

    def sub_bodies(self, out: list[Mention]) -> list[Mention]:
        """黑龙江省委宣传部, 张家口市新闻办, 省政府新闻办: a department of a Party committee or of a
        government, named after its place (or, with 省/市 alone, the province's or the story's)."""
        found = []
        for m in _SUB_BODY_RX.finditer(self.compact):
            at = m.start()
            if not m.group(1) and not m.group(2) and m.group(3) in ("宣传部", "组织部", "统战部") and \
                    re.match(r"副?部长", self.compact[m.end():m.end() + 3]) and self.compact[at - 1:at] in "、，,":
                dept = self._committee_department(m.group(3), at, out)  # 区委常委、组织部部长: a post's department
                found += [dept] if dept else []
                continue
            if not m.group(2) and not m.group(3).startswith("新闻办"):
                continue  # 宣传部 alone: whose, the annotator decides
            level = m.group(1) or ""
            region = next((x for x in out if x.section == "regions" and (
                x.cend == at or level and x.cend == at + 1 and x.name.endswith(level))), None)
            glued = self._place_glued(at, level) if region is None and level else None
            if region is not None:
                place, start = self._full_region_name(region), region.cstart
                if level and not place.endswith(level):
                    continue
            elif glued is not None:  # 江苏省委宣传部, one word to jieba: the place as printed heads it
                place, start = glued
            else:
                if not level or self.compact[at - 1:at] in "全本该各":
                    continue
                prov = self._province_before(at)
                place = prov.name if level == "省" and prov else None
                start = at
                if place is None and m.group(2) == "政府":  # 省政府新闻办 on a page naming no province: as printed
                    found.append(self._body(m.group(0), at, m.end(), 0.4, "government",
                                            note="the page names no place: add its name before the body's"))
                    continue
                if place is None:
                    continue
            body, suffix = m.group(2), m.group(3)
            if body is None:
                body = "政府"
            if body == "委":
                full = f"中共{place}委员会{_SUB_BODY_FULL.get(suffix, suffix)}"
            else:
                full = f"{place}人民政府{_SUB_BODY_FULL.get(suffix, suffix)}"
            if body == "委":
                start = self._cpc_start(start)  # 中共某市委直属机关工作委员会: as printed
            text = self.compact[start:m.end()]
            refs = [e for n in (full, text) for sec, e in self.names.get(n, []) if sec == "organisations"]
            found.append(Mention("organisations", text, start, m.end(), refs[:1], 0.6,
                                 None if refs else {"name": full, "aliases": [text], "kind": "party" if body == "委" else "government"}))
        return found

    def _place_glued(self, at: int, level: str) -> tuple[str, int] | None:
        """The place printed short right before its level at ``at`` (江苏|省委, 广州|市委) when
        jieba gave the whole name as one word and found no region: its full name, where it starts."""
        for n in (4, 3, 2):
            form = self.compact[max(0, at - n):at]
            full = next((p.name for p in self.gaz.get(form, []) if len(form) == n and p.name == form + level), None)
            if full:
                return full, at - n
        return None

    def _committee_department(self, dept: str, at: int, out: list[Mention]) -> Mention | None:
        """组织部 in a list of posts (区委常委、组织部部长、统战部部长): the department as printed, of
        the Party committee the list names before it (…委常委、), else for the annotator to place;
        none in the posts of a union federation (全国总工会书记处书记、组织部部长: the federation's post)."""
        refs = [e for sec, e in self.names.get(dept, []) if sec == "organisations"]
        if re.search(r"总工会(?:(?![，,。；])[\u4e00-\u9fff])*?(?:书记|主席|成员|部长|主任)、(?:(?![，,、。；])[\u4e00-\u9fff]{1,8}、)*$",
                     self.compact[max([0, at - 40, *(k for k in self._line_starts if k <= at)]):at]):
            return None
        chain = re.search(r"(?:^|[，,、。；\s]|本报讯)((?:(?![，,、。；讯])[\u4e00-\u9fff]){0,8}?[省市县区州旗]?委)(?:常委|委员|副书记|书记)、"
                          r"(?:(?:(?![，,、。；])[\u4e00-\u9fff]){1,8}?、)*$",
                          self.compact[max([0, at - 40, *(k for k in self._line_starts if k <= at)]):at])  # (never over a line's start)
        if chain:  # 区委常委、组织部部长: the committee's department
            printed = chain.group(1)
            committee = next((x for x in out if x.section == "organisations" and x.name == printed and x.proposal), None)
            name = (committee.proposal or {}).get("name", printed) if committee else \
                "中共" + printed[:-1] + "委员会" if printed[:-1] in self.gaz else printed  # 株洲市委常委、宣传部部长
            return Mention("organisations", dept, at, at + len(dept), refs[:1], 0.5,
                           None if refs else {"name": name + dept, **({"aliases": [printed + dept]} if name != printed else {}),
                                              "kind": "party",
                                              **({} if name != printed or re.search(r"[\u4e00-\u9fff]{2}[省市县区州旗]委$", printed)
                                                 else {"note": "add the place of the Party committee"})})
        return Mention("organisations", dept, at, at + len(dept), refs[:1], 0.4,
                       None if refs else {"name": dept, "kind": "party",
                                          "note": "printed alone: add the Party committee it belongs to"})

    def central_enterprises(self, out: list[Mention]) -> list[Mention]:
        """中国电建, 中国能建, 中国石化: a central enterprise by the short name it goes by (中国 and
        its own short name), not inside a longer name the page prints (中国电建工会)."""
        found = []
        for m in _CENTRAL_SHORT_RX.finditer(self.compact):
            if any(x.section == "organisations" and x.cstart <= m.start() < x.cend for x in out):
                continue
            unit = next((x for x in out if x.section == "organisations" and x.cstart == m.end() and not x.ids
                         and x.name.endswith(("集团", "公司", "局"))), None)
            if unit is not None:  # 中国能建葛洲坝集团: the enterprise's unit, named whole
                name = self.compact[m.start():unit.cend]
                found.append(Mention("organisations", name, m.start(), unit.cend, [], 0.6, {"name": name, "kind": "enterprise"}))
                continue
            name = m.group(0)
            found.append(self._body(name, m.start(), m.end(), 0.6, "enterprise", note="a central enterprise's short name: add its registered name"))
        return found

    def hosts(self, out: list[Mention]) -> list[Mention]:
        """…工会主办，中国华电投资承办: the bodies that organise an event (承办, 协办) after the one
        that hosts it, whatever their names end in; each name starts with a place or a proper name."""
        found = []
        for m in re.finditer(r"(?:主办|指导)[，,]((?:[^，,。；、“”《》]{2,14}?、)*[^，,。；、“”《》]{2,14}?)(?:共同|联合)?(?:承办|协办)", self.compact):
            pos = m.start(1)
            for item in m.group(1).split("、"):
                start, pos = pos, pos + len(item) + 1
                item = re.sub(r"等(?:[\d一二三四五六七八九十几数多]+[家个])?(?:单位|部门|机构|企业)$", "", item)  # …等多家单位: the list's end
                first = self.ctx.tok_at(start)
                if any(x.section == "organisations" and x.cstart < start + len(item) and start < x.cend for x in itertools.chain(out, found)) \
                        or first is None or first[0] in _GENERIC_HEADS or first[1] not in _STRONG and first[0] not in self.gaz:
                    continue
                found.append(self._body(item, start, start + len(item), 0.5,
                                        "media" if re.search(r"(?:日报|晚报|报社|电视台|广播电视台)", item) else MARKER))
        return found

    def reform_groups(self, out: list[Mention]) -> list[Mention]:
        """全国推进产改协调小组, 省产改领导小组, 省产改联席会议, 省劳模工匠宣讲团: the standing groups
        of a level (全国, 省, 市 …) that lead the reform or carry its message. A group the story sets
        up (成立产改领导小组, 组建“先锋号”宣讲团) without a level is a measure, never named here."""
        found = []
        for m in _REFORM_GROUP_RX.finditer(self.compact):
            a = m.start()
            if self.compact[a - 1:a] in "各该本两" or any(x.section == "organisations" and x.cstart <= a < x.cend for x in out):
                continue
            place = next((x for x in out if x.section == "regions" and x.cend == a + 1 and x.name[-1] == self.compact[a]), None)
            if place is not None:  # 广东省产改领导小组: the group named with its place
                a = place.cstart
            name = self.compact[a:m.end()]
            level = "national" if name.startswith("全国") else "placed" if place is not None else "local"
            # 市产业工人队伍建设改革协调小组: the story's city's, by its whole name (as 市科学技术局)
            where = self._story_place(a, (name[0],), out) if level == "local" and name[0] in "省市县区" else None
            full = where + name[1:] if where else name
            refs = [e for n in (name, full) for sec, e in self.names.get(n, []) if sec == "organisations"]
            found.append(Mention("organisations", name, a, m.end(), refs[:1], 0.5,
                                 None if refs else {"name": full, **({"aliases": [name]} if full != name else {}), "kind": MARKER,
                                                    **({} if level != "local" or where else {"note": "add the place of the group"})}))
        # the group printed short after it in the story (…领导小组调整为协调小组; 产改小组成员单位): the same
        # body, the last one named; never a group the sentence sets up (成立…) or its meeting (…小组会议)
        for m in re.finditer(r"(?<![省市县区国])(?:产改)?(?:领导|协调)?小组(?!会议|办公室|组长|长)", self.compact):
            a = m.start()
            if m.group(0) == "小组" or re.search(r"(?:成立|组建|建立|设立|牵头)[\u4e00-\u9fff]{0,6}$", self.compact[max(0, a - 8):a]) or \
                    any(x.section == "organisations" and x.cstart <= a < x.cend for x in itertools.chain(out, found)):
                continue
            lo = self.ctx.crange(self.ctx.story_at(a)["span"])[0]
            group = max((x for x in found if lo <= x.cstart < a and "小组" in x.name), key=lambda x: x.cstart, default=None)
            if group is None:
                continue
            found.append(Mention("organisations", m.group(0), a, m.end(), group.ids[:1], 0.45,
                                 None if group.ids else {**group.proposal, "aliases": [m.group(0)]}))
        return found

    def industry_short_names(self, out: list[Mention]) -> list[Mention]:
        """华辰硅业与…, “东岳纸业的…: a company by its short name, two characters and its trade
        (硅业, 纸业, 药业 …), printed between marks or conjunctions; never a place's trade (山西煤业);
        a refinery or an oilfield by its city's name (吉林石化, 大庆油田; an oilfield by its province's too,
        青海油田) wherever printed, or by a name of its own printed twice (扬子石化, 胜利油田)."""
        found = []
        for m in _INDUSTRY_SHORT_RX.finditer(self.compact):
            a, name = m.start(1), m.group(1)
            place = name[:-4]
            if place and place not in self.gaz:
                continue  # only a place heads the short name
            if name[-4:-2] in self.gaz or name[-4:-2] in _GENERIC_HEADS or \
                    any(x.cstart < m.end(1) and a < x.cend for x in itertools.chain(out, found) if x.section == "organisations"):
                continue
            found.append(self._body(name, a, m.end(1), 0.5, "enterprise", note="a company's short name: add its registered name"))
        # 吉林石化坚持…, 茂名石化的…, 青海油田启动…: a refinery or an oilfield by its city's name (an oilfield by its
        # province's too), wherever printed
        for m in re.finditer(r"([\u4e00-\u9fff]{2})(?:石化|炼化|油田)(?!行业|产业|企业|系统|工业|化工|装备|基地|园区|产品)", self.compact):
            a, name = m.start(), m.group(0)
            named = any(p.level != "province" or name.endswith("油田") for p in self.gaz.get(m.group(1)) or ()) or (
                self.compact.count(name) >= 2 and m.group(1) not in _NO_BRAND_HEADS and not re.search(r"[的之和与及在是等各省市县区]", m.group(1)))
            if not named or \
                    any(x.cstart < m.end() and a < x.cend for x in itertools.chain(out, found) if x.section == "organisations"):
                continue
            found.append(self._body(name, a, m.end(), 0.5, "enterprise", note="a company's short name: add its registered name"))
        return found

    def dashed_zones(self, out: list[Mention]) -> list[Mention]:
        """奎屯—独山子经济技术开发区总工会, 广西—东盟经开区总工会: a zone named from a place and a place or a
        partner joined by a dash, and its body,
        whole (never 独山子经济技术开发区总工会 alone)."""
        found = []
        for m in _DASHED_ZONE_RX.finditer(self.compact):
            # (the place the longest end of the words before the dash: 今年以来广西—东盟)
            cut = next((k for k in range(len(m.group(2)) - 1) if self.gaz.get(m.group(2)[k:])), None)
            if cut is None or not (self.gaz.get(m.group(3)) or len(m.group(3)) == 2):
                continue  # (a place, then a place or a two-character name: 奎屯—独山子, 广西—东盟)
            name = m.group(1)[cut:]
            refs = [e for sec, e in self.names.get(name, []) if sec == "organisations"]
            found.append(Mention("organisations", name, m.start(1) + cut, m.end(1), refs[:1], 0.6,
                                 None if refs else {"name": name.replace("-", "—"), "aliases": [name] if "-" in name else [],
                                                    "kind": "union-federation" if name.endswith("总工会") else "government"}))
        return found

    def town_units(self, out: list[Mention]) -> list[Mention]:
        """…、江海镇纺织产改指导站、…: a unit of a town (…镇, …乡 and its name) that ends in a station
        or a service centre, printed between marks; never 乡镇服务站, the kind."""
        found = []
        for m in _TOWN_UNIT_RX.finditer(self.compact):
            a, name = m.start(1), m.group(1)
            if any(x.section == "organisations" and x.cstart < m.end(1) and a < x.cend for x in out):
                continue
            found.append(self._body(name, a, m.end(1), 0.5, MARKER))
        return found

    def street_unions(self, out: list[Mention]) -> list[Mention]:
        """惠山区长安街道总工会 (jieba: 长安街/ns 道/q): a street's union, after its district or county
        when printed, from a mark or a verb; then 街道总工会 printed alone, the one street's the story names."""
        found = []
        for m in _STREET_UNION_RX.finditer(self.compact):
            a, name = m.start(1), m.group(1)
            if any(x.section == "organisations" and x.cstart <= a and m.end(1) <= x.cend and x.cend - x.cstart > len(name)
                   for x in out):
                continue
            found.append(self._body(name, a, m.end(1), 0.6, "union-federation" if name.endswith("总工会") else "union"))
        named = {x.name for x in found if x.name.endswith("街道总工会")}
        for m in re.finditer(r"(?<![\u4e00-\u9fff])街道总工会|(?<=[，。、；：的由向对和与及在])街道总工会", self.compact):
            if len(named) == 1 and not any(x.cstart <= m.start() < x.cend for x in found + out):
                full = next(iter(named))
                found.append(Mention("organisations", "街道总工会", m.start(), m.end(), [], 0.5,
                                     {"name": full, "aliases": ["街道总工会"], "kind": "union-federation"}))
        return found

    def unions_of_bodies(self, out: list[Mention]) -> list[Mention]:
        """县委宣传部工会, 陕煤集团工会: the union of a body named right before 工会, whole, where the
        rules found the body and cut the union apart (宣传部工会) or left it out."""
        found = []
        for x in out:
            if x.section != "organisations" or not self.compact.startswith("工会", x.cend) or x.name.endswith(("工会", "总")) \
                    or not x.name.endswith(("部", "委", "局", "厅", "中心", "大学", "学院", "医院", "办公室", "集团", "公司")) \
                    or self.compact.startswith(("工会联合会", "工会委员会"), x.cend) \
                    or any(y.section == "organisations" and y.cstart <= x.cstart and x.cend + 2 <= y.cend for y in out):
                continue
            found.append(self._with_tail(x, "工会", "union"))
        return found

    def _with_tail(self, x: Mention, tail: str, kind: str) -> Mention:
        """The body ``x`` with ``tail`` printed right after it, one name (its registry entry's or proposed name
        and the tail; the printed form an alias when they differ)."""
        base = (x.proposal or {}).get("name") or next((self.reg.organisations[e].name for e in x.ids
                                                       if e in self.reg.organisations), x.name)
        name, text = base + tail, x.name + tail
        refs = [e for n in (text, name) for sec, e in self.names.get(n, []) if sec == "organisations"]
        return Mention("organisations", text, x.cstart, x.cend + len(tail), refs[:1], 0.6,
                       None if refs else {"name": name, **({"aliases": [text]} if text != name else {}), "kind": kind})

    def units_of_federations(self, out: list[Mention]) -> list[Mention]:
        """全国总工会女职工委员会, 省总工会女职办, 全国总工会办公厅, 市委社会工作部: a union federation's or a
        Party committee's unit printed right after it, whole (never the federation or the committee alone)."""
        found = []
        for x in out:
            if x.section != "organisations":
                continue
            rx = _FEDERATION_UNIT_RX if x.name.endswith(("总工会", "全总")) else _COMMITTEE_UNIT_RX if x.name.endswith("委") else None
            m = rx.match(self.compact, x.cend) if rx is not None else None
            if m is None or any(y.section == "organisations" and y.cstart <= x.cstart and m.end() <= y.cend for y in out):
                continue
            kind = (x.proposal or {}).get("kind") or next((getattr(self.reg.organisations[e], "kind", None) for e in x.ids
                                                           if e in self.reg.organisations), None)
            found.append(self._with_tail(x, m.group(0), "party" if kind == "party" else "association"))
        return found

    def centres_of_unions(self, out: list[Mention]) -> list[Mention]:
        """某市总工会职工服务中心, 市总工会困难职工帮扶中心, 某省总工会新时代职工文明实践中心, 某支行工会爱心驿站: a
        union's centre or station printed right after it, whole (never the union alone)."""
        found = []
        for x in out:
            m = _UNION_CENTRE_RX.match(self.compact, x.cend) if x.section == "organisations" and x.name.endswith(("工会", "市总", "县总", "区总")) else None
            if m is not None and m.group(0).endswith("驿站") and self.compact[x.cstart - 1:x.cstart] not in ("：", ":", "、", "，", ",", "“", "（", "(", "\n", ""):
                continue  # (a station printed as a name heads a list or an item; 小而美的工会驿站, 全国和某省最美工会驿站: words)
            if m is None or any(y.section == "organisations" and y.cstart <= x.cstart and m.end() <= y.cend for y in out):
                continue
            found.append(self._with_tail(x, m.group(0), "facility"))
        return found

    def colleges_of_bodies(self, out: list[Mention]) -> list[Mention]:
        """浙江工业大学继续教育学院, 市工会干部学校隆中校区: a university's college or a school's campus printed
        right after it, whole (never the university alone)."""
        found = []
        for x in out:
            m = _COLLEGE_RX.match(self.compact, x.cend) if x.section == "organisations" and x.name.endswith(("大学", "学院", "学校")) else None
            if m is None or any(y.section == "organisations" and y.cstart <= x.cstart and m.end() <= y.cend for y in out):
                continue
            found.append(self._with_tail(x, m.group(0), "school"))
        return found

    def joint_unions(self, out: list[Mention]) -> list[Mention]:
        """张家港市快递行业联合工会, 某大厦楼宇联合工会 (jieba: 联合/v 工会), 某港口汽车运输行业工会联合会: a joint
        union or a federation of a trade's unions, named whole from a mark or a verb of founding; never a kind
        (行业联合工会, 各类联合工会, 市工会联合会)."""
        found = []
        for m in _JOINT_UNION_RX.finditer(self.compact):
            a, name = m.start(1), m.group(1)
            if name.startswith("国家机关") and self.compact.endswith("中央和", 0, a):
                a, name = a - 3, "中央和" + name  # 中央和国家机关工会联合会: the 和 inside the central bodies' name
            head = name[:-4] if name.endswith("联合工会") else name[:-6] if name.endswith("总联合会") else name[:-5]
            words = [(w, f) for w, f, pos in self.ctx.tokens if a <= pos < a + len(head)]
            if re.fullmatch(r"(?:各类|各级|基层|新|区域性?|行业性?|楼宇|园区|企业|社区|村级?|乡镇|街道|片区|小微企业|灵活就业人员|[省市县区]级?|新业态|新就业形态)*"
                            r"(?:行业|楼宇|企业|产业)?", head) \
                    or not words or words[0][1] in ("m", "d", "v", "vd", "p", "c", "r", "q", "a") or any(f == "m" for _w, f in words) \
                    or words[0][0] in ("全市", "全县", "全区", "全省", "社区", "村级", "乡镇", "街道", "园区", "行业", "楼宇", "企业", "各类") \
                    or any(w in ("推进", "发挥", "重视", "建立", "成立", "组建", "推动", "指导", "利用", "通过", "借助", "依托") for w, _f in words) \
                    or any(x.section == "organisations" and x.cstart <= a and m.end(1) <= x.cend and x.cend - x.cstart > len(name) for x in out):
                continue
            found.append(self._body(name, a, m.end(1), 0.6, "union"))
        return found

    def trade_unions(self, out: list[Mention]) -> list[Mention]:
        """宜昌市快递行业工会, 兴山快递行业工会, 宁德市快递行业工会联合会: a place's union of a trade (行业 alone
        heads no name: the walk stops at it), named from the place printed right before the trade."""
        found = []
        for m in re.finditer(rf"({SECTORS_RX.pattern})行业(?:工会联合会|联合工会|工会)(?!联合会|委员会)", self.compact):
            a = m.start()
            k = next((k for k in range(min(a, 8), 1, -1) if self.compact[a - k:a] in self.gaz
                      and self.compact[a - k:a] not in WORD_PLACES), 0)
            if not k or any(x.section == "organisations" and x.cstart <= a - k and m.end() <= x.cend for x in out):
                continue
            found.append(self._body(self.compact[a - k:m.end()], a - k, m.end(), 0.6, "union"))
        return found

    def delegations(self, out: list[Mention]) -> list[Mention]:
        """松江代表队斩获8金, 昆明市代表团获得金牌: a place's team at a contest, named from the place printed right
        before 代表队 or 代表团 (never 23支代表队, 各代表队: a count or a kind)."""
        found = []
        for m in re.finditer(r"代表[队团](?!长|成员|队员|员)", self.compact):
            a = m.start()
            k = next((k for k in range(min(a, 8), 1, -1) if self.compact[a - k:a] in self.gaz
                      and self.compact[a - k:a] not in WORD_PLACES), 0)
            listed = re.search(r"(?:^|(?<=[、，,。；：“]))((?:(?![各等支个名的在和与及是为])[\u4e00-\u9fff]){2,8})$", self.compact[max(0, a - 9):a])
            if not k and listed and not re.search(r"派出|选派|组成|组队|参加|工会$", listed.group(1)) and (
                    self.compact[a - len(listed.group(1)) - 1:a - len(listed.group(1))] == "、"
                                     or self.compact[m.end():m.end() + 1] == "、"):
                k = len(listed.group(1))  # 昆明市代表团、滇中新区代表团、职业院校代表团: each team of a list of them, named as printed
            if k and self.compact[a - k:a] in ("香港", "澳门", "台湾") and self.compact[a - k - 2:a - k] == "中国":
                k += 2  # 中国香港代表团: the team's name as the contests give it
            if not k or any(x.section == "organisations" and x.cstart < m.end() and a - k < x.cend and x.cend > a for x in out):
                continue
            lo, hi = self.ctx.sentence_at(a)
            if m.group(0) == "代表团" and not re.search(r"赛|金牌|银牌|铜牌|[金银铜]\d|\d[金银铜]|奖|名次", self.compact[lo:hi]):
                continue  # (某县代表团走进某集团: a visit's delegation, no contest's team)
            found.append(self._body(self.compact[a - k:m.end()], a - k, m.end(), 0.5, MARKER))
        return found

    def volunteer_teams(self, out: list[Mention]) -> list[Mention]:
        """厦门市劳模志愿队, 临海市“劳模匠心”志愿服务队, 工会法律志愿服务队: a volunteer team with a name of its own (its
        place or level, or the models, craftsmen, workers, lawyers or union it is of), named whole from a mark or a verb
        of founding; never a kind (志愿服务队, 各类志愿服务队, 20支志愿服务队)."""
        found = []
        for m in _VOLUNTEER_TEAM_RX.finditer(self.compact):
            a, name = m.start(1), m.group(1)
            if name.startswith("“") and "”" not in name:
                a, name = a + 1, name[1:]  # (“临海市…服务队: a mark opening a quotation the name is only part of)
            before = name.split("“")[0] if "“" in name else ""
            if name.count("“") != name.count("”") or before and not any(before[:k] in self.gaz for k in range(2, len(before) + 1)):
                continue  # (…”志愿服务队 inside a quotation; 市总工会授旗“工会…: only a place before a quoted name)
            head = re.sub(r"(?:志愿服务总?队|志愿者服务队|志愿队|服务队)$", "", name)
            placed = any(head[:k] in self.gaz for k in range(2, min(8, len(head)) + 1)) or head[:1] in "省市县区"
            if not (placed or re.search(r"劳模|工匠|职工|工会|法律|巾帼|“", head)) \
                    or re.search(r"[\d各多支个类批已]|一支|成立|组建|建立|目前|开展|发展", head) \
                    or any(x.section == "organisations" and x.cstart <= a and m.end(1) <= x.cend and x.cend - x.cstart > len(name) for x in out):
                continue
            found.append(self._body(name, a, m.end(1), 0.5, "association"))
        return found

    def organising_committees(self, out: list[Mention]) -> list[Mention]:
        """由大赛组委会授予, 大赛组委会对获得…的选手: a contest's or an event's organising committee printed by its kind
        alone (the walk takes 大赛 for no name), as printed."""
        found = []
        for m in _ORGANISING_COMMITTEE_RX.finditer(self.compact):
            if any(x.section == "organisations" and x.cstart < m.end(1) and m.start(1) < x.cend for x in out):
                continue
            found.append(self._body(m.group(1), m.start(1), m.end(1), 0.5, MARKER))
        return found

    def numbered_schools(self, out: list[Mention]) -> list[Mention]:
        """某市第一六八中学校, 某县第二小学: a school by its number after its place (jieba cuts the
        number apart: 第一/m 六/m 八中/t 学校), named from the place printed right before it."""
        found = []
        for m in _NUMBERED_SCHOOL_RX.finditer(self.compact):
            a = m.start()
            k = next((k for k in range(min(a, 12), 1, -1) if self.compact[a - k:a] in self.gaz
                      and self.compact[a - k:a][-1] in "省市县区旗州"), 0)
            if not k or any(x.section == "organisations" and x.cstart < m.end() and a - k < x.cend for x in out):
                continue
            name = self.compact[a - k:m.end()]
            found.append(self._body(name, a - k, m.end(), 0.6, "school"))
        return found

    def numbered_companies(self, out: list[Mention]) -> list[Mention]:
        """一公司、二公司、三公司和研究院: a group's companies by their numbers, as a group's own pages list them
        (two or more in a row); never 一公司 alone (a company)."""
        found = []
        for run in _NUMBERED_COMPANY_RUN_RX.finditer(self.compact):
            for m in re.finditer(r"[一二三四五六七八九十]{1,2}(?:分)?公司", run.group(0)):
                a, b = run.start() + m.start(), run.start() + m.end()
                if not any(x.section == "organisations" and x.cstart < b and a < x.cend for x in out):
                    found.append(self._body(m.group(0), a, b, 0.5, "enterprise-unit"))
        return found

    def open_universities(self, out: list[Mention]) -> list[Mention]:
        """国家开放大学, 福建开放大学, 浙江开放大学: an open university by its country's or its province's name (jieba
        cuts 开放 off as a verb), unless a name found holds it."""
        found = []
        for m in re.finditer(r"开放大学", self.compact):
            a = m.start()
            k = 2 if self.compact[a - 2:a] == "国家" else next(
                (k for k in range(min(a, 9), 1, -1) if self.compact[a - k:a] in self.gaz), 0)
            if not k or any(x.section == "organisations" and x.cstart < m.end() and a - k < x.cend for x in out):
                continue
            found.append(self._body(self.compact[a - k:m.end()], a - k, m.end(), 0.6, "school"))
        return found

    def model_workers_studios(self, out: list[Mention]) -> list[Mention]:
        """某某劳模和工匠人才创新工作室: a studio named after its head, whose kind's name holds 和 (jieba
        cuts it: 杨某某/nr 劳模 和 工匠 人才 创新 工作室); from the person's name, whatever is before it."""
        found = []
        for m in _MODEL_STUDIO_RX.finditer(self.compact):
            at = next((m.start() - n for n in (3, 2) if (tok := self.ctx.tok_at(m.start() - n)) is not None
                       and tok[1] in ("nr", "nrfg") and len(tok[0]) == n), None)  # (the head's name, as jieba gives it)
            if at is None:
                continue
            name = self.compact[at:m.end()]
            found.append(self._body(name, at, m.end(), 0.6, "studio"))
        return found

    def listed_with_a_body(self, out: list[Mention]) -> list[Mention]:
        """江海镇纺织产改指导站、职工服务中心、劳模工匠集群工作室和…: in a list that names a body,
        the items that end as a unit does (服务中心, 工作室, 服务站 …) are units too."""
        found = []
        bodies = [x for x in out if x.section == "organisations"]
        for m in re.finditer(r"(?:(?:(?![，。；：、“”和及与])[\u4e00-\u9fff]){2,16}(?:、|和|及|与)){1,8}"
                             r"(?:(?![，。；：、“”和及与])[\u4e00-\u9fff]){2,16}", self.compact):
            items, pos = [], m.start()
            for part in re.split(r"(、|和|及|与)", m.group(0)):
                if part in ("、", "和", "及", "与"):
                    pos += 1
                    continue
                items.append((pos, part))
                pos += len(part)
            if not any(a <= x.cstart and x.cend == a + len(t) for a, t in items for x in bodies):
                continue  # no body of its own in the list (the first item may start with the words before it)
            for n, (a, t) in enumerate(items):
                if n == 0 and a > 0 and self.compact[a - 1] not in "，。；：“”（(" and a not in self._line_starts:
                    continue  # the first item may hold the words before the list (听取了…)
                if n == len(items) - 1 and re.match(r"[\u4e00-\u9fff]{2,10}?工会等", t):
                    t = t[:t.index("工会等") + 2]  # …、海员工会等五大工团: the last item ends before 等
                unit = re.search(r"(?:服务中心|工作室|指导站|服务站|工作站)$", t)
                if unit is None and t.endswith("工会") and t[:-2] not in _GENERIC_HEADS and not re.search(r"[总分级层]工会$", t) and \
                        any(x.name.endswith("工会") and a2 <= x.cstart and x.cend == a2 + len(t2) for a2, t2 in items for x in bodies):
                    unit = re.search("工会$", t)  # 某市纺织工会、印刷工会、海员工会: unions of trades, listed with one named in full
                if unit is None or len(t) - len(unit.group(0)) < 2 or t[:1] in "各等该本全" or \
                        any(x.section == "organisations" and x.cstart < a + len(t) and a < x.cend for x in itertools.chain(out, found)):
                    continue
                found.append(self._body(t, a, a + len(t), 0.45, "studio" if t.endswith("工作室") else "union" if t.endswith("工会") else MARKER))
        return found

    def shorter_names(self, out: list[Mention]) -> list[Mention]:
        """…要把新能源劳模工匠创新工作室联盟建成…: a studio or an alliance printed again with part
        of its name left out (the enterprise, a bracket), its words those of the name printed before."""
        found = []
        named = [x for x in out if x.section == "organisations" and len(x.name) >= 10 and x.name.endswith(("工作室联盟", "工作室"))]
        for x in named:
            for m in _SHORTER_NAME_RX.finditer(self.compact, x.cend):
                cand, a = m.group(1), m.start(1)
                if cand == x.name or not x.name.endswith("联盟" if cand.endswith("联盟") else "工作室"):
                    continue
                chars = iter(x.name)
                if not all(c in chars for c in cand) or \
                        len(re.sub(r"劳模|工匠|创新|工作室|联盟|职工|技能|大师|人才|和", "", cand)) < 3 or \
                        any(y.section == "organisations" and y.cstart < a + len(cand) and a < y.cend for y in itertools.chain(out, found)):
                    continue  # not the earlier name's words in order; a kind (劳模创新工作室联盟); already named
                full = (x.proposal or {}).get("name") or next((self.reg.organisations[e].name for e in x.ids
                                                              if e in self.reg.organisations), x.name)
                found.append(Mention("organisations", cand, a, a + len(cand), x.ids[:1], 0.45,
                                     None if x.ids else {"name": full, "aliases": [cand], "kind": (x.proposal or {}).get("kind", MARKER)}))
        return found

    def short_forms(self, out: list[Mention]) -> list[Mention]:
        """贵阳铝镁设计研究院有限公司（以下简称“贵阳院”）: the short form a page gives a body, at each
        later place it is printed (贵阳院党委书记: the post of 贵阳院)."""
        found = []
        for m in SHORT_FORM_RX.finditer(self.compact):
            body = next((x for x in out if x.section == "organisations" and x.cend == m.start()), None)
            short = m.group(1)
            if body is None or short in _GENERIC_HEADS or short in ("公司", "集团", "工会"):
                continue
            full = (body.proposal or {}).get("name") or next(
                (self.reg.organisations[e].name for e in body.ids if e in self.reg.organisations), body.name)
            for k in [x.start() for x in re.compile(re.escape(short)).finditer(self.compact, m.end())]:
                if any(x.section == "organisations" and (x.cstart, x.cend) == (k, k + len(short)) or
                       x.section == "organisations" and x.cstart < k < x.cend for x in out):
                    continue  # the short form inside another name
                found.append(Mention("organisations", short, k, k + len(short), body.ids[:1], 0.6,
                                     None if body.ids else {"name": full, "aliases": [short], "kind": (body.proposal or {}).get("kind", MARKER)}))
        return found

    def shared_body_suffix(self, out: list[Mention]) -> list[Mention]:
        """余姚市、慈溪市总工会: places listed before the last one's body share its name's ending,
        each a body of its own (余姚市总工会)."""
        found = []
        regions = {x.cend: x for x in out if x.section == "regions"}
        for x in [x for x in out if x.section == "organisations"]:
            r = next((y for y in out if y.section == "regions" and y.cstart == x.cstart and y.cend < x.cend), None)
            if r is None or not re.fullmatch(r"总工会|工会|人民政府|政府|人社局|教育局|财政局", self.compact[r.cend:x.cend]):
                continue
            ending, at = self.compact[r.cend:x.cend], x.cstart
            while self.compact[at - 1:at] == "、" and (at - 1) in regions:
                prev = regions[at - 1]
                if prev.name[-1:] != r.name[-1:] or any(y.section == "organisations" and y.cstart <= prev.cstart < y.cend
                                                        for y in itertools.chain(out, found)):
                    break  # a place of another level, or already in a name
                name = self._full_region_name(prev) + ending
                refs = [e for n in (name, prev.name + ending) for sec, e in self.names.get(n, []) if sec == "organisations"]
                found.append(Mention("organisations", prev.name, prev.cstart, prev.cend, refs[:1], 0.5,
                                     None if refs else {"name": name, **({"aliases": [prev.name + ending]} if prev.name + ending != name else {}),
                                                        "kind": (x.proposal or {}).get("kind", MARKER)}))
                at = prev.cstart
        return found

    def listed_enterprises(self, out: list[Mention]) -> list[Mention]:
        """Enterprises listed before 等…企业: 货拉拉、滴滴、快狗等平台企业."""
        found: list[Mention] = []
        # (an item may hold its place in brackets: 明远（宜宾）新材料产业园)
        item_rx = r"[\u4e00-\u9fffA-Za-z]{2,10}(?:[（(][\u4e00-\u9fff]{2,4}[）)][\u4e00-\u9fffA-Za-z]{1,6})?"
        # (or with their count and no 等: 再添甲制药、乙集团3家试点企业)
        for m in re.finditer(rf"(?<![）)])((?:{item_rx}、)+{item_rx})(?:等(?:\d+家|[一二三四五六七八九十]+家)?|(?<!等)(?:\d+|[两二三四五六七八九十]+)家)"
                             rf"[\u4e00-\u9fff]{{0,8}}?(?:企业|机构|公司|平台)", self.compact):
            if re.match(r"(?:职工)?(?:职业)?(?:技能|劳动)?(?:大赛|竞赛|比赛|比武|培训)", self.compact[m.end():m.end() + 8]):
                continue  # 藏毯绒纺、铜箔制造等重点企业技能大赛: the trades of the contests, no firms
            if re.match(r"等[与和及对为向在把将从同跟]", self.compact[m.end(1):m.end(1) + 2]) or self.compact[:m.start(1)].endswith(("围绕", "关于", "涉及")):
                continue  # 围绕福利待遇、技能培训等与企业发展…相关的议题: topics, 企业 of another phrase, no firms
            if re.match(r"等(?:[\d一二两三四五六七八九十]+[名位个]?)?人", self.compact[m.end(1):m.end(1) + 6]):
                continue  # 纪某某、张某某等人反映企业欠薪: people, no firms
            if re.match(r"等(?:[\d一二两三四五六七八九十]+[个项类种方面]*)?(?:问题|情况|方面|行为|现象|事项|隐患|风险|内容)", self.compact[m.end(1):m.end(1) + 8]):
                continue  # 未建工会、拖欠工资等问题向企业发出意见书: what was found wrong, no firms
            if any(re.search(r"(?:网站|网|群|微信|公众号|视频号|客户端|APP|App|抖音|微博|小程序|热线|专栏|电视台|广播)$", x) for x in m.group(1).split("、")):
                continue  # 依托政府网站、工作群等平台: the channels the news goes by, no firms
            if re.match(r"等?(?:\d+个|[一二三四五六七八九十]+个)?(?:行业|领域|产业|业态)", self.compact[m.end(1):m.end(1) + 6]) or any(
                    SECTORS_RX.fullmatch(x) for x in m.group(1).split("、")):
                continue  # 商贸、餐饮、加工、文旅等行业的小微企业: trades (one a known trade: all are), no firms
            pos = m.start(1)
            for item in m.group(1).split("、"):
                start, pos = pos, pos + len(item) + 1
                bracket = re.search(r"[（(]([\u4e00-\u9fff]+)[）)]", item)
                if bracket and bracket.group(1) not in self.gaz:
                    continue  # only a place in brackets: 明远（宜宾）…
                lead = re.match(r"(?:推动|组织|联合|指导|督促|引导|协调|推进|其中包括|包括|来自|如|像|与|和|在|对|以|聚焦|围绕|针对|面向|覆盖"
                                r"|向|给|赴|走访|慰问|看望)"  # (向甲公司、乙公司等多家企业送去…: the list after the preposition)
                                r"(?:辖区|全市|全区|全县|全省|本地|当地)?", item) or \
                    re.match(r".*(?:再添|新添|增添|新增|培育出|涌现出|评选出|遴选出|已有|现有|共有|拥有|[\u4e00-\u9fff]{2}了(?!么))", item)  # (某县再添…, 选定了…, 我市已有…: the list after the verb; never 饿了么)
                if lead:
                    item, start = item[lead.end():], start + lead.end()
                if re.fullmatch(r"(?:全[省市县区])?(?:选树|培育|培养|打造|建设|创建|新建|命名|认定|推荐|表彰|扶持|支持|引进|评选|遴选|孵化|服务)", item):
                    continue  # 选树、培育33家民营企业: what is done to the firms, no firms
                if SECTORS_RX.fullmatch(item) or re.search(r"(?:[及和与]|代表|职工|工人|群众)$", item):
                    continue  # 聚焦快递物流、网约车等重点企业: trades; 劳模工匠代表以及15家…企业: people, no firms
                joined = re.match(r".*[及和与]", item)  # …在陕分支机构及货达网络: the list starts after 及
                if joined and len(item) - joined.end() >= 2 and joined.end() >= 3:  # (never 狼和医疗器械: a name)
                    item, start = item[joined.end():], start + joined.end()
                if any(x.cstart <= start < x.cend for x in itertools.chain(out, found)) or \
                        len(re.sub(r"[（(].*?[）)]", "", item)) > 8:
                    continue
                refs = [e for sec, e in self.names.get(item, []) if sec == "organisations"]
                found.append(Mention("organisations", item, start, start + len(item), refs, 0.6,
                                     None if refs else {"name": item, "kind": "enterprise"}))
        return found

    def company_units(self, out: list[Mention]) -> list[Mention]:
        """某农村商业银行股份有限公司某某支行, 某财产保险股份有限公司某某中心支公司, 某烟草工业有限责任公司某某卷烟厂: a company's branch or
        plant named from its place right after the company's registered name, named whole."""
        found = []
        for m in out:
            if m.section != "organisations" or not re.search(r"有限(?:责任)?公司$", m.name):
                continue
            unit = re.match(r"([\u4e00-\u9fff]{2,3}?)(?:中心支行|中心支公司|支行|分行|分公司|支公司|卷烟厂|分厂|营业部)", self.compact[m.cend:m.cend + 9])
            if unit is None or unit.group(1) not in self.gaz:
                continue
            name = self.compact[m.cstart:m.cend + unit.end()]
            found.append(self._body(name, m.cstart, m.cend + unit.end(), 0.6, "enterprise"))
        return found

    def listed_units(self, out: list[Mention]) -> list[Mention]:
        """The units a body's entry lists (设组织部等12个部门; 5个产业工会分别是A、B; 4个事业单位分别是C、D)
        and a national industrial union (中国海员建设工会全国委员会): each unit by the name printed."""
        found: list[Mention] = []
        spans = [(m.start(1), m.group(1)) for m in re.finditer(
            r"(?:\d+|[一二三四五六七八九十]+)个[\u4e00-\u9fff]{0,6}?(?:工会|单位|部门|机构|中心|协会|学校)(?:分别)?(?:是|为|包括)[：:]?"
            r"((?:[\u4e00-\u9fff]{2,14}、)+[\u4e00-\u9fff]{2,14})(?=[；;。，,\n]|$)", self.compact)]
        spans += [(m.start(1), m.group(1)) for m in re.finditer(
            r"设((?:[\u4e00-\u9fff]{2,10}、)*[\u4e00-\u9fff]{2,10}?)等(?:\d+|[一二三四五六七八九十]+)个(?:部门|机构|处室)", self.compact)]
        # 市机械轻化工会、市国防及中省直企业工会等产业工会: the sectoral unions a list names, each whole
        spans += [(m.start(1), m.group(1)) for m in re.finditer(
            r"(?:(?<=[，,。；：:“])|(?<=^))((?:[市省](?:(?![，,、。；：:])[\u4e00-\u9fff]){2,14}?工会、)*"
            r"[市省](?:(?![，,、。；：:])[\u4e00-\u9fff]){2,14}?工会)等(?:\d+个)?(?:产业|行业)工会", self.compact)]
        for pos, items in spans:
            for item in items.split("、"):
                start, pos = pos, pos + len(item) + 1
                if not item.endswith(_UNIT_ENDINGS):
                    continue  # 3个中心分别是研发、生产: no body's name
                kind = "union" if item.endswith("工会") else MARKER
                found.append(self._body(item, start, start + len(item), 0.55, kind))
        for m in re.finditer(r"(?<=、)((?:(?![、，,。；：:等和与及])[\u4e00-\u9fff]){2,16}?(?:股份)?有限(?:责任)?公司)(?=[、，,。；等])", self.compact):
            # …发电有限公司、华翔翔能科技股份有限公司、…: an item of a list of registered companies, whole
            if any(x.section == "organisations" and x.cstart <= m.start(1) and m.end(1) <= x.cend for x in out):
                continue
            name, at = m.group(1), m.start(1)
            verb = re.match(r".*(?:[们到在向了对]|先后|分别)", name)
            if verb:  # 、工匠们先后到某科技有限公司: the list of people goes on with a verb; the firm after it
                name, at = name[verb.end():], at + verb.end()
                if len(name) < 6:
                    continue
            found.append(self._body(name, at, at + len(name), 0.6, "enterprise"))
        for m in re.finditer(r"中国[\u4e00-\u9fff]{2,12}?工会全国委员会", self.compact):
            name = m.group(0)
            found.append(self._body(name, m.start(), m.end(), 0.6, "union"))
        return found

    def bare_federation(self, out: list[Mention]) -> list[Mention]:
        """总工会 printed alone (a yearbook entry's heading, 2021年总工会召开…, …部长、总工会副主席):
        the one federation the page names in full, else the printed word for the annotator."""
        found: list[Mention] = []
        full = {(m.ids[0] if m.ids else None, (m.proposal or {}).get("name", m.name)): m for m in out
                if m.section == "organisations" and m.name.endswith("总工会") and len(m.name) > 5 and "全国" not in m.name}
        for m in re.finditer(r"(?:(?<![\u4e00-\u9fff）)])|(?<=[年、]))总工会(?![\u4e00-\u9fff]{0,4}(?:工作部|部))", self.compact):
            # (各县区（开发区）总工会: the federations of a kind of place, no body)
            if any(x.cstart <= m.start() < x.cend for x in out):
                continue
            if len(full) == 1:
                (ref, name), = full
                found.append(Mention("organisations", "总工会", m.start(), m.end(), [ref] if ref else [], 0.5,
                                     None if ref else {"name": name, "aliases": ["总工会"], "kind": "union-federation"}))
            else:
                found.append(Mention("organisations", "总工会", m.start(), m.end(), [], 0.4,
                                     {"name": "总工会", "kind": "union-federation",
                                      "note": "printed alone: add the place of the federation meant"}))
        return found

    def party_committees(self, out: list[Mention]) -> list[Mention]:
        """神木市委, 安康市委: the Party committee of a region."""
        found = []
        for r in [x for x in out if x.section == "regions"]:
            after = re.match(r"[省市县区]?委(?!员)", self.compact[r.cend:r.cend + 3])
            if after:
                place = (r.proposal or {}).get("name") or self.reg.regions[r.ids[0]].name
                found.append(self._committee(r.cstart, r.cend + len(after.group(0)), place, r.name + after.group(0)))
        for word, _flag, pos in self.ctx.tokens:  # 娄底市委/n 常委: the place and 委 one word to jieba, no region of its own
            place = word[:-1]
            if len(word) < 4 or not word.endswith("委") or place[-1] not in "省市县区州" or \
                    not any(pl.name == place for pl in self.gaz.get(place, [])) or \
                    any(x.section in ("organisations", "regions") and x.cstart < pos + len(word) and pos < x.cend
                        for x in itertools.chain(out, found)):
                continue
            found.append(self._committee(pos, pos + len(word), place, word))
        return found

    def _committee(self, at: int, end: int, place: str, short: str) -> Mention:
        """The committee of ``place`` printed at compact [at, end) (某市委, 中共某市委): the Party's; the
        Youth League's after 共青团 or 团 (共青团某市委); its school with 党校 after it (某区委党校)."""
        city = next((n for n in (3, 4, 2, 5) if self.compact[max(0, at - n):at].endswith(("市", "州", "盟"))
                     and self.compact[at - n:at] in self.gaz and short[-2:-1] in "区县"), 0)
        at -= city  # (济宁市任城区委: the district's committee printed with its city, as one name)
        name, start = f"中共{self.compact[at:at + city]}{place}委员会", self._cpc_start(at)
        league = re.search(r"(?:共青团|(?<!集)团)$", self.compact[max(0, start - 3):start])
        kind = "party"
        if league:  # 共青团马鞍山市委: the Youth League's committee of the place, no Party body
            name, start, kind = "共青团" + name[2:], start - len(league.group(0)), "association"
        elif self.compact.startswith("党校", end):  # 任城区委党校: the committee's school
            name, end, short, kind = name + "党校", end + 2, short + "党校", "school"
        text = self.compact[start:end]
        refs = [e for n in (text, short, name) for sec, e in self.names.get(n, []) if sec == "organisations"]
        return Mention("organisations", text, start, end, refs[:1], 0.6,
                       None if refs else {"name": name, "aliases": [text], "kind": kind})

    def _cpc_start(self, at: int) -> int:
        """Where a Party committee's name starts that begins at ``at`` or with 中共 before it (中共大连市委: as printed)."""
        return at - 2 if self.compact[at - 2:at] == "中共" else at

    def this_body(self, out: list[Mention]) -> list[Mention]:
        """该项目分工会, 该公司工会: the union (or Party branch) of the nearest body of that kind
        named before it in the story (…1标项目部 → …1标项目分工会)."""
        found = []
        for m in _THIS_BODY_RX.finditer(self.compact):
            kind, unit = m.group(1).rstrip("部"), m.group(2)
            lo, _hi = self.ctx.crange(self.ctx.story_at(m.start())["span"])
            base = None
            for x in out:
                if x.section != "organisations" or not lo <= x.cstart < m.start():
                    continue
                full = (x.proposal or {}).get("name") or next((self.reg.organisations[e].name for e in x.ids
                                                              if e in self.reg.organisations), x.name)
                if re.search(kind + "部?$", full):
                    base = re.sub("部$", "", full) if kind == "项目" else full
            if base is None:
                continue
            name = base + unit
            refs = [e for sec, e in self.names.get(name, []) if sec == "organisations"]
            found.append(Mention("organisations", m.group(0), m.start(), m.end(), refs[:1], 0.5,
                                 None if refs else {"name": name, "kind": "union" if "工会" in unit else "party"}))
        return found

    def media(self, out: list[Mention]) -> list[Mention]:
        """在中工网刊登, 在学习强国刊发, 在陕西工人报头版头条专题报道: where a story was published
        is a medium or platform, whatever its name ends in."""
        found = []
        papers = [(m.group(1), m.start(1)) for rx in (_PAPER_RX, _CITED_MEDIUM_RX) for m in rx.finditer(self.compact)]
        for name, at in [(m.group(1), m.start(1)) for m in _MEDIA_RX.finditer(self.compact)] + papers:
            if any(x.section == "organisations" and x.cstart <= at < x.cend for x in out) or name in _GENERIC_HEADS \
                    or name[-1] in "的了中上" or re.fullmatch(r"头版|头条|头版头条|[一二三四五六七八九十\d]+版", name) \
                    or re.search(r"不得|不可|禁止|严禁", name) or self.compact[at - 2:at] == "未经":
                # (在头版刊发: the page of a paper, no medium; 未经授权不得转载: a site's notice)
                continue
            found.append(self._body(name, at, at + len(name), 0.6, "media"))
        return found

    def dateline_media(self, out: list[Mention]) -> list[Mention]:
        """The medium of a story's dateline (新华网合肥5月11日电 → 新华网, 中国青年报客户端北京7月29日电
        → 中国青年报) and the media of its byline (（中青报·中青网记者…） → 中青报, 中青网)."""
        found: list[Mention] = []
        ranges = [self.ctx.crange(story["span"]) for story in self.ctx.stories]
        if ranges and ranges[0][0] > 0:  # the page's lead before its first story (中国网武汉3月4日讯 …, then a part's title)
            ranges.insert(0, (0, ranges[0][0]))
        for lo, hi in ranges:
            dl = dateline(self.compact, lo, hi)
            spans = []
            # (a headline the dateline's pattern runs on from: the dateline opens the next line)
            at = max([k for k in self._line_starts if dl.start() < k < dl.end()], default=dl.start()) if dl else None
            if dl and at in self._line_starts and "通讯" not in dl.group(0):  # a dateline opens a line
                m = _DATELINE_MEDIUM.match(self.compact, at, dl.end())
                if m:
                    spans.append((m.start(1), m.end(1)))
            for k in sorted(x for x in self._line_starts if lo <= x < min(hi, lo + 200)):
                lead = _SITE_DATE_RX.match(self.compact, k)  # (after the site's date on its line)
                m = _MESSAGE_DATELINE.match(self.compact, lead.end() if lead else k)  # 中国之声网南宁5月6日消息: a dateline the time rules leave
                if m and (m.start(1), m.end(1)) not in spans:
                    spans.append((m.start(1), m.end(1)))
            for m in _BYLINE_MEDIA.finditer(self.compact, lo, min(hi, lo + 120)):
                pos = m.start(1)
                for item in re.split(r"[·・、/／-]", m.group(1)):
                    spans.append((pos, pos + len(item)))
                    pos += len(item) + 1
            for a, b in spans:
                name = self.compact[a:b]
                if any(x.section == "organisations" and x.cstart <= a and b <= x.cend for x in itertools.chain(out, found)) or \
                        re.search("本报|本刊", name) or any(a < k < b for k in self._line_starts):
                    continue  # a headline before 本报讯 is no medium
                found.append(self._body(name, a, b, 0.6, "media"))
        return found

    @functools.cached_property
    def _line_starts(self) -> frozenset[int]:
        return frozenset(self.ctx.crange(Span(a, a))[0] for a, _b, _raw in text_lines(self.ctx.page.text))

    def platform_brands(self, out: list[Mention]) -> list[Mention]:
        """美团、饿了么、滴滴、货拉拉: a platform or courier firm by its brand, in a list of them or before what it runs
        (美团外卖骑手, 顺丰快递员, 滴滴平台), never inside a word (点点滴滴) or another name."""
        found = []
        for m in _PLATFORM_BRAND_RX.finditer(self.compact):
            if any(x.section == "organisations" and x.cstart <= m.start() < x.cend for x in itertools.chain(out, found)):
                continue
            found.append(self._firm(m.group(1) or m.group(2) or m.group(3), m.start(), m.end(), 0.55))
        return found

    def grid_companies(self, out: list[Mention]) -> list[Mention]:
        """国网安徽电力, 国网泰州供电公司, 国网大庆供电公司: the State Grid's company of a province or a city, printed
        with the grid's short name, the place and its trade, one name (never 国网 alone)."""
        found = []
        for m in _GRID_COMPANY_RX.finditer(self.compact):
            place = m.group(1)
            if place not in self.gaz and place.rstrip("省市县") not in self.gaz or any(
                    x.section == "organisations" and x.cstart <= m.start() and m.end() <= x.cend and x.cend - x.cstart > m.end() - m.start()
                    for x in out):
                continue
            found.append(self._firm(m.group(0), m.start(), m.end(), 0.6))
        return found

    def mutual_aid_societies(self, out: list[Mention]) -> list[Mention]:
        """中国职工保险互助会重庆办事处, 广东省职工保障互助会, 苏州市职工互助互济会: a union's mutual-aid society
        (or its office), whose name jieba cuts at 保障/v and 互助/v; one name."""
        found = []
        for m in _MUTUAL_AID_RX.finditer(self.compact):
            if any(x.section == "organisations" and x.cstart <= m.start() and m.end() <= x.cend and x.cend - x.cstart > m.end() - m.start()
                   for x in out):
                continue
            start, head = m.start(), m.group(0)[:m.group(0).index("职工")]
            if head and head != "中国":  # (2025年广东省职工保障互助会: the name starts at its place)
                k = next((k for k in range(len(head)) if any(head[k:k + n] in self.gaz for n in (2, 3, 4))), len(head))
                start += k
            found.append(self._body(self.compact[start:m.end()], start, m.end(), 0.6, "association"))
        if found:  # …互助会在某市有三个代办处。顺德代办处全年…: the society's office, printed by its place
            for m in _AID_OFFICE_RX.finditer(self.compact):
                if m.group(1) in self.gaz and not any(x.cstart <= m.start() < x.cend for x in itertools.chain(out, found)):
                    found.append(self._body(m.group(0), m.start(), m.end(), 0.55, "association"))
        return found

    def sar_labour_bodies(self, out: list[Mention]) -> list[Mention]:
        """工联会, 澳工联, 劳联, 劳工处, 劳工局: the labour bodies of Hong Kong, Macau and Taiwan as their pages print
        them short, a name of their own (never inside a longer name found)."""
        found = []
        at_lines = (x for k in sorted(self._line_starts) for x in [_SAR_LABOUR_AT_RX.match(self.compact, k)] if x)
        for m in itertools.chain(_SAR_LABOUR_RX.finditer(self.compact), at_lines):  # (工联会议员某某… opening a line)
            if any(x.section == "organisations" and x.cstart <= m.start(1) < x.cend for x in itertools.chain(out, found)):
                continue
            name = m.group(1)
            if name == "工联" and self.compact.startswith(("会", "总会", "驿站"), m.end(1)):
                continue
            kind = "union-federation" if "工会" in name or "工联" in name or name == "劳联" else "government"
            found.append(self._body(name, m.start(1), m.end(1), 0.55, kind))
        return found

    def _body(self, name: str, start: int, end: int, confidence: float, kind: str, note: str | None = None) -> Mention:
        """A body printed as ``name``: its registry entry, else proposed by that name, of ``kind`` (with
        ``note`` for the annotator, when given)."""
        refs = [e for sec, e in self.names.get(name, []) if sec == "organisations"]
        new = {"name": name, "kind": kind, **({"note": note} if note else {})}
        return Mention("organisations", name, start, end, refs[:1], confidence, None if refs else new)

    def _firm(self, name: str, start: int, end: int, confidence: float) -> Mention:
        """A firm printed as ``name``: its registry entry, else proposed by that name."""
        return self._body(name, start, end, confidence, "enterprise")

    def ministries(self, out: list[Mention]) -> list[Mention]:
        """人社部, 科技部, 工信部: a ministry printed short (a word of its own, never 教育部门, 省国资委)
        or in full (人力资源和社会保障部, 国家发展改革委)."""
        found = []
        printed = [(m.group(0), m.start(), _MINISTRIES_FULL[m.group(0)]) for m in re.finditer(
            "|".join(sorted(_MINISTRIES_FULL, key=len, reverse=True)), self.compact)]
        for word, _flag, pos in self.ctx.tokens:
            if word in _MINISTRIES:
                printed.append((word, pos, _MINISTRIES[word]))
        for m in _SHORT_MINISTRY_RX.finditer(self.compact):  # 由人社部主办 (jieba: 由/p 人社/j 部/n): after a preposition or a mark
            if not any(pos == m.start(1) for _w, pos, _f in printed):
                printed.append((m.group(1), m.start(1), _MINISTRIES[m.group(1)]))
        for word, pos, full in sorted(printed, key=lambda x: x[1]):
            if any(x.section == "organisations" and x.cstart <= pos < x.cend for x in itertools.chain(out, found)):
                continue
            if self.compact[pos - 1:pos] in ("省", "市", "县", "区", "州", "盟", "旗") or self.compact[pos + len(word):pos + len(word) + 1] == "门" or \
                    word == "教育部" and self.compact[pos - 2:pos] in ("宣传", "宣教") or \
                    word == "应急管理部" and re.search(r"安全[与和及]$", self.compact[max(0, pos - 3):pos]) or \
                    any(x.section == "regions" and x.cend == pos for x in out):
                continue  # 省国资委, 韶关市发改委: a local body, never the ministry; 宣传教育部, 安全与应急管理部: a body's department
            if full == "中国共产党中央委员会" and not re.match(r"[、，,及和与]|决策|批准|发布|印发|授予|关于|部署|国务院|办公厅|重大|坚持|作出|提出",
                                                               self.compact[pos + len(word):pos + len(word) + 3]):
                continue  # 党中央对工人阶级的关怀: the Party's care, no body acting (党中央、国务院印发…, 党中央批准…: it acts)
            refs = [e for n in (word, full, "中华人民共和国" + full) for sec, e in self.names.get(n, []) if sec == "organisations"]
            name = "中华人民共和国" + full if full.endswith("部") else full
            found.append(Mention("organisations", word, pos, pos + len(word), refs[:1], 0.7,
                                 None if refs else {"name": name, **({"aliases": [word]} if word != name else {}),
                                                    "kind": _CENTRAL_KINDS.get(full, "government")}))
        return found

    def placeless_bodies(self, out: list[Mention]) -> list[Mention]:
        """涿州市总工会联合人社局、技师学院: a local body printed without its place, after a verb
        or in a list (never 区人社局, 各地人社局), is that of the city or county the story names most
        (涿州市人力资源和社会保障局)."""
        found = []
        words = "|".join(sorted(_PLACELESS_BODIES, key=len, reverse=True))
        after = "|".join(f"(?<={w})" for w in _BEFORE_A_BODY)
        for m in re.finditer(rf"(?:{after})({words})", self.compact):
            word, pos = m.group(1), m.start(1)
            body = _PLACELESS_BODIES[word]
            if any(x.section == "organisations" and x.cstart <= pos < x.cend for x in out):
                continue
            if self.compact[pos - 1] in "、和与及同" and not (self.compact[pos - 1] in "与同" and self.compact[pos - 2:pos - 1] in "，,") and not any(
                    x.section == "organisations" and x.cend == pos - 1 for x in itertools.chain(out, found)):
                continue  # 职业院校、技工学校: a kind of school in a list of kinds, not a body
            place = self._story_place(pos, ("市", "县", "区", "旗"), out)
            name = (place or "") + body[0]  # (a story that names no city: the body as printed, its place the annotator's)
            refs = [e for n in (name, (place or "") + word) for sec, e in self.names.get(n, []) if sec == "organisations"] if place else []
            found.append(Mention("organisations", word, pos, pos + len(word), refs[:1], 0.5 if place else 0.4,
                                 None if refs else {"name": name if place else word, **({"aliases": [word]} if place else {}),
                                                    "kind": body[1]}))
        return found

    def level_departments(self, out: list[Mention]) -> list[Mention]:
        """联合市国有资产监督管理委员会、市科学技术局、市工业和信息化局: a government department printed
        with 市/省 alone (or 县, 区, 州: 县经信局、县陶瓷行业协会, 州委办、州政府办、州政法委; a county's
        utility, 县热力公司), in a list of bodies or after 联合/会同, is the one of the story's city (or
        province, county …) by its whole name, proposed as printed when the story names none."""
        found = []
        for m in _LEVEL_DEPARTMENT_RX.finditer(self.compact):
            pos, text = m.start(1), m.group(1)
            if len(text) < 3:
                continue  # 市局, 县委: no department's name
            if any(x.section == "organisations" and x.cstart < m.end(1) and pos < x.cend and not (
                    pos <= x.cstart and x.cend <= m.end(1) and (x.cstart, x.cend) != (pos, m.end(1))) for x in out):
                continue  # (州委 inside 州委办, 交通运输集团公司 inside 州交通运输集团公司: the whole name, found below)
            levels = (text[0],)  # (市科学技术局: the story's city; 县经信局: its county)
            place = self._story_place(pos, levels, out)
            name = (place + text[1:]) if place else text
            refs = [e for n in (name, text) for sec, e in self.names.get(n, []) if sec == "organisations"]
            found.append(Mention("organisations", text, pos, m.end(1), refs[:1], 0.5,
                                 None if refs else {"name": name, **({"aliases": [text]} if name != text else {}),
                                                    "kind": "government"}))
        return found

    def bare_departments(self, out: list[Mention]) -> list[Mention]:
        """人社局和县总工会相关领导出席, 由团市委授予, 省委组织部、宣传部、人社厅等: a department printed by its
        short name alone, in a list of bodies or after a preposition, proposed as printed (the page names
        no place of its own)."""
        found = []
        for m in _BARE_DEPARTMENT_RX.finditer(self.compact):
            pos, text = m.start(1), m.group(1)
            joined = self.compact[m.end(1):m.end(1) + 1] in ("和", "与", "及")  # (人社局和县总工会: two bodies the walk joined)
            if any(x.section == "organisations" and x.cstart < m.end(1) and pos < x.cend and not (joined and x.cstart == pos) for x in out):
                continue
            kind = "party" if text.endswith("部") or text.startswith("团") else "association" if text in ("妇联", "科协", "残联", "工商联") \
                else "government"
            found.append(self._body(text, pos, m.end(1), 0.4, kind, note="the page names no place: add its name before the body's"))
        return found

    def level_leaderships(self, out: list[Mention]) -> list[Mention]:
        """响应市委、市政府的号召, 争取县政府列出经费, 践行市委“十项行动”: the Party committee, the
        government, the congress or the conference of the story's place printed with its level alone,
        after a verb or a list's mark, never before a post (市委书记, 市政府副市长: a person's)."""
        found = []
        for m in _LEVEL_LEADERSHIP_RX.finditer(self.compact):
            pos, text, body = m.start(1), m.group(1), m.group(2)
            if any(x.section == "organisations" and x.cstart < m.end(1) and pos < x.cend for x in out):
                continue
            place = self._story_place(pos, (text[0],), out)
            full = {"委": "中共{}委员会", "纪委": "中共{}纪律检查委员会", "纪委监委": "中共{}纪律检查委员会",
                    "政府": "{}人民政府", "人大": "{}人民代表大会", "人大常委会": "{}人民代表大会常务委员会",
                    "政协": "中国人民政治协商会议{}委员会"}[body]
            name = full.format(place) if place else text
            kind = "party" if "委" in body and "常委会" not in body else "government"
            refs = [e for n in (name, text) for sec, e in self.names.get(n, []) if sec == "organisations"]
            found.append(Mention("organisations", text, pos, m.end(1), refs[:1], 0.4,
                                 None if refs else {"name": name, **({"aliases": [text]} if name != text else {}), "kind": kind}))
        return found

    def _story_place(self, cpos: int, levels: tuple[str, ...], out: list[Mention]) -> str | None:
        """The full name of the region of a level in ``levels`` that the story at ``cpos`` names most."""
        lo, hi = self.ctx.crange(self.ctx.story_at(cpos)["span"])
        counts: dict[str, int] = {}
        for x in out:
            if x.section == "regions" and lo <= x.cstart < hi:
                full = self._full_region_name(x)
                if full.endswith(levels):
                    counts[full] = counts.get(full, 0) + 1
        return max(counts, key=counts.get) if counts else None

    def departments(self, out: list[Mention]) -> list[Mention]:
        """全国总工会劳动和经济工作部, 全总宣教部: a department printed right after its body's name."""
        found = []
        for x in out:
            if x.section != "organisations":
                continue
            m = _DEPARTMENT_RX.match(self.compact, x.cend)
            if m is not None and m.group(2) is not None and not (x.name.endswith(("工会", "总")) and self._acts_at(m.end(2))) \
                    or m is not None and self.compact[x.cstart - 1:x.cstart] == "从" and re.match(r"获悉|了解到", self.compact[m.end():m.end() + 3]):
                m = None  # (a unit before what it does: a union's own, 女职委, 权益保障部; 从…获悉: the body the news came from)
            if m is None or any(y.section == "organisations" and y.cstart <= x.cend < y.cend for y in out):
                continue
            first = self.ctx.tok_at(x.cend)
            if first is None or first[1] in ("v", "p", "c", "d", "ad") or (m.group(1) or m.group(2)).endswith(tuple(_MINISTRIES)) \
                    and (m.group(1) or m.group(2)) != "宣传教育部":
                continue  # 全总联合科技部: a verb and another body, no department (全总宣传教育部: its own)
            base = (x.proposal or {}).get("name") or next((self.reg.organisations[e].name for e in x.ids
                                                          if e in self.reg.organisations), x.name)
            unit = m.group(1) or m.group(2)
            text, name = x.name + unit, base + unit
            refs = [e for n in (text, name) for sec, e in self.names.get(n, []) if sec == "organisations"]
            found.append(Mention("organisations", text, x.cstart, x.cend + len(unit), refs[:1], 0.6,
                                 None if refs else {"name": name, **({"aliases": [text]} if text != name else {}),
                                                    "kind": MARKER}))  # a department: its kind, the annotator's
        return found

    def _acts_at(self, cpos: int) -> bool:
        """What is printed at compact ``cpos`` is what a body does (a verb, 将, 在, 负责人, a title's
        mark), or a mark that ends its name."""
        if re.match(r"[，。、；：《“]|负责人|要求|相关|开展|举办|组织|召开|印发|下发|发布|启动|推出|制定|邀请|走进|深入|聚焦|围绕|针对|牵头|会同"
                    r"|积极|持续|不断", self.compact[cpos:cpos + 3]):
            return True
        tok = self.ctx.tok_at(cpos)
        return tok is not None and tok[1] in ("v", "vd", "vn", "p", "d", "l") and tok[0] not in ("干部", "工作")

    def quoted_bodies(self, out: list[Mention]) -> list[Mention]:
        """A studio or an alliance named whole in quotation marks (“陈莉劳模和工匠人才创新工作室”等20个,
        “西安市装备制造工作室联盟”): the name is what the marks hold."""
        found = []
        for m in re.finditer(r"“((?:(?![“”，。、；])[\u4e00-\u9fffA-Za-z0-9（）()]){4,30}?(?:工作室|工作室联盟|联盟|工作站))”", self.compact):
            a, b = m.start(1), m.end(1)
            name = m.group(1)
            if re.search(r"示范性|省级|市级|国家级|全国|先进|优秀", name) or title_given(self.compact, a, b):
                continue  # a title studios are given
            first = self.ctx.tok_at(a)
            if first is None or first[1] not in ("nr", "nrfg", "ns", "nt") and first[0] not in self.gaz:
                continue  # “职工创新工作室”: a kind; a body's name starts with a person, a place or a body
            found.append(self._body(name, a, b, 0.6, "association" if name.endswith("联盟") else "studio"))
        for m in re.finditer(r"“((?:(?![“”，。、；])[\u4e00-\u9fff]){2,12})”(?:劳模|工匠|职工)?(?:讲师团|宣讲团)", self.compact):
            first = self.ctx.tok_at(m.start(1))  # “太仓劳模工匠”讲师团: the name with its marks, its own word a place's
            if first is None or first[1] != "nt" and not self._place_word(first) or title_given(self.compact, m.start(), m.end()):
                continue
            name = m.group(0)
            found.append(self._body(name, m.start(), m.end(), 0.6, MARKER))
        return found

    def province_bodies(self, out: list[Mention]) -> list[Mention]:
        """省总工会, 省教育厅, 省人社厅, 省政府办公厅 without the province's name: the province last
        named before it in the story (陕西省总工会、省教育厅), else the page's home province
        (the one most of its places are in)."""
        provinces = {}
        for form, ps in self.gaz.items():
            for pl in ps:
                if pl.level == "province" and len(form) >= 2:
                    provinces.setdefault(form, pl)
        home = next((pl for pl in provinces.values() if pl.province == self.places.home_province), None)
        named = re.compile("|".join(sorted(map(re.escape, provinces), key=len, reverse=True)))
        found = []
        for m in _PROVINCE_BODY.finditer(self.compact):
            at, level, body = m.start(), "省" if m.group(1) else "自治区", m.group(1) or m.group(2)
            lo, _hi = self.ctx.crange(self.ctx.story_at(at)["span"])
            before = None
            for b in named.finditer(self.compact, lo, at):
                if self.compact[b.start() - 1:b.start()] not in "赴到去至往" and not re.match(  # (20余次赴河北、广州: where it went)
                        r"[\u4e00-\u9fff]{0,4}?(?:到|至|开往|发往|驶往)[\u4e00-\u9fff]{2,4}?的", self.compact[b.end():b.end() + 12]) and (
                        # (广东东莞到成都的返乡专列: where a train set out from, no province of the story's)
                        level != "自治区" or provinces[b.group(0)].name.endswith("自治区")):  # (宁夏…澳门…自治区总工会: 宁夏's)
                    before = b
            prov = provinces[before.group(0)] if before else home
            if any(x.cstart <= at < x.cend and not _PROVINCE_BODIES_RX.fullmatch(x.name) for x in out) or \
                    any(self.compact[at - k:at + len(level)] in self.gaz for k in (1, 2, 3, 4)):
                continue  # 陕西省总工会: named in full, found by its suffix
            if self.compact[at - 1:at] in "全本该各外":
                continue
            if level == "自治区" and prov is not None and not prov.name.endswith("自治区"):
                continue  # 自治区总工会 on a page of a province: whose, the annotator decides (no place: as printed)
            full, kind = _PROVINCE_BODIES[body]
            text = m.group(0)
            if body == "委" and self.compact[at - 1:at] == "团" and self.compact[at - 2:at - 1] != "集":
                full, kind, at, text = "共青团{}委员会", "association", at - 1, "团" + text  # 团省委: the Youth League's
            if prov is None:  # 省总工会 on a page that names no place: the body as printed
                found.append(self._placeless(text, at, m.end(), kind, "province"))
                continue
            name = full.format(prov.name)
            refs = [e for sec, e in self.names.get(name, []) + self.names.get(text, []) if sec == "organisations"]
            found.append(Mention("organisations", text, at, m.end(), refs[:1], 0.55,
                                 None if refs else {"name": name, "aliases": [text], "kind": kind}))
        return found

    def _placeless(self, text: str, start: int, end: int, kind: str, level: str) -> Mention:
        """省总工会, 市总工会 where the page names no place of that level: the body as printed,
        for the annotator to complete with its place."""
        return self._body(text, start, end, 0.4, kind, note=f"the page names no {level}: add its name before the body's")

    def shared_suffix(self, out: list[Mention]) -> list[Mention]:
        """贺忠善、白浩强、李强劳模创新工作室: a list of names sharing the suffix of its last item."""
        found = []
        for m in re.finditer(r"((?:[\u4e00-\u9fff]{2,4}、)+)([\u4e00-\u9fff]{2,4}?)(劳模创新工作室|技能大师工作室|创新工作室|工作室)", self.compact):
            pos = m.start(1)
            items = m.group(1).rstrip("、").split("、")
            longest = max(len(x) for x in items[1:] + [m.group(2)])
            if re.match(r"联盟|群|站|网络", self.compact[m.end():m.end() + 2]):
                continue  # 跨区域、跨行业、跨企业创新工作室联盟: one alliance, no studios
            if all(x in _STUDIO_KINDS for x in [items[0][-longest:], *items[1:], m.group(2)]) or m.group(2) in _STUDIO_KINDS \
                    or re.fullmatch(r"[多各数几众诸\d一二两三四五六七八九十百千]+[家个类]?", m.group(2)) \
                or re.fullmatch(r"[省市县区国]级|[省市县区]", m.group(2)):
                continue  # 各类劳模、工匠、技师创新工作室, 团队创新、职工创新工作室, 由1家工作室牵头、多家工作室, …带头人、省级创新工作室领衔人: no list of names
            for k, item in enumerate(items):
                start, pos = pos, pos + len(item) + 1
                if item.endswith(("室", "工作")):
                    continue  # 温军劳模创新工作室、贾启…: the tail of a name already whole
                lead = re.match(r"(?:这是)?(?:自|从|对|为|向|给|由|以|在|有|是|和|与|及|包括|奖励|表彰|命名)", item) if k == 0 else None
                if lead and 2 <= len(item) - lead.end() <= 4:  # 自邓建军、张忠、乔森技能大师工作室: the name after the word
                    start, item = start + lead.end(), item[lead.end():]
                elif k == 0 and len(item) > longest:  # 奖励贺忠善、白浩强: as long as the other names
                    start, item = start + len(item) - longest, item[-longest:]
                if any(x.cstart <= start < x.cend for x in out) or item[0] not in SURNAMES and item[:2] not in COMPOUND_SURNAMES:
                    continue  # (集中培训、自主研修、创新工作室建设: ways of training, no people's names)
                name = item + m.group(3)
                refs = [e for sec, e in self.names.get(name, []) if sec == "organisations"]
                found.append(Mention("organisations", item, start, start + len(item), refs[:1], 0.55,
                                     None if refs else {"name": name, "kind": "studio"}))
        return found

    def section_unions(self, out: list[Mention]) -> list[Mention]:
        """A section headed by a county's name alone (汉滨区, 岚皋县) in a series about union work:
        what it reports is the work of that county's federation of trade unions (岚皋县总工会),
        whether or not the text prints its name. Proposed at the heading, confidence 0.45."""
        found = []
        for story in self.ctx.stories:
            place = story.get("place")
            if not place or not place.endswith(("市", "县", "区")):
                continue
            lo, hi = self.ctx.crange(story["span"])
            if self.compact[lo:hi].count("工会") < 1:
                continue
            # a zone's union is mostly printed 工会 (恒口示范区工会), unless the section says 区总工会
            union = "工会" if is_zone(place) and "区总工会" not in self.compact[lo:hi] else "总工会"
            names = [f + union for f in self.places.place_forms(place)]
            if any(x.section == "organisations" and lo <= x.cstart < hi and
                   ({x.name, (x.proposal or {}).get("name")} | {self.reg.organisations[e].name for e in x.ids
                                                               if e in self.reg.organisations}) & set(names)
                   for x in out):
                continue  # the section names its union itself
            refs = [e for n in names for sec, e in self.names.get(n, []) if sec == "organisations"]
            hlo = self.ctx.crange(story["head_span"])[0]
            while hlo < hi and self.compact[hlo:hlo + len(place)] != place:
                hlo += 1
            if hlo >= hi:
                continue
            found.append(Mention("organisations", place, hlo, hlo + len(place), refs[:1], 0.45,
                                 None if refs else {"name": names[0], "aliases": names[1:], "kind": "union-federation"}))
        return found

    def org_from(self, toks: list[Token], i: int, suffix: str) -> list[Mention]:
        """The organisation (or bodies) whose name ends with token ``i``, in ``suffix``."""
        m = self._walk(toks, i, suffix)
        found = m if isinstance(m, list) else [m] if m else []
        if not found and suffix in _COMPANY_FORMS:
            found = self._registered_from_a_place(toks, i)
        if not found and toks[i][0] == "股份公司" and i >= 2 and 2 <= len(toks[i - 1][0]) <= 3 and \
                toks[i - 1][1] in ("n", "nz", "nr", "ns", "j", "nt") and toks[i - 1][0] not in _GENERIC_HEADS | _HARD_STOPS and \
                re.fullmatch(r"[\u4e00-\u9fff]+", toks[i - 1][0]) and toks[i - 2][1] in ("x", "uj", "p", "c"):
            # 的长客/n 股份公司: a company by its short name and 股份公司
            name, at = toks[i - 1][0] + toks[i][0], toks[i - 1][2]
            found = [self._body(name, at, at + len(name), 0.5, "enterprise")]
        for n, x in enumerate(found):  # 西安市职工技协会员: the association's short name (技协) and its members (会员)
            if x.name.endswith("协会") and not x.ids and self.compact[x.cend:x.cend + 1] == "员" and len(x.name) >= 5:
                name = x.name[:-1]
                found[n] = Mention(x.section, name, x.cstart, x.cend - 1, [], x.confidence, {**(x.proposal or {}), "name": name})
        for n, x in enumerate(found):  # 其中区职工法律援助中心 (其/中区): 中 is 其中's, the name starts at the level
            if not x.ids and x.proposal and re.match(r"中[省市县区]", x.name) and self.compact[x.cstart - 1:x.cstart] == "其":
                found[n] = Mention(x.section, x.name[1:], x.cstart + 1, x.cend, x.ids, x.confidence,
                                   {**x.proposal, "name": x.proposal.get("name", x.name).removeprefix("中")})
        for n, x in enumerate(found):  # 温州市驻杭州办事处, 驻某村帮扶工作队: the body's office or team stationed in a place
            if self.compact[x.cstart - 1:x.cstart] == "驻" and x.name.endswith(STATIONED_ENDINGS):
                k = next((k for k, t in enumerate(toks) if t[2] == x.cstart - 1), None)
                head = toks[k - 1] if k else None
                at = x.cstart - 1  # (驻某村帮扶工作队: from 驻)
                if head is not None and head[0].endswith(_STATIONED_HEADS):
                    own = next((sf for sf in ORG_SUFFIXES if head[0].endswith(sf)), None)
                    body = self._walk(toks, k - 1, own) if own else None
                    if isinstance(body, Mention) and body.cend == x.cstart - 1:
                        at = body.cstart  # 毕节市人民政府驻广州办事处: the government whole, then its office
                    elif head[1] in ("ns", "nt", "j"):
                        at = head[2]  # 温州市驻杭州办事处: the place that stations it
                name = self.compact[at:x.cend]
                found[n] = Mention(x.section, name, at, x.cend, [], x.confidence, {**(x.proposal or {}), "name": name})
        k = next((k for k, t in enumerate(toks) if t[2] == found[0].cstart), 0) if suffix == "工作室" and len(found) == 1 else 0
        if k > 0 and toks[k - 1][0].endswith(("园", "馆")) and len(toks[k - 1][0]) >= 3:
            body = self._walk(toks, k - 1, toks[k - 1][0][-1])  # 辰山植物园|胡永红劳模创新工作室: the body the studio is in
            if isinstance(body, Mention) and body.proposal:
                found.insert(0, Mention(body.section, body.name, body.cstart, body.cend, body.ids, body.confidence,
                                        {**body.proposal, "kind": MARKER}))
        # 某大学党校第187期工会干部培训班: a class's number before 工会, no union (the school, by its own ending)
        return [x for x in found if not re.search(r"第[\d一二三四五六七八九十百]+期工会$", x.name)]

    def _registered_from_a_place(self, toks: list[Token], i: int) -> list[Mention]:
        """，北京奇步/v 自动化 控制/v 设备有限公司: a company's registered name whose words jieba
        gives as verbs, printed whole after a mark: from its place (the mark before it) to 有限公司."""
        for j in range(i - 2, max(-1, i - 7), -1):
            w, f, p = toks[j]
            if j == 0 or toks[j - 1][1] != "x" or f != "ns" or not self._place_word(toks[j]):
                continue
            inner = toks[j + 1:i]
            # (the brand right after the place may be any word of two characters: 远步/d)
            if any(t[1] in ("x", "p", "c", "u", "uj", "r", "m") or t[1] == "d" and (n or len(t[0]) < 2) or t[0] in _HARD_STOPS | _GENERIC_HEADS or
                   t[0] in ("组织", "开展", "举办", "召开", "推动", "推进", "支持", "参加", "发布", "表彰") for n, t in enumerate(inner)) or \
                    sum(t[1] in ("v", "vn") for t in inner) > 3 or all(t[1] in ("v", "vn") for t in inner):
                return []
            word, _f, pos = toks[i]
            name = self.compact[p:pos + len(word)]
            return [self._body(name, p, pos + len(word), 0.55, "enterprise")]
        return []

    def _brand_head(self, toks: list[Token], k: int) -> bool:
        """Token ``k`` is a firm's short name of two characters (首钢/n, 太钢/n, 铁力/n) right after a mark, a
        time word or a preposition (从金隅/n 集团工会了解到), before 集团, 农场 or the like: it heads the name, whatever jieba calls it."""
        w, f, p = toks[k]
        after_mark = k == 0 or toks[k - 1][1] in ("x", "t") or toks[k - 1][0] in ("从", "向", "与", "和", "由", "据", "同", "经")
        if len(w) == 1 and f in ("a", "n", "ns", "nr", "j") and k + 2 < len(toks) and len(toks[k + 1][0]) == 2 \
                and toks[k + 1][1] in ("n", "nz", "nr", "ns") and toks[k + 2][0] in _BRAND_NEXT and after_mark \
                and w not in _HARD_STOPS | _GENERIC_HEADS and toks[k + 1][0] not in _GENERIC_HEADS:
            return True  # ，长/a 水河/n 农场工会: a name of three characters jieba cuts in two
        if len(w) == 2 and f in ("n", "nz", "j", "nr") and k + 2 < len(toks) and toks[k + 1][0] in _BRAND_TRADES \
                and toks[k + 2][0] in ("公司", "集团", "有限公司", "集团公司") and w not in _GENERIC_HEADS | _HARD_STOPS and after_mark:
            return True  # ，首钢/n 矿业/n 公司: a firm's short name, its trade, then 公司
        return (len(w) in (2, 3) and f in ("n", "nz", "j", "nr", "ns") and k + 1 < len(toks) and toks[k + 1][0] in _BRAND_NEXT
                and w not in _GENERIC_HEADS | _HARD_STOPS and after_mark)

    def _walk(self, toks: list[Token], i: int, suffix: str) -> Mention | list[Mention] | None:
        word, _flag, pos = toks[i]
        j = i
        start = pos
        if any(self.compact[:pos + len(word)].endswith(e) for e in _NOT_ORG_ENDINGS):
            return None
        if suffix.endswith("工会") and re.match(r"系统|力量|智慧|作用|优势", self.compact[pos + len(word):pos + len(word) + 2]):
            return None  # 甘肃工会系统, 为…发展贡献工会力量: the unions of a place as a whole, no body
        if suffix.endswith("工会") and self.compact.startswith("经费", pos + len(word)) and \
                re.search(r"(?:小微企业|小微|非公企业|基层)$", self.compact[max(0, pos - 4):pos]):
            return None  # 返还小微企业工会经费: the dues of unions of a kind, no body
        if suffix == "中心" and self.compact.startswith("城市", pos + len(word)):
            return None  # 助力某地中心城市建设: a city's rank, no body
        if suffix == "中心" and re.match(r"[\u4e00-\u9fff]{0,3}?(?:足球场|体育场|篮球场|广场|场馆|会场|剧场|大厅|展厅)", self.compact[pos + len(word):]):
            return None  # 滨江体育中心足球场: the venue of an event, no body
        if suffix == "党组" and word == suffix and self.compact[:pos].endswith(ORG_SUFFIXES) and \
                re.match(r"(?:副?书记|成员)", self.compact[pos + len(word):]):
            return None  # …保障局党组书记: the post 党组书记 of the bureau, no body of its own
        # walk back over the name before the suffix (人民政府, 分公司, 工会 …): over name-like
        # tokens, generic words (职工, 产业) and a bracketed part (（集团）), never over punctuation,
        # a verb or a function word; then the name starts at its first strong token (a place, a
        # proper or organisation name), so 指导红柳林煤矿 gives 红柳林煤矿.
        depth, placed, lead_zhong = 0, False, False
        while j > 0 and i - j < _MAX_NAME_TOKENS and toks[j][2] not in self.ctx.paragraph_starts:
            w, f, p = toks[j - 1]
            if w in ("建设", "打造", "建成", "创建", "开展", "举办", "组织", "成立", "设立", "开设", "推出") and j >= 2 \
                    and toks[j - 2][0].endswith("工会") and not suffix.endswith("工会"):
                break  # 某区总工会建设职工之家: the union acts; what it builds is no name with it
            if any(sec == "organisations" for sec, _ in self.names.get(w, [])):
                if i - j >= 1:  # a unit under a known organisation: 陕煤集团黄陵矿业 + 一号煤矿工会
                    j -= 1
                    start = p
                break
            gloss = self._gloss_opening(toks, j - 1) if w in ("）", ")") else None
            if gloss is not None and gloss > 0:  # 东风（fēng）汽车: a pinyin gloss inside the name, and the
                if toks[gloss - 1][0] in _HARD_STOPS:  # character it glosses (the word it splits); never 推进（jìn）
                    j, start = gloss, toks[gloss][2]
                    break
                j, start = gloss - 1, toks[gloss - 1][2]
                continue
            if w in ("）", ")"):
                inner = toks[j - 2][0] if j >= 2 else ""
                opening = next((k for k in range(j - 2, max(0, j - 6), -1) if toks[k][0] in ("（", "(")), None)
                former = opening is not None and suffix in _COMPANY_FORMS + ("公司",) and re.fullmatch(
                    r"[\u4e00-\u9fff]{2,10}(?:集团|公司)", "".join(t[0] for t in toks[opening + 1:j - 1])) is not None
                zone = opening is not None and re.fullmatch(  # 湖南湘江新区（长沙高新区）总工会: the zone's other name
                    r"[\u4e00-\u9fff]{2,8}?(?:高新区|开发区|经开区|高新技术产业开发区|经济技术开发区)",
                    "".join(t[0] for t in toks[opening + 1:j - 1])) is not None
                if inner not in _BRACKETED and not former and not zone and not (inner in self.gaz and j >= 3 and toks[j - 3][0] in ("（", "(")) \
                        and not (suffix == "工作室" and i > j >= 3 and toks[j - 3][0] in ("（", "(") and self._person_before(toks, j - 3)) \
                        and not (suffix == "工作室" and inner in ("人才", "工匠", "劳模")):
                    break  # 西山煤电（集团）, 玖龙纸业(太仓)有限公司, 李秀兰传统工艺(手艺)大师…工作室, 劳模（工匠人才）创新工作室; never 卓越（创新）工作室
                depth += 1
                # (a studio's bracket is no place: the name still needs a strong head, never 支持劳模（工匠）创新工作室)
                placed = placed or not (suffix == "工作室" and inner in ("人才", "工匠", "劳模"))
            elif w in ("（", "("):
                if depth == 0:
                    break
                depth -= 1
                if j >= 2 and toks[j - 2][0] in ("厂", "矿") and i - j >= 2:  # 贵州茅台酒/n 厂/zg （集团）公司: the factory heads the name
                    j -= 2
                    start = toks[j][2]
                    continue
            elif j < i and w.endswith(("有限公司", "有限责任公司")) and not (
                    suffix in ("研究所", "研究院") and re.match(r"第[一二三四五六七八九十〇零\d]+", self.compact[p + len(w):])) and not (
                    word.endswith("分公司") and all(t[1] in _INNER for t in toks[j:i]) and i - j <= 2) and not (
                    self.compact[p + len(w):pos + len(word)] == "工会委员会"):  # (…有限公司工会委员会: its union, whole)
                # (中国电信股份有限公司北京分公司: the branch of the company, named whole)
                break  # a complete company name before this one: …有限公司和玖龙纸业（太仓）有限公司 (never 某公司第七研究所)
            elif len(w) == 1 and w in SURNAMES and toks[j][1] in ("nr", "nrfg") and len(toks[j][0]) <= 2:
                j -= 1  # 张/q 万军/nr 职工创新工作室: jieba cuts the surname off
                start = p
                continue
            elif suffix == "工作室" and len(w) == 1 and j >= 2 and toks[j - 2][1] in ("nr", "nrfg") and \
                    len(toks[j - 2][0]) == 2 and toks[j - 2][0][0] in SURNAMES:
                j -= 1  # 赵国/nr 伟/zg 职工创新工作室: jieba cuts a name's last character off
                start = p
                continue
            elif w in _INDUSTRY_WORDS and suffix in ("公司", "有限公司", "有限责任公司", "集团", "厂"):
                j -= 1  # 三门峡戴卡轮毂制造有限公司: 制造/v inside a company's name
                start = p
                continue
            elif len(w) == 1 and f in ("v", "d", "a", "n") and j >= 2 and toks[j][0] in _BRAND_NEXT and len(toks[j - 2][0]) == 1 \
                    and toks[j - 2][1] in ("j", "ns", "nr") and (j == 2 or toks[j - 3][1] in ("x", "t")):
                j -= 2  # ，京/j 能/v 集团工会: a firm's short name jieba cuts in two, after a mark
                start = toks[j][2]
                placed = True
                break
            elif len(w) == 1 and re.fullmatch(r"[\u4e00-\u9fff]", w) and suffix.endswith("项目部") and j < i \
                    and toks[j][0] in _ROUTE_WORDS and j >= 2 and (toks[j - 2][0].endswith(("公司", "局", "集团")) or
                                                                    len(toks[j - 2][0]) == 1 and j >= 3 and toks[j - 3][0].endswith(("公司", "局", "集团"))):
                j -= 1  # 某公司承/nr 赤/vg 高速公路项目部: a route's name of two places' first characters, in the project's name
                start = p
                continue
            elif w in ("分行", "支行"):
                j -= 1  # 邮储银行福建省分行/v 工会, …党委: a bank's branch jieba reads as a verb, heading its union or committee
                start = p
                continue
            elif w == "师" and f == "ng" and j >= 2 and re.fullmatch(r"第?[一二三四五六七八九十]{1,3}", toks[j - 2][0]) \
                    and toks[j][1] == "ns" and toks[j][0].endswith("市"):
                j -= 2  # 十三/m 师/ng 新星市/ns 总工会: a division of the Xinjiang corps and its city, one body
                start = toks[j][2]
                placed = True
                continue
            elif f == "s" and toks[j][0] in ("新区", "新片区") and (j < 2 or toks[j - 2][1] in ("ns", "x")) and len(w) >= 2:
                j -= 1  # 青岛/ns 西海岸/s 新区 辛安街道总工会: a zone's own name, a locative word, between its city and 新区
                start = p
                placed = True  # (，西海岸/s 新区 总工会: the zone's name heads it, as a place does)
                continue
            elif w in ("经开区", "师市"):
                j -= 1  # 经开区/n 总工会 (a word of the tokenizer's), 师市/n 总工会 (a corps division's and its city's): the zone heads the name, as a place does
                start = p
                placed = True
                continue
            elif re.fullmatch(r"(?:第?[一二三四五六七八九十]{1,3})?师", w) and toks[j][1] == "ns" and (
                    w != "师" or j >= 2 and re.fullmatch(r"第?[一二三四五六七八九十]{1,3}", toks[j - 2][0])):
                # 第七/m 师/ng 胡杨河市 总工会, 五师/n 双河市 总工会: a corps division and its city, one name
                if w == "师":
                    j -= 1
                    p = toks[j - 1][2]
                j -= 1
                start = p
                placed = True
                continue
            elif w == "和" and any(self.compact.startswith(n, p - n.index("和")) for n in _NAMES_WITH_HE):
                j -= 1  # 人力资源和社会保障局, 工业和信息化局: the 和 inside a department's name
                start = p
                continue
            elif w == "中" and f == "f" and re.match(_CENTRAL_SOE, self.compact[p + 1:p + 2]) and (
                    j < 2 or toks[j - 2][1] in ("x", "v", "p", "c", "u", "uj", "d") or toks[j - 2][0] in _HARD_STOPS):
                j -= 1  # 中铁一局五公司: jieba cuts 中 off a central enterprise's short name
                start = p
                lead_zhong = True
                break
            elif f == "v" and (j < i or len(word) >= 3) and len(w) >= 2 and any(pl.level in ("prefecture", "county") and pl.name[:-1] == w
                                                              for pl in self.gaz.get(w, [])) \
                    and toks[j][1] in _INNER and toks[j][0] not in _HARD_STOPS | _GENERIC_HEADS:
                j -= 1  # 保定/v 天威保变 电气…有限公司, 陕西 延长/v 石油: a place's short name jieba gives as a verb, in the name
                start = p
                placed = True
                continue
            elif w == "冶" and j >= 3 and re.fullmatch(r"[一二三五七九十]+", toks[j - 2][0]) and toks[j - 3][0] == "中国":
                j -= 3  # 中国/ns 二十/m 冶/zg 集团: a subsidiary of 中冶 by its number
                start = toks[j][2]
                lead_zhong = True
                break
            elif re.fullmatch(r"(?:\d+|[一两二三四五六七八九十百千]+)?[万亿]?[余多]?[家个名所座项批类户]|[余多][家个名所座项批类户]?|首[个家批]", w) and f in ("m", "q") \
                    or f in ("nr", "nrfg") and re.search(r"(?:开进|走进|来到|进入|深入|前往|走访|开到|驶入)$", w):
                # (86万多名工会会员: a count; 体检车开进/nr 某区工人文化宫: a verb of going jieba reads as a name)
                break  # 100余家工作室, 两家工作室: a count, not part of a name; 某市首个园区工会: the first of a kind
            elif w == "代表" and j >= 2 and toks[j - 2][1] in ("nr", "nrfg"):
                break  # 王某代表某集团党委致辞: the person speaks for the body, whose name starts after 代表
            elif (f == "s" or f == "t" and not re.search(r"[年月日今去近前后时期初底末春夏秋冬代]", w)
                  or f == "f" and w in ("东方", "南方", "西方", "北方", "东南", "西南", "东北", "西北")) and \
                    suffix in _COMPANY_FORMS and w not in _HARD_STOPS:  # (中天/t 科技股份有限公司: no time, a name; 南方/f 航空)
                j -= 1  # 东方/s 电气 集团 东方/s 汽轮机有限公司: a locative word inside a company's name
                start = p
                continue
            elif (f not in _INNER and w not in ("创新", "劳模", "控股")) or w in _HARD_STOPS | _VERBS_READ_AS_NOUNS \
                    or w == "企业" and j >= 2 and toks[j - 2][0] in _HARD_STOPS \
                    or not re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9]+", w) \
                    or w.endswith(("先生", "女士", "小姐")) and len(w) >= 3 \
                    or re.fullmatch(r"各[省市县区地级类]+", w):  # 各省市/ns 工会: each of a kind, no name; 蔡先生/nr 指 公司: a person
                break
            j -= 1
            start = p
        while depth and j < i:  # an unclosed bracket: the name starts after it
            depth -= toks[j][0] in ("）", ")")
            j += 1
            start = toks[j][2]
        branded = j
        if suffix in _COMPANY_FORMS and not placed and j < i:
            # 上海/ns 发/v 凯/nr 化工有限公司, 阜阳/ns 皖/j 能/v 环保电力有限公司: a firm's brand of one or two
            # characters jieba reads as a verb, between its city and its trade; the name starts at the city
            for n in (1, 2):
                chars = toks[j - n:j] if j - n >= 1 else []
                if chars and all(len(t[0]) == 1 and t[1] in ("v", "j", "a", "n", "ng", "nr", "vg", "zg") and t[0] not in _HARD_STOPS
                                 and "\u4e00" <= t[0] <= "\u9fff" for t in chars) and toks[j - n - 1][1] == "ns" \
                        and self._place_word(toks[j - n - 1]):
                    j = j - n - 1
                    start = toks[j][2]
                    placed = True
                    break
        walked = j

        def person_studio(t):
            k = toks.index(t)
            nxt = toks[k + 1] if k + 1 < len(toks) else ("", "", 0)
            return suffix == "工作室" and t[0] not in _GENERIC_HEADS and (
                t[1] in ("n", "nr", "nrfg") and 2 <= len(t[0]) <= 3 and t[0][0] in SURNAMES
                or len(t[0]) == 1 and t[0] in SURNAMES and nxt[1] in ("nr", "nrfg") and len(nxt[0]) <= 2)

        def weak(t):
            if person_studio(t):
                return False  # 温军/n 劳模创新工作室, 张/q 万军/nr …: a person's studio
            if self._brand_head(toks, toks.index(t)):
                return False  # ，首钢/n 集团工会, 今年，铁力/n 农场工会: a firm's short name after a mark
            if t[0] in _DAY_NAMES and toks.index(t) + 1 < i:
                return False  # 五一/m 工人文化宫, 二七/m 劳动公园: named for a day
            if self._town_name(toks, toks.index(t), i):
                return False  # 烟墩/n 街道 总工会: a subdistrict's or a town's name
            if len(t[0]) >= 3 and t[0].endswith(_ZONE_WORDS) and toks.index(t) + 1 < i:
                return False  # 自贸区/l 江北 物流 片区党工委: a zone heads the name (never 示范区工会 alone)
            return t[0] in _GENERIC_HEADS or t[0] in ("（", "）", "(", ")") or _PINYIN_RX.fullmatch(t[0]) or (
                t[1] not in _STRONG and t[0] not in self.names and not self._place_word(t))

        # a company's registered name of three words or more before 有限公司: its words are its own
        registered = suffix in _COMPANY_FORMS and toks[j][0] not in _GENERIC_HEADS | _HARD_STOPS and (i - j >= 3 or i - j == 2 and (
            # 走进仙鹤/n 股份/n 有限公司: a brand and a trade of four characters or more, both nouns, the name
            pos - toks[j][2] >= 4 and all(toks[k][1] in ("n", "nz", "nr", "nt", "ns", "l", "j", "b") and len(toks[k][0]) >= 2 for k in (j, j + 1))
            and j > 0 and (not re.match(r"[\u4e00-\u9fff]", toks[j - 1][0]) or toks[j - 1][1] in ("v", "p") and len(toks[j - 1][0]) >= 2
                           and not (j > 1 and toks[j - 2][1] == "ns"))))  # (青海/ns 闪电/v 智能 科技…, 某/r 绿化 工程设计…: no)
        if registered:  # 调研组调研吉林隆玛特集团有限公司: a verb before the name; the name from its place
            verb = next((k for k in range(max(j, branded), i) if toks[k][1] in ("v", "vn") and toks[k][0] not in _INDUSTRY_WORDS and not (k == j and placed)
                         and toks[k + 1][0] not in ("（", "(")), None)  # (设（shè）计, 三一重工（长沙）: inside the name)
            place = next((k for k in range(verb + 1, i) if toks[k][1] in _STRONG and not _PINYIN_RX.fullmatch(toks[k][0])),
                         None) if verb is not None else None
            if place is not None:
                j, start = place, toks[place][2]
        if suffix == "工作室":  # 中国一冶集团赵宗合创新工作室: the person's studio of a company, named from the person
            own = next((k for k in range(j + 1, i) if toks[k - 1][0].endswith(("集团", "公司", "厂", "局", "矿", "研究所", "研究院", "植物园",
                                                                                "博物馆", "医院", "学校", "大学", "中心")) and (
                person_studio(toks[k]) or toks[k][1] in ("nr", "nrfg") and toks[k][0] in SURNAMES and len(toks[k + 1][0]) <= 2)), None)
            if own is not None:
                j, start = own, toks[own][2]
        # 中铁/n 建工/vn 集团, 中国/ns 一冶/j 集团: a central enterprise's short name heads its unit's
        lead_zhong = lead_zhong or j + 1 < i and (re.fullmatch("中" + _CENTRAL_SOE, toks[j][0]) is not None or toks[j][0] == "中国"
                                                  and re.fullmatch(r"[一二三五七九十]+冶", toks[j + 1][0]) is not None)
        while not (placed or lead_zhong or registered) and j < i and weak(toks[j]) and (
                i - j > 1 or toks[j][0] in _GENERIC_HEADS or toks[j][1] not in _NAMEISH):
            j += 1
            start = toks[j][2]
        inside = self.compact[toks[j][2]:pos + len(word)]
        if j > walked and len(re.findall(r"[）)]", inside)) > len(re.findall(r"[（(]", inside)):
            j, start = walked, toks[walked][2]  # 威凤国际教育科技(北京)有限公司: never a name opened inside its bracket
        if j == i and re.fullmatch(r"(?:各级)?(?:党委|党组|政府|人大|政协|工会|群团|部门|企业)+", word):
            return None  # 党委政府/nt: the Party committees and governments at large, no body
        if re.fullmatch(r"[京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川黔滇陕甘青蒙宁新藏台港澳]{2,3}(?:工会|职工|企业)",
                        self.compact[toks[j][2]:pos + len(word)]):
            return None  # 闽台工会交流, 京津冀工会: the unions of two or three provinces at large, no body
        level = next((k for k in range((j if j < i else i) - 1, walked - 1, -1) if toks[k][0] in ("省", "市")), None) \
            if suffix == "工会" else None  # (the nearest 市 before the name: 市总工会暨益阳市…工会 is two bodies)
        if level is not None and level + 1 < i and (j == i or toks[j - 1][0] not in ("省", "市")) and not re.search(
                r"[暨和与及、，,]|工会.", self.compact[toks[level + 1][2]:pos + len(word)]):
            # 市/家庭/服务行业/工会: a sectoral union of the city or the province, its words all common ones
            at = toks[level + 1][2]
            sector = (self._province_sector_union(toks, level + 1, at, self.compact[at:pos + len(word)], pos + len(word)) or
                      self._city_sector_union(toks, level + 1, at, self.compact[at:pos + len(word)], pos + len(word)))
            if sector is not None:
                return sector
        if j == i and (len(word) == len(suffix) or word[:-len(suffix)] in _HARD_STOPS | _GENERIC_HEADS
                       or re.search("[和与及]", word[:-len(suffix)])):
            return None  # 工会 alone, 全国工会, 各级工会, 党和政府
        while j < i and toks[j][0] == toks[j + 1][0]:  # 韩城市 韩城市人大常委会: a repeated word
            j += 1
            start = toks[j][2]
        if self.compact[start] in "和与及了" and j < i and len(toks[j][0]) > 1 and toks[j][1] in ("nr", "nrfg", "nz"):
            start += 1  # jieba glued the conjunction to the name: 和玖龙 纸业…
        if self.compact[start] == "暨" and pos + len(word) - start > 3:
            start += 1  # 市总工会暨某市…联合会: 暨 (and) joins two bodies, never heads a name
        name = self.compact[start:pos + len(word)]
        for k in range(2, len(name) // 2 + 1):  # 西安高新区西安高新区机关党委: a place line, then the name
            if name[k:].startswith(name[:k]):
                start += k
                name = name[k:]
                while j < i and toks[j + 1][2] <= start:
                    j += 1
                break
        if suffix in _COMPANY_FORMS and _TRADE_ONLY_RX.fullmatch(re.sub(r"[（(][\u4e00-\u9fff]{2,4}[）)]", "", name)):
            # 授予成都中/f 光电科技有限公司, 有中信/nz 重工/vn 开诚/v 智能装备有限公司: the brand jieba cut off, back to
            # what introduces the name (a mark, 授予, 有, 和); never over 该, 某, 一家 (a firm of a kind)
            k = next((k for k in range(start, max(0, start - 8) - 1, -1) if k == 0 or _BEFORE_BRAND_RX.search(self.compact[:k])), None)
            brand = self.compact[k:start] if k is not None else ""
            if 2 <= len(re.sub(r"[（(][\u4e00-\u9fff]{2,4}[）)]", "", brand)) and re.fullmatch(r"[\u4e00-\u9fff（）()]+", brand) \
                    and not re.search(r"[该某这那各本我全其此每]|一家|家$|组织|开展|举办|推进|实施|成立|参加|获得|召开|发放|推动|建立", brand):
                start, name, registered = k, brand + name, True
                j = max(x for x in range(i + 1) if toks[x][2] <= start)
        if re.match(r"[\u4e00-\u9fff][镇乡]", name) and start >= 1 and re.fullmatch(r"[\u4e00-\u9fff]", self.compact[start - 1]) \
                and self.compact[start - 1] not in "的在和与及了是为由向对到给从将把被等各全该本我这那其每省市县区镇乡" \
                and (start == 1 or self.compact[start - 2] in "，,。；;：:、“”\n 市县区旗）)"):
            start, name = start - 1, self.compact[start - 1] + name  # 蒙/v 圩镇/ns 总工会: a town's name of three characters jieba cut
        if start >= 1 and self.compact[start - 1] in "省市县" and name[:1] not in "省市县区" and suffix in _LEVEL_UNITS \
                and (start == 1 or _BEFORE_LEVEL_RX.search(self.compact[:start - 1])) \
                and not any(self.compact[max(0, start - k):start] in self.gaz for k in (2, 3, 4)):  # (泉州市: a place's own)
            start, name = start - 1, self.compact[start - 1] + name  # 到县/新城医院, 授予县/城市管理局: the body of the story's level
        if suffix == "工作室" and start >= 2 and self.compact[start - 1] in SURNAMES and re.match(r"[\u4e00-\u9fff]{2}(?:劳模|职工|技能大师)?创新工作室$", name) \
                and (_BEFORE_LEVEL_RX.search(self.compact[:start - 1]) or self.compact[:start - 1].endswith(("公司", "集团", "厂", "矿", "中心"))):
            start, name = start - 1, self.compact[start - 1] + name  # 管/延安创新工作室, 许/广明…: a person's studio, the surname jieba cut
        govt = re.fullmatch(r"(.*?)委([市县区])政府", name)
        if govt:  # 神木市委市政府: the Party committee and the government of a place; the government
            prefix = govt.group(1)
            place = next((prefix[k:] for k in range(len(prefix) - 1) if prefix[k:] in self.gaz and prefix[k:].endswith(govt.group(2))), None)
            if place is None:
                return None
            gname = place + "人民政府"
            refs = [e for sec, e in self.names.get(gname, []) + self.names.get(place + "政府", []) if sec == "organisations"]
            at = pos + len(word) - 3
            return Mention("organisations", name[-3:], at, pos + len(word), refs[:1], 0.6,
                           None if refs else {"name": gname, "aliases": [place + "政府"], "kind": "government"})
        head = toks[j]
        pair = re.fullmatch(r"(党工委|党委)(管委会)", name)
        if pair:  # 党工委管委会: the Party working committee and the administration of a zone
            return [b for k in (1, 2) for b in self._bare_body(pair.group(k), start + pair.start(k), start + pair.end(k))]
        short_unit = len(name) == 3 and suffix == "矿" and head[1] in ("ns", "nt", "nz")  # 西曲矿, 东滩矿
        if len(name) < 4 and not short_unit or (head[1] not in _STRONG and head[0] not in self.names and not self._place_word(head)
                                                and not placed and not lead_zhong and not registered and not person_studio(head)
                                                and not self._brand_head(toks, j)
                                                and not ((len(head[0]) >= 3 and head[0].endswith(_ZONE_WORDS) or head[0] in _DAY_NAMES)
                                                         and j + 1 < i) and not self._town_name(toks, j, i)):
            sector = (self._province_sector_union(toks, j, start, name, pos + len(word)) or
                      self._city_sector_union(toks, j, start, name, pos + len(word))) if suffix == "工会" else None
            return sector or self._bare_bodies(toks, walked, i, suffix)
        after = self.compact[pos + len(word):pos + len(word) + 12]
        if re.match(r"第[一二三四五六七八九十百零\d]+次|代表大会|[一二三四五六七八九十]+届|[一二三四五六七八九十]{1,3}大(?:代表|会议|精神|以来|[和与及、，,。；;])", after) and not re.match(
                r"第?[一二三四五六七八九十]+届(?:第?[一二三四五六七八九十]+次)?(?:全委|执委|常委|全体委员|委员会)", after):
            return None  # 安徽省工会第十五次代表大会: an event's name, not a body (…总工会十一届六次全委会议: the body's own session)
        if suffix in ("工作室", "基地") and (re.search(r"示范性|省级|市级|国家级|全国|先进|优秀", name) or _STUDIO_TITLE_RX.fullmatch(name) or
                                any(re.search(r"(?:\d+|[一二三四五六七八九十百]+)[余多]?[家个项批所类]$", self.compact[max(0, a - 6):a])
                                    for a in (start, toks[walked][2]))):
            return None  # 福建省示范性劳模工作室, 66家福建省劳模工作室, 32家…方向创新工作室, 3个某市培训基地: a title or a kind
        if re.match(r"(?:广泛|积极|深入|大力)?(?:开展|推动|推进|创建|建设)", name):
            return None  # 广泛开展劳模工作室创建: an activity
        if re.fullmatch(r"[\u4e00-\u9fff]{2,8}?[省市县区镇]基层工会", name) or re.search(r"(?:家庭|国营|国有|集体)[农林]场$", name):
            return None  # 依托某区基层工会, 某地区国营农场, 家庭农场: bodies of a kind at large, no one body
        alliance = (suffix == "工作室" or suffix == "工会" and name.endswith("产业工会")) and self.compact.startswith("联盟", pos + len(word))
        if alliance:  # …劳模创新工作室联盟, 某市轨道交通产业工会联盟: the alliance, named whole
            word, name = word + "联盟", name + "联盟"
        if name not in self.names:  # 安徽总工会: the province's short name, the registry's full one
            for k in (2, 3):
                full_place = next((pl.name for pl in self.gaz.get(name[:k], []) if pl.level == "province"), None)
                if full_place and full_place + name[k:] in self.names:
                    refs = self.names[full_place + name[k:]]
                    return Mention(refs[0][0], name, start, pos + len(word), [e for _, e in refs], 0.85)
        if name in self.names:
            refs = self.names[name]
            return Mention(refs[0][0], name, start, pos + len(word), [e for _, e in refs], 0.9)
        if suffix == "工会" and j > 0 and toks[j - 1][0] == "省" and not any(name[:k] in self.gaz for k in range(2, 5)):
            sector = self._province_sector_union(toks, j, start, name, pos + len(word))
            if sector is not None:
                return sector
        if suffix == "工会" and j > 0 and toks[j - 1][0] == "市":
            sector = self._city_sector_union(toks, j, start, name, pos + len(word))
            if sector is not None:
                return sector
        if suffix in ("市总", "县总", "区总"):
            full, aliases = name + "工会", [name]
        else:
            full, aliases = name, []
        for short, long in _ABBREVIATED.items():  # 渭滨区人大常委会: the registry holds the full name
            if name.endswith(short) and len(name) > len(short):
                full, aliases = name[:-len(short)] + long, [name]
                break
        kind = ("union-federation" if suffix in ("总工会", "市总", "县总", "区总") else "union" if "工会" in suffix
                else "enterprise" if suffix in ("公司", "有限公司", "有限责任公司", "集团") else
                "school" if suffix in ("学院", "大学", "学校", "幼儿园") else "government" if suffix in ("局", "厅", "政府", "办公厅", "人社局") else
                "party" if suffix in ("党委", "党组", "工委") else "association" if alliance else "studio" if suffix == "工作室" else MARKER)
        conf = 0.7 if head[1] in _STRONG else 0.55
        return Mention("organisations", name, start, pos + len(word), [], conf,
                       {"name": full, **({"aliases": aliases} if aliases else {}), "kind": kind})

    def _place_word(self, t: Token) -> bool:
        """A token that names a place: a full name (太仓市), or a short form (太仓) jieba gives as a
        place; never a word that is only also a place's short form (合作/vn, 合作市)."""
        places = self.gaz.get(t[0], [])
        return bool(places) and (t[1] == "ns" or any(p.name == t[0] for p in places)
                                 or t[1] == "m" and re.search(r"[^\d一二两三四五六七八九十百千万零〇]", t[0]) is not None)  # (三门/m 技师学院)

    @staticmethod
    def _gloss_opening(toks: list[Token], close: int) -> int | None:
        """The index of the opening bracket of a pinyin gloss (（chuàng）) whose closing bracket is
        token ``close``, or None."""
        k = close - 1
        while k >= 0 and close - k <= 6 and _PINYIN_RX.fullmatch(toks[k][0]):
            k -= 1
        return k if k >= 0 and k < close - 1 and toks[k][0] in ("（", "(") else None

    @staticmethod
    def _town_name(toks: list[Token], k: int, i: int) -> bool:
        """Token ``k`` names a subdistrict or a town: two or three characters, then 街道, 镇 or 乡,
        before the suffix at ``i`` (烟墩/n 街道 总工会)."""
        glued = k + 2 == i and len(toks[k + 1][0]) == 2 and toks[k + 1][0][-1] in "镇乡" and toks[k + 1][0] not in ("城乡", "乡镇", "全镇", "全乡")
        return k + 1 < i and (toks[k + 1][0] in ("街道", "镇", "乡") and 2 <= len(toks[k][0]) <= 3 or glued and 1 <= len(toks[k][0]) <= 3) and \
            toks[k][0] not in _GENERIC_HEADS | _HARD_STOPS and re.fullmatch(r"[\u4e00-\u9fff]+", toks[k][0]) is not None  # (集士/n 港镇/n 总工会)

    def _province_before(self, cpos: int):
        """The province named last before ``cpos`` in its story (陕西省总工会副主席、省国防工会主席;
        黑龙江省委宣传部、省政府新闻办), else the page's home province."""
        lo = self.ctx.crange(self.ctx.story_at(cpos)["span"])[0]
        named = [(k, pl) for form, ps in self.gaz.items() if len(form) >= 2 for pl in ps if pl.level == "province"
                 for k in [self.compact.rfind(form, lo, cpos)] if k >= 0]
        return max(named, key=lambda x: x[0])[1] if named else next(
            (pl for ps in self.gaz.values() for pl in ps if pl.level == "province" and pl.province == self.places.home_province), None)

    def _province_sector_union(self, toks: list[Token], j: int, start: int, name: str, end: int) -> Mention | None:
        """省财贸轻纺烟草工会, 省国防工会 (after a mark): a provincial sectoral union of the page's
        province, whose name (after 省) starts at token ``j``."""
        if not (j > 0 and toks[j - 1][0] == "省" and len(name) >= 4 and toks[j][0] not in _GENERIC_HEADS
                and (toks[j][1] in _STRONG or j < 2 or toks[j - 2][0] in ("、", "，", "和", "及", "与"))):
            return None
        prov = self._province_before(start - 1)
        if prov is None:
            return None
        if self.compact.startswith("联合会", end):  # 省国防工业工会联合会: named whole
            name, end = name + "联合会", end + 3
        return Mention("organisations", "省" + name, start - 1, end, [], 0.55,
                       {"name": prov.name + name, "aliases": ["省" + name], "kind": "union"})

    def _city_sector_union(self, toks: list[Token], j: int, start: int, name: str, end: int) -> Mention | None:
        """市城建交通农林工会, 市教科文卫体工会 (after a mark, a verb or a conjunction): a sectoral
        union of the story's city, whose name (after 市) starts at token ``j``."""
        if not (j > 0 and toks[j - 1][0] == "市" and len(name) >= 4 and toks[j][0] not in _GENERIC_HEADS
                and not name.endswith("总工会") and not re.match(r"[两三四五六各]级|基层|全", name)
                and (j < 2 or toks[j - 2][1] in ("x", "v", "p", "c") or toks[j - 2][0] in _HARD_STOPS)):
            return None
        if self.compact.startswith("联合会", end):  # 市城建工会联合会: the federation of the sector's unions, named whole
            name, end = name + "联合会", end + 3
        place = self.ctx.story_at(start).get("place") or ""
        city = place if place.endswith("市") else None
        if city is None:
            return self._placeless("市" + name, start - 1, end, "union", "city")
        return Mention("organisations", "市" + name, start - 1, end, [], 0.55,
                       {"name": city + name, "aliases": ["市" + name], "kind": "union"})

    def _person_before(self, toks: list[Token], k: int) -> bool:
        """A person's name (a surname, jieba's nr) within the few name-like tokens before token
        ``k``: 李秀兰/nr 传统工艺 (手艺): the bracket is part of a person's studio's name."""
        for n in range(k - 1, max(-1, k - 4), -1):
            t = toks[n]
            if t[1] in ("nr", "nrfg") and 2 <= len(t[0]) <= 3 and t[0][0] in SURNAMES:
                return n == 0 or toks[n - 1][1] in ("x", "c", "p", "v") or toks[n - 1][0] in _HARD_STOPS - {"的"}
            if t[1] not in _INNER:
                return False
        return False

    def _bare_bodies(self, toks: list[Token], j: int, i: int, suffix: str) -> list[Mention]:
        """A body printed without its place (宣传文旅局, 机关纪委, 市委理论讲师团, 党工委) in a section
        whose place is known: that place's. A list sharing the suffix (司法、应急、社会事务局) names
        one body per item."""
        if suffix not in _BODY_SUFFIXES or toks[j][0] in _GENERIC_HEADS and toks[j][0] not in ("市", "县", "区"):
            return []
        start, end = toks[j][2], toks[i][2] + len(toks[i][0])
        local = _LOCAL_BODY.match(self.compact, start)
        if local and local.end() == end:
            return []  # 区人社局: the local body rule gives its full name (not 市委 of 市委理论讲师团)
        found = self._bare_body(self.compact[start:end], start, end)
        shared = self.compact[end - 1:end]
        k = j
        while found and k >= 3 and toks[k - 1][0] == "、" and toks[k - 2][1] in _NAMEISH | {"v"} and \
                2 <= len(toks[k - 2][0]) <= 4 and toks[k - 2][0] not in _GENERIC_HEADS | _HARD_STOPS and \
                not toks[k - 2][0].endswith((*ORG_SUFFIXES, "部", "办")) and \
                (toks[k - 3][0] == "、" or toks[k - 3][1] in ("v", "p", "c", "x")):
            w, _f, p = toks[k - 2]  # 联合司法、应急、社会事务局 → 司法局, 应急局 (never 区人社局、区工信局)
            found[:0] = self._bare_body(w + shared, p, p + len(w), printed=w)
            k -= 2
        return found

    def _bare_body(self, name: str, start: int, end: int, printed: str | None = None) -> list[Mention]:
        story = self.ctx.story_at(start)
        place = story.get("place")
        if not place or name[0] == "省" or any(name[:k] in self.gaz for k in range(2, 5)):
            return []
        forms = [place] + [f for f in self.places.place_forms(place) if f != place]
        if name[0] in "市县区":  # 市委理论讲师团 in a county-level city's section
            if not place.endswith(name[0]):
                return []
            names = [f + name[1:] for f in forms if f.endswith(name[0])]
        else:
            names = [f + name for f in forms]
        printed_names = list(names)
        for short, long in _ABBREVIATED.items():  # 应急局 → 应急管理局, 人社局 → 人力资源和社会保障局
            if name.endswith(short):
                names = [n[:-len(short)] + long for n in names]
                break
        refs = [e for n in names + printed_names for sec, e in self.names.get(n, []) if sec == "organisations"]
        kind = "party" if re.search(r"纪委|党委|工委|讲师团", name) else "government"
        aliases = list(dict.fromkeys(n for n in names[1:] + printed_names if n != names[0]))
        return [Mention("organisations", printed or name, start, end, refs[:1], 0.5,
                        None if refs else {"name": names[0], **({"aliases": aliases} if aliases else {}), "kind": kind})]
