"""suggest on the unseen pages of heldout68–217, read (issue 21, the twenty-fourth round).
Every sentence is written for these tests, in forms real pages show; none is taken from a page."""

from test_suggest_round17 import _draft, _observations


def test_numbers_printed_digit_by_digit_in_chinese_numerals_are_figures(base):
    page = ("某地基本工資調整\n\n〔記者王某／台北報導〕2025年，某市職業總工會表示，基本工資審議會議決定，"
            "工會會員月薪再增八一〇元、達到二萬八五〇〇元，調幅二．九二％，時薪由一八五元調升至一九二元，"
            "受惠勞工有六十二．七八萬人，合計約一五六萬名勞工。\n")
    obs = {s.text: s for s in _draft(base, page).suggestions if s.kind == "observation"}
    assert {"八一〇元", "二萬八五〇〇元", "二．九二％", "六十二．七八萬人", "約一五六萬名"} <= set(obs), sorted(obs)
    assert obs["二萬八五〇〇元"].fields["value"] == "28500", obs["二萬八五〇〇元"].fields
    assert obs["二．九二％"].fields["value"] == "2.92", obs["二．九二％"].fields
    assert obs["六十二．七八萬人"].fields["value"] == "627800", obs["六十二．七八萬人"].fields


def test_a_guess_of_two_numbers_or_tens_is_not_read_digit_by_digit(base):
    from reformkg.suggest.normalise import normalise

    for text in ("每月四五百元的房租", "七八十人参加", "三五成群", "一一对应", "三十八．九三萬人"):
        assert not any(ch.isdigit() for ch in normalise(text)), (text, normalise(text))
    assert normalise("二〇一六年的一九六元") == "2016年的196元"


def test_measure_words_of_bottles_portions_and_big_items_stay_with_their_figure(base):
    page = ("某区工会送清凉\n\n本报讯 2025年7月，某区总工会为一线职工送上清凉饮料7.5万瓶、矿泉水600瓶，"
            "发放宣传材料90余人份，竞赛设置焊接、电工等5大项目，服务分为4大类别，职工参与率超过三成。\n")
    obs = _observations(base, page)
    assert {"7.5万瓶", "600瓶", "90余人份", "5大项目", "4大类别", "超过三成"} <= set(obs), obs
    assert not {"7.5万", "90余人", "5大项"} & set(obs), obs


def test_a_corps_division_and_a_zones_own_name_are_part_of_the_unions_name(base):
    from test_suggest_round12 import _orgs

    page = ("某地工会慰问职工\n\n本报讯 2025年1月，十三师新星市总工会走访慰问职工300人，师市总工会还为职工赠送保险。"
            "第八师石河子市总工会开展活动，青岛西海岸新区辛安街道总工会联合街道开展安全培训，覆盖职工1200人。\n")
    orgs = _orgs(base, page)
    assert {"十三师新星市总工会", "师市总工会", "第八师石河子市总工会", "青岛西海岸新区辛安街道总工会"} <= orgs, orgs
    assert not {"新星市总工会", "新区辛安街道总工会"} & orgs, orgs
    orgs = _orgs(base, "某区工会关爱职工\n\n本报讯 2025年3月，西海岸新区总工会特邀专家为职工开展讲座，职工300人参加。\n")
    assert "西海岸新区总工会" in orgs and "新区总工会" not in orgs, orgs


def test_the_labour_bodies_of_hong_kong_macau_and_taiwan_are_named_with_their_kind(base):
    from test_suggest_heldout5_orgs import _orgs as _org_fields

    page = ("香港工會爭取勞工權益\n\n本報訊 2025年，工聯會向勞工及福利局提交意見書，民政及青年事務局和入境處派員出席，"
            "立法會議員關注外勞輸入，全港逾1.2萬名工友受惠。在台灣，勞動部與經濟部討論配套，職安署去年實施勞檢3萬場次，"
            "全國產業總工會表示歡迎。勞動部長某某出席。\n")
    orgs = _org_fields(base, page)
    assert {"勞工及福利局", "民政及青年事務局", "入境處", "立法會", "勞動部", "經濟部", "職安署", "全國產業總工會"} <= set(orgs), orgs
    assert orgs["全國產業總工會"]["new"]["kind"] == "union-federation" and orgs["入境處"]["new"]["kind"] == "government", orgs


def test_a_headline_over_its_own_site_lines_is_the_storys_not_a_menus_line_above_it(base):
    page = ("地区分站\n\n您现在的位置:某某网 > 新闻资讯 > 职场动态 > 内容\n\n集体协商为某市某商圈300余名快递员撑腰\n"
            "来源:某某日报客户端 日期:2024-06-28 浏览\n\n    近日，某区某街道工会与快递企业代表开展集体协商，"
            "为商圈近300名快递员签订集体合同，覆盖企业6家。\n")
    draft = _draft(base, page)
    assert draft.annotation["stories"][0]["title"] == "集体协商为某市某商圈300余名快递员撑腰", draft.annotation["stories"][0]
    obs = {s.text: s.confidence for s in draft.suggestions if s.kind == "observation"}
    assert obs.get("近300名", 0) >= 0.6 and obs.get("300余名", 0) < 0.6, obs


def test_a_phone_number_a_time_limit_in_days_and_an_age_band_of_pupils_are_no_figures(base):
    page = ("某省工会公示劳模人选\n\n本报讯 2025年4月，某省总工会公示劳动模范候选人120名，如有不同意见，请于5日内反映。"
            "电话:028-86100000 通信地址:某市某街18号。夏令营面向10至15岁中小学生，共招收营员200名。\n")
    obs = _observations(base, page)
    assert {"120名", "200名"} <= set(obs), obs
    assert not [o for o in obs if "86100000" in o or o in ("5日", "10至15岁")], obs


def test_a_national_honours_level_in_a_clause_is_not_whose_the_later_figures_are(base):
    from test_suggest_round12 import _subjects

    page = "某省总工会推进职工书屋建设\n\n本报讯 据了解，2024年全省建成全国职工书屋21家、省级职工书屋80家，发放电子阅读卡5.2万张。\n"
    subjects = _subjects(base, page)
    assert subjects["5.2万张"] != "全国" and subjects["21家"] != "全国", subjects


def test_the_unions_mutual_aid_societies_and_their_offices_are_named_whole(base):
    from test_suggest_heldout5_orgs import _orgs as _org_fields

    page = ("某省职工互助保障工作\n\n本报讯 记者从广东省职工保障互助会获悉，2025年广东省职工保障互助会佛山地区发动参保40万人次。"
            "近日，苏州市职工互助互济会召开会员代表大会，中国职工保险互助会重庆办事处开展活动，职工缴纳互助会费。\n")
    orgs = _org_fields(base, page)
    assert {"广东省职工保障互助会", "苏州市职工互助互济会", "中国职工保险互助会重庆办事处"} <= set(orgs), orgs
    assert orgs["苏州市职工互助互济会"]["new"]["kind"] == "association", orgs
    assert not [o for o in orgs if o.startswith("年") or o == "互助会"], orgs


def test_a_place_line_ending_the_page_heads_no_story_of_its_own(base):
    page = ("某某工人日报网讯(记者 王某)11月6日,2024年全省企业民主管理工作现场推进会在某市召开。"
            "省总工会副主席李某某出席并讲话。会上,某市总工会等8家单位做了现场发言。\n"
            "免责声明:本文仅代表作者本人观点,与本网无关。\n河南省\n")
    draft = _draft(base, page)
    story = draft.annotation["stories"][0]
    assert story["scope"] == "in" and story["title"] != "河南省", story
    assert "8家" in {s.text for s in draft.suggestions if s.kind == "observation"}


def test_an_operators_grade_a_grids_specialist_and_a_unions_officer_are_posts(base):
    page = ("某市工会表彰先进\n\n本报讯 2024年3月，某电机有限公司装配特级技师、高级主任操作师周某某获评大国工匠。"
            "某供电局继电保护专责吴某某说，全局有职工1200人。市总工会民主管理部干事郑某某、社会服务社总干事钱某某出席。\n")
    posts = {(s.fields["name"], s.fields["role"]) for s in _draft(base, page).suggestions if s.kind == "post"}
    assert {("周某某", "高级主任操作师"), ("吴某某", "专责"), ("郑某某", "民主管理部干事"), ("钱某某", "总干事")} <= posts, posts


def test_a_firms_name_beginning_with_a_numeral_and_yuan_is_no_money(base):
    page = "某煤业工会开展安全活动\n\n本报讯 2024年1月，三元煤业被授予五星级群众安全工作站称号，并获得5万元工作站经费，全年收集隐患3000余条。\n"
    obs = _observations(base, page)
    assert {"5万元", "3000余条"} <= set(obs) and "三元" not in obs, obs


def test_topics_listed_before_a_phrase_on_firms_are_no_firms(base):
    from test_suggest_round12 import _orgs

    page = ("某区工会开展集体协商竞赛\n\n本报讯 2024年5月，参赛队员阅读了政策文件，围绕福利待遇、技能培训、创新成果等与企业发展密切相关的议题开展学习，"
            "共有12支队伍参赛。货拉拉、滴滴、快狗等平台企业派员参加。\n")
    orgs = _orgs(base, page)
    assert not {"福利待遇", "技能培训", "创新成果"} & orgs, orgs
    assert {"货拉拉", "滴滴", "快狗"} <= orgs, orgs


def test_a_kind_or_a_wish_before_gonghui_is_no_unions_name(base):
    from test_suggest_round12 import _orgs

    page = ("某市工会开展竞赛\n\n本报讯 2024年6月，某市代表队参加全省第二届城市工会集体协商竞赛，全力打造温馨工会、和谐工会，"
            "“谢谢工会的关心，”一名职工说，志愿者向新会员普及工会知识，学习中国工会十八大精神，共有职工300人参加。某市总工会主办。\n")
    orgs = _orgs(base, page)
    assert not {"城市工会", "温馨工会", "和谐工会", "谢谢工会", "普及工会", "中国工会"} & orgs, orgs
    assert "某市总工会" in orgs or any(o.endswith("市总工会") for o in orgs), orgs
