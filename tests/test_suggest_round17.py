"""suggest on the unseen pages of heldout68–107, read again (issue 21, the seventeenth round).
Every sentence is written for these tests, in forms real pages show; none is taken from a page."""

import pytest

from reformkg.suggest.drafter import suggest


def _draft(base, text: str):
    vocab, registry = base
    return suggest("crafted.txt", registry, vocab, text=text)


def _observations(base, text: str) -> list[str]:
    return [s.text for s in _draft(base, text).suggestions if s.kind == "observation"]


def _subjects(base, text: str) -> dict[str, str | None]:
    return {s.text: s.fields.get("subject_name") for s in _draft(base, text).suggestions if s.kind == "observation"}


def test_the_list_behind_a_count_given_before_is_one_fact(base):
    page = ("我省多个集体和个人获全国五一劳动奖\n\n本报讯 近日，记者从省总工会获悉，我省6家单位和25名个人分获全国五一劳动奖状、"
            "全国五一劳动奖章，18个集体获全国工人先锋号称号。\n\n甲乙机械有限公司、丙丁医院等6家单位获全国五一劳动奖状。"
            "甲公司焊工王某、乙医院护士李某等25人荣获全国五一劳动奖章。丙车间、丁班组等18个集体获全国工人先锋号称号。\n")
    obs = _observations(base, page)
    assert obs.count("6家") == 1 and obs.count("18个") == 1  # the list's 等6家单位: the count given before
    page = ("某省多个集体获全国五一劳动奖\n\n2023年04月28日 来源：某某日报\n\n原标题：【学习先进典型】我省6家单位、25名个人获授全国五一劳动奖\n\n"
            "4月27日，表彰大会在北京举行。我省6家单位、25名个人受到表彰。\n\n"
            "表彰会上，甲公司等6家单位获全国五一劳动奖状；王某等25名个人获全国五一劳动奖章。\n")
    assert _observations(base, page) == ["6家", "25名"]  # the same things counted (6家单位 … 等6家单位), no words shared
    assert "25名" in obs and "25人" not in obs                 # 25名个人 … 等25人: the same people
    # two parallel lists, each after 等, are two facts; so is a count not given before
    page = ("某区表彰先进职工之家\n\n本报讯 近日，甲公司、乙公司等12个单位被评为某区先进职工之家；丙公司、丁公司等12个单位"
            "被评为某区先进职工小家。戊公司、己公司等7家企业获评和谐企业。\n")
    obs = _observations(base, page)
    assert obs.count("12个") == 2 and "7家" in obs
    # the same number of other things before: no restatement
    page = ("某县开展技能竞赛\n\n本报讯 近日，某县总工会开展技能竞赛，设置竞赛项目9个。最终，张某、李某等9人获得一等奖。\n")
    assert {"9个", "9人"} <= set(_observations(base, page))


def _orgs(draft) -> list[str]:
    return [s.text for s in draft.suggestions if s.kind == "organisation"]


def test_the_federation_printed_short_before_what_it_does_is_a_body(base):
    page = ("某市工会简讯\n\n本报讯 近日，长春市总开放了职工驿站120家。据悉，市总为困难职工发放慰问金5万元，"
            "其经验获得省总认可。\n")
    draft = _draft(base, page)
    orgs = _orgs(draft)
    assert {"长春市总", "市总", "省总"} <= set(orgs)
    short = next(s for s in draft.suggestions if s.kind == "organisation" and s.text == "市总")
    assert short.fields["new"]["name"] == "长春市总工会"  # the one city union the page prints in full
    # 总 in other words, and 该市总 (this city's), are no body
    page = "某县工会简讯\n\n本报讯 近日，某县总工会新建职工之家3个，室外教区总面积70平方米，该市总干部深入一线。\n"
    assert not {"区总", "市总"} & set(_orgs(_draft(base, page)))


def test_a_province_the_story_went_to_is_not_whose_federation(base):
    page = ("某县工会简讯\n\n本报讯 近日，陕西某某县总工会组织职工艺术团20余次赴河北、广州等地交流演出，"
            "连续8年被省总授予先进单位称号。\n")
    draft = _draft(base, page)
    short = next(s for s in draft.suggestions if s.kind == "organisation" and s.text == "省总")
    assert (short.fields.get("new") or {}).get("name", "") != "河北省总工会"
    years = next(s for s in draft.suggestions if s.kind == "observation" and s.text == "8年")
    assert years.fields.get("subject_name") != "省总"  # 连续8年被省总授予: how long the county's union held it


def test_a_union_s_own_unit_before_what_it_does_is_a_body(base):
    page = ("某市工会简讯\n\n本报讯 近日，泉州市总工会权益保障部为职工提供法律咨询120次。雁塔区总工会女职委将开展免费筛查，"
            "惠及女职工500人。苍溪县总工会机关聚焦新就业形态，走访企业30家。\n")
    orgs = set(_orgs(_draft(base, page)))
    assert {"泉州市总工会权益保障部", "雁塔区总工会女职委", "苍溪县总工会机关"} <= orgs
    # the staff of its offices, a department head's post, the office the news came from: no unit named
    page = ("某市工会简讯\n\n本报讯 近日，雁塔区总工会机关干部下沉基层。泉州市总工会基层工作部部长王某介绍，全市新建工会30家。"
            "记者从福建省总工会权益保障部获悉，全省帮扶困难职工3000户。\n")
    orgs = set(_orgs(_draft(base, page)))
    assert not {o for o in orgs if o.endswith(("机关", "部"))}


def _posts(base, text: str) -> dict[str, str]:
    return {s.fields["name"]: s.fields["role"] for s in _draft(base, text).suggestions if s.kind == "post"}


def test_a_model_worker_s_title_before_the_name_is_the_person_s(base):
    posts = _posts(base, "某市工会简讯\n\n本报讯 近日，全国劳模秦世勇宣读倡议书。大国工匠韩丽萍为联盟揭牌。"
                         "市劳模创新工作室培养徒弟30名。\n")
    assert posts.get("秦世勇") == "全国劳模" and posts.get("韩丽萍") == "大国工匠"
    assert len(posts) == 2  # 劳模创新工作室: a studio, no person
    posts = _posts(base, "某市工会简讯\n\n本报讯 近日，全国五一劳动奖章获得者张强为职工授课，技术能手张宏谦介绍经验。\n")
    assert posts == {"张强": "全国五一劳动奖章获得者", "张宏谦": "技术能手"}


def test_a_county_union_printed_with_and_without_its_city_is_one_body(base):
    page = ("某县工会帮扶纪实\n\n某某新闻网12月19日讯 （通讯员 王某）“全年共慰问困难职工600余名，发放慰问金52.6万元。”"
            "这是张家界市慈利县总工会开展真情帮扶的缩影。\n\n今年，慈利县总开展了送温暖活动。\n")
    subjects = _subjects(base, page)
    assert subjects["600余名"] == subjects["52.6万元"] and "慈利县总工会" in subjects["600余名"]


def test_a_headline_s_city_before_the_union_s_district_is_not_the_subject(base):
    # a report of more than one news item's length, its figures under sections that name nobody
    page = (",欢迎光临!\n您当前位置:网站首页 >> 业界动态 >> 第五届全国职工文化论坛经验分享:北京大兴\n\n"
        "第五届全国职工文化论坛经验分享:北京大兴\n\n2025-11-04 02:27:44 来源:某某网 浏览:1234\n\n"
        "北京市大兴区职工文化建设的探索与实践\n\n北京市大兴区总工会某部部长王某\n\n\n"
        "近年来,大兴区总工会以产改为牵引,深耕思想引领、制度建设、文化活动四大维度,推动职工文化建设。\n\n"
        "一、强化思想引领,凝聚职工力量\n\n坚持思想政治引领,构建宣传教育矩阵。\n\n"
        "(一)打造“榜样引领”品牌\n组建劳模宣讲团,深入企业、学校开展“劳模巡回宣讲”等活动30余场,覆盖职工超2万人次。\n\n"
        "(二)扩大文化影响力\n优化“大兴工会”微信公众号,两年发布信息1700余篇,粉丝5.7万,260篇内容获市级以上媒体刊发。\n\n"
        "(三)延伸思想引领形式\n强化服务职工理念,结合工会业务工作的开展,加强思想引领的动力和吸引力,让职工在参与中受教育、在活动中增认同,把职工文化建设与企业发展、职工成长紧密结合起来,推动形成崇尚劳动、尊重技能、追求创新的良好风尚,为区域发展凝聚强大合力。下一步,将持续完善职工文化服务体系,推动文化资源向基层延伸、向一线倾斜,让更多职工共享文化发展成果,不断增强职工群众的获得感、幸福感和安全感。同时,加强职工文化人才队伍建设,培育一批热爱文化工作的骨干力量,完善激励机制,鼓励职工积极参与文化创作,形成人人参与、人人共享的生动局面,以高质量的职工文化建设助力区域经济社会高质量发展。此外,还将深化与驻区企业、院校的合作,共建共享职工文化阵地,打造一批有影响力的职工文化品牌,推出更多贴近职工、反映时代的优秀作品,讲好劳动者故事,传播劳动者声音,在全社会营造劳动光荣、技能宝贵、创造伟大的浓厚氛围。")
    subjects = _subjects(base, page)
    assert subjects["30余场"] == subjects["1700余篇"] == "大兴区总工会"  # (北京大兴: the district's union, not 北京)


def test_numbers_a_run_of_spaces_apart_are_not_one_figure(base):
    from reformkg.annotation.figures import find_figures
    from reformkg.annotation.grounding import PageText
    vocab, _registry = base
    text = "版次:009    2025年04月25日\n本报讯 全市共 3 000 人参加，发放慰问金12\n万元。\n"
    found = [h.text for h in find_figures(PageText("p", text, ""), vocab)]
    assert found == ["3000人", "12万元"]  # never 0092025年 (a page's number, its date); a thousands' space, a wrapped line join


def test_the_unions_of_levels_listed_name_no_body(base):
    page = ("某县工会简讯\n\n本报讯 近日，根据省、市总工会的要求，金塔县总工会开展送温暖活动，慰问职工120人。"
            "活动得到全国总工会及省、市总工会的支持。\n")
    draft = _draft(base, page)
    assert "市总工会" not in _orgs(draft) and "金塔县总工会" in _orgs(draft)  # 省、市总工会: the province's and the city's, generic
    subjects = {s.text: s.fields.get("subject_name") for s in draft.suggestions if s.kind == "observation"}
    assert subjects["120人"] == "金塔县总工会"
    page = "某市工会简讯\n\n本报讯 近日，某工业园区、市总工会联合举办招聘会，提供岗位300个。\n"
    assert "市总工会" in _orgs(_draft(base, page))  # a park's name before: the city's union is named


def test_an_office_building_s_union_as_a_kind_is_no_body(base):
    page = "某区工会简讯\n\n本报讯 近日，灵桥广场召开楼宇工会成立大会。全区逐步建立起楼宇工会12个，吸纳会员350名。\n"
    assert "楼宇工会" not in _orgs(_draft(base, page))


def test_channels_and_what_a_person_said_are_no_bodies(base):
    page = ("某区工会简讯\n\n本报讯 同时，区总工会依托政府网站、工作群等平台宣传互助保障政策，参保职工1200人。"
            "货拉拉、滴滴等平台企业参加座谈。调研中，王某某充分肯定区中医院打造的职工之家。\n")
    orgs = _orgs(_draft(base, page))
    assert {"货拉拉", "滴滴"} <= set(orgs)  # the firms a list names before 等平台企业
    assert not any(o.startswith(("依托", "政府网站", "工作群", "王某某")) for o in orgs)


def test_a_bare_count_in_ten_thousands_with_more_before_it_is_a_figure(base):
    page = ("某市工会简讯\n\n本报讯 据悉，泉州现有产业工人200多万，大多分布于民营企业。"
            "东莞500多万产业工人是推动发展的主力。\n")
    assert _observations(base, page) == ["200多万", "500多万"]


def test_a_share_in_tenths_is_a_figure(base):
    page = ("某公司工会简讯\n\n本报讯 近日，某集团技能人才占操作人员比例超过9成，其中高技能人才超过5成。"
            "某某建成职工书屋3个。\n")
    assert _observations(base, page) == ["超过9成", "超过5成", "3个"]


def test_a_name_whose_last_character_jieba_joins_to_the_verb_after_it(base):
    posts = _posts(base, "某医院工会简讯\n\n本报讯 开幕式由某医院工会主席李希民主持，参赛职工120名。\n")
    assert posts.get("李希民") == "主席"  # 李希/nr 民主/n 持: the name of three, then 主持


def test_a_city_committee_printed_alone_heading_the_figure_is_the_city_s(base):
    page = ("青岛市表彰劳动模范\n\n本报讯 今天上午，青岛市劳动模范表彰大会在市人民会堂召开。"
            "市委常委、市纪委书记王某宣读了表彰决定等，随后，大会向今年受表彰的55名青岛市劳动模范颁奖。\n")
    subjects = _subjects(base, page)
    assert subjects["55名"] == "青岛市"


def test_this_park_is_the_one_park_the_story_named(base):
    page = ("某区工会简讯\n\n本报讯 近日，区总工会一行人深入七盘关工业园区，走访了园区企业。"
            "该园区目前入园企业32家，现有职工2300余人。\n")
    subjects = _subjects(base, page)
    assert subjects["32家"] == subjects["2300余人"] == "七盘关工业园区"


@pytest.mark.parametrize("sentence, kept, dropped", [
    ("市总工会聚焦货车司机等八类新就业形态劳动者，发展会员1200人。", {"1200人"}, {"八类"}),  # the kinds a list names
    ("一类大赛设12个工种，二类大赛78个工种，三类大赛35个工种。", {"12个", "78个", "35个"}, {"二类", "三类"}),  # a class
    ("本届赛事共设三类赛事13项。", {"三类", "13项"}, set()),  # three kinds: a count
    ("挤奶不用四处‘打游击’，小屋已建成12间。", set(), {"四处"}),
    ("整合三方优势资源，达到三方共赢，服务职工3000人。", {"3000人"}, {"三方"}),
    ("培训后就业率提高了三个百分点，培训职工472万人次。", {"三个百分点", "472万人次"}, set()),
    ("深入学习贯彻党的二十大和二十届二中、三中全会精神，全年培训职工300人。", {"300人"}, {"二十届"}),
])
def test_kinds_classes_and_words_are_no_figures(base, sentence, kept, dropped):
    obs = set(_observations(base, f"某市工会简讯\n\n本报讯 近日，{sentence}\n"))
    assert kept <= obs and not dropped & obs


def test_a_hypothetical_s_figures_are_not_reported(base):
    page = ("某市工会简讯\n\n本报讯 目前全市已发放会员卡30多万张。对银行来说，如果每个持卡会员在卡上平均存100元，"
            "储蓄总额将达到3000多万元。\n")
    assert _observations(base, page) == ["30多万张"]


def test_a_line_of_other_stories_headlines_is_the_site_s(base):
    from reformkg.suggest.stories import boilerplate
    line = "某省印发提振消费行动方案 我市以旧换新最高补贴2万元 抢滩数字经济新蓝海 某公园近3万株杜鹃花提前绽放 某市出台技能提升方案 专家田间送科技"
    assert boilerplate(line) == "links"
    page = f"某市工会简讯\n\n本报讯 近日，某市总工会为职工发放慰问金12万元。\n\n{line}\n"
    assert _observations(base, page) == ["12万元"]
    assert boilerplate("某市总工会 某区总工会 某县总工会 开展 送温暖 活动，慰问职工 120 人") is None  # a sentence's marks: the story's


def test_a_street_s_and_a_banner_s_union(base):
    page = ("某区工会简讯\n\n本报讯 近日，惠山区长安街道总工会开展暑期工活动，街道总工会为学生提供岗位61个。"
            "各街道总工会积极参与。\n")
    draft = _draft(base, page)
    assert {"惠山区长安街道总工会", "街道总工会"} <= set(_orgs(draft))  # (jieba: 长安街/ns 道/q)
    short = next(s for s in draft.suggestions if s.kind == "organisation" and s.text == "街道总工会")
    assert short.fields["new"]["name"] == "惠山区长安街道总工会"
    page = "某旗工会简讯\n\n本报讯 近日，乌审旗总工会开展金秋助学活动，旗总工会资助学生48名。\n"
    assert {"乌审旗总工会", "旗总工会"} <= set(_orgs(_draft(base, page)))  # a banner's union printed short, as 县总工会
