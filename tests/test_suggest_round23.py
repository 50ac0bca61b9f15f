"""suggest on the unseen pages of heldout68–201, read (issue 21, the twenty-third round).
Every sentence is written for these tests, in forms real pages show; none is taken from a page."""

from test_suggest_round12 import _orgs
from test_suggest_round17 import _draft


def test_a_firms_brand_jieba_cuts_off_is_part_of_its_name(base):
    page = ("某市表彰先进集体\n\n本报讯 2025年4月，某市总工会授予成都中光电科技有限公司等12个单位市五一劳动奖状，"
            "获奖个人有中信重工开诚智能装备有限公司工程师孙某，作为金力永磁（包头）科技有限公司的职工，李某和今创集团股份有限公司张某也在其中。\n")
    orgs = _orgs(base, page)
    assert {"成都中光电科技有限公司", "中信重工开诚智能装备有限公司", "金力永磁（包头）科技有限公司", "今创集团股份有限公司"} <= set(orgs), orgs
    assert not {"光电科技有限公司", "智能装备有限公司", "科技有限公司", "集团股份有限公司"} & set(orgs), orgs
    # a firm of a kind (该, 一家): no name of trade words, and no brand made up for it
    orgs = _orgs(base, "某区工会走访企业\n\n本报讯 2025年3月，区总工会走访一家科技有限公司，该科技有限公司职工200人。\n")
    assert not [o for o in orgs if o.endswith("科技有限公司")], orgs


def test_sessions_dates_programmes_and_time_limits_are_no_figures(base):
    from test_suggest_round17 import _observations

    page = ("某省工会推进产改\n\n本报讯 2025年5月，某省总工会认真落实省委十四届五次、六次、七次全会精神，"
            "作为省总工会为职工办10件实事之一，全省建成工会驿站320个。技能大赛决赛15日至16日在某市举行，"
            "选手要在90分钟内砌出一面墙，共有480名职工参赛。劳模王某某在38年的焊接工作中带出徒弟60名，"
            "省总工会女工委主任李某12日动情地说，全省已建爱心妈咪小屋1500家。\n")
    obs = _observations(base, page)
    assert {"320个", "480名", "60名", "1500家"} <= set(obs), obs
    assert not {"十四届", "五次", "六次", "七次", "10件", "15日至16日", "90分钟", "38年", "12日"} & set(obs), obs


def test_a_vice_post_or_a_list_closed_by_deng_is_each_names_post(base):
    body = "某市总工会开展送清凉活动，为环卫工人送去清凉物资，活动受到职工欢迎。"
    posts = {(s.fields["name"], s.fields["role"]) for s in _draft(base, f"某市工会开展活动\n\n本报讯 近日，{body}"
             "市总女工委副主任宋某某、朱某某、田某某等领导出席活动。\n").suggestions if s.kind == "post"}
    assert {("宋某某", "副主任"), ("朱某某", "副主任"), ("田某某", "副主任")} <= posts, posts
    # 主席张某、李某: the second may hold another post, unprinted
    posts = {s.fields["name"] for s in _draft(base, f"某市工会开展活动\n\n本报讯 近日，{body}"
             "市总工会主席张某某、李某某出席活动。\n").suggestions if s.kind == "post"}
    assert "李某某" not in posts, posts


def test_the_party_centre_central_bodies_and_a_government_after_its_party_committee_are_named(base):
    page = ("某市推进产改\n\n本报讯 2024年，党中央、国务院印发改革方案，中央网信办和全国工商联参与。"
            "某市总工会在市委市政府领导下开展工作，县委县政府把产改列入考核，全市新建工匠学院12家。\n")
    from test_suggest_heldout5_orgs import _orgs as _org_fields

    orgs = _org_fields(base, page)
    assert {"党中央", "国务院", "中央网信办", "全国工商联", "市委", "市政府", "县委", "县政府"} <= set(orgs), orgs
    assert orgs["党中央"]["new"] == {"name": "中国共产党中央委员会", "aliases": ["党中央"], "kind": "party"}
    # the Party's care for the workers: no body acting
    assert "党中央" not in _orgs(base, "某市工会活动\n\n本报讯 职工们感受到党中央对工人阶级的亲切关怀，300名职工参加。\n")


def test_an_honour_the_national_federation_names_and_a_place_beginning_a_firms_name_are_not_whose(base):
    from test_suggest_round12 import _subjects

    page = ("某市职工书屋建设\n\n本报讯 截至目前，汉中市累计建成各级职工书屋300个，其中全国总工会职工书屋示范点12个、"
            "省级职工书屋40个、市级职工书屋248个。全国总工会表彰全国五一劳动奖状200个。\n")
    subjects = _subjects(base, page)
    assert subjects["12个"] != "全国总工会" and subjects["40个"] != "全国总工会" and subjects["248个"] != "全国总工会", subjects
    assert subjects["200个"] == "全国总工会", subjects  # the union awards them: its own count
    filler = "一是强化政治引领，把思想教育贯穿人才培养全过程，形成上下联动的工作格局，让广大职工在岗位上建功立业。" * 12
    page = ("山东港口日照港：以赛促学锻造技能队伍\n\n本报讯 近年来，山东港口日照港工会紧密围绕港口发展大局，推动技能人才队伍建设。\n"
            f"{filler}\n坚持“以赛育人、以赛促技”，构建技能竞赛体系。通过打造12处实训基地，五年来，累计培养技术状元230人。\n")
    subjects = _subjects(base, page)
    assert subjects["12处"] not in ("山东", "山东省") and subjects["230人"] not in ("山东", "山东省"), subjects


def test_experience_a_graduates_cohort_and_a_cap_are_no_figures(base):
    from test_suggest_round17 import _observations

    page = ("某市工会关爱新就业形态劳动者\n\n本报讯 2025年6月，某市总工会为300名网约车司机送去清凉。有20多年驾驶经验的司机王某说，"
            "工会很贴心。参加工作15年来，劳模李某提出建议120条。某职业技术学院2024届毕业生张某入职。"
            "工会为每户困难职工提供生活用品2000元以内，共帮扶85户。\n")
    obs = _observations(base, page)
    assert {"300名", "120条", "85户"} <= set(obs), obs
    assert not {"20多年", "15年", "2024届", "2000元"} & set(obs), obs


def test_a_three_character_town_jieba_cuts_and_bodies_after_le_or_before_peibei(base):
    page = ("某县工会服务职工\n\n本报讯 2025年3月，桂平市蒙圩镇乡村保洁员工会成立。蒙圩镇总工会主席覃某某表示，将做好服务。"
            "职工深切感受了县委、县政府和工会的温暖。服务中心由省总、市总配备80万元建成。\n")
    orgs = _orgs(base, page)
    assert {"蒙圩镇乡村保洁员工会", "蒙圩镇总工会", "县委", "县政府", "省总", "市总"} <= orgs, orgs
    assert not {"圩镇乡村保洁员工会", "圩镇总工会"} & orgs, orgs


def test_a_closing_byline_in_traditional_characters_before_the_sites_lines(base):
    body = "某市總工會舉辦職工文藝展演，來自全市各行業的一線職工登台獻藝，展示廣大職工的精神風貌，贏得觀眾陣陣掌聲。" * 4
    page = f"某市職工文藝展演舉行\n\n本報訊 {body}部分老領導觀看演出。(記者 郎某某)\n(責編:木某某、朱某某)\n分享讓更多人看到\n"
    assert _draft(base, page).annotation["stories"][0].get("byline") == [
        {"name": "郎某某", "role": "reporter", "quote": "記者郎某某"},  # (and its editors, round 25)
        {"name": "木某某", "role": "editor", "quote": "責編:木某某"}, {"name": "朱某某", "role": "editor", "quote": "朱某某"}]
    # a bracket with a reporter inside the story, sentences after it: no byline
    page = f"某市職工文藝展演舉行\n\n本報訊 {body}(記者 郎某某)據介紹，展演還將走進基層。\n"
    assert "byline" not in _draft(base, page).annotation["stories"][0]


def test_the_labour_bodies_of_hong_kong_macau_and_taiwan_by_their_short_names(base):
    page = ("工聯會助職工索回欠薪\n\n本報訊 工聯會早前舉行活動，勞工局與工聯合作辦理配對會，澳工聯副理事長趙某某出席。"
            "勞聯派出防暑包三千個，勞工處及天文台發出警告。台中市政府勞工局持續推動就業服務，工聯驛站開放。\n")
    orgs = _orgs(base, page)
    assert {"工聯會", "勞工局", "工聯", "澳工聯", "勞聯", "勞工處", "台中市政府勞工局"} <= orgs, orgs
    assert "工聯驛站" not in orgs and sum(o == "勞工局" for o in orgs) == 1, orgs


def test_the_variant_of_shaan_opencc_keeps_reads_as_shaanxi(base):
    from test_suggest_heldout5_orgs import _orgs as _org_fields

    page = "陜西工會新聞\n\n本報訊 近日，從陜西省總工會傳來喜訊，陜西渭河發電有限公司職工300人獲表彰。\n"
    orgs = _org_fields(base, page)
    assert orgs["陜西省總工會"]["ids"] == ["shaanxi-ftu"], orgs
    assert "陜西渭河發電有限公司" in orgs, orgs


def test_a_reporter_named_before_baodao_and_rarer_surnames(base):
    page = "某市工会助学\n\n某某工人报全媒体记者郭某报道:为帮助职工群众，市总工会发放助学金30万元。\n"
    assert _draft(base, page).annotation["stories"][0].get("byline") == [
        {"name": "郭某", "role": "reporter", "quote": "记者郭某"}]
    page = ("某省工匠学院建设新闻发布会召开\n\n本报讯 2025年5月，省总工会党组成员、副主席卯某某介绍，全省已建成工匠学院30家。"
            "省总工会副主席赖某某出席。\n")
    posts = {(s.fields["name"], s.fields["role"]) for s in _draft(base, page).suggestions if s.kind == "post"}
    assert {("卯某某", "副主席"), ("赖某某", "副主席")} <= posts, posts


def test_a_levels_hospital_after_a_verb_and_a_persons_studio_jieba_cuts(base):
    page = ("某县工会关爱环卫工人\n\n本报讯 2025年7月，县总工会组织环卫工人到县新城医院体检，省康复医院医疗队参加。"
            "二公司管延安创新工作室、三公司陈某某创新工作室参加交流，许广明职工创新工作室的项目获奖。泉州市康复医院也派员参加。\n")
    orgs = _orgs(base, page)
    assert {"县新城医院", "省康复医院", "管延安创新工作室", "许广明职工创新工作室", "泉州市康复医院"} <= orgs, orgs
    assert not {"新城医院", "康复医院", "延安创新工作室"} & orgs, orgs


def test_a_levels_union_printed_short_and_after_responding_or_thanking(base):
    page = ("鲁山县工会推进集体协商\n\n本报讯 2025年4月，鲁山县召开集体协商推进会。会后，县工会积极行动，走访企业87家。"
            "旗总工会积极响应市总工会的要求，职工感谢市总工会和企业。各社区工会、园区工会积极响应，全县工会系统参与。\n")
    orgs = _orgs(base, page)
    assert {"县工会", "市总工会"} <= orgs, orgs
    assert "区工会" not in orgs, orgs
