"""suggest on the unseen pages of heldout320–346, read (issue 21, the thirty-sixth round).
Every sentence is written for these tests, in forms real pages show; none is taken from a page."""

from test_suggest_round17 import _draft, _observations, _subjects


def test_a_change_by_one_figure_to_another_is_two_figures_not_a_range(base):
    page = ("某市外地雇员人数回落\n\n本报讯 2017年2月2日，某市统计部门公布，截至去年底，外地雇员人数按年降2.4%至17万8千人。"
            "某银行劳务派遣工数量锐减3.6万人至16.64万人。某市职工培训补贴由每人500元提高到每人600元。"
            "每人补贴800元至5000元不等。\n")
    obs = _observations(base, page)
    assert {"2.4%", "3.6万人", "16.64万人", "800元至5000元"} <= set(obs), obs
    assert not any(o.startswith(("2.4%至", "3.6万人至")) for o in obs), obs


def test_a_year_an_event_is_told_in_is_no_year_the_story_reviews(base):
    page = ("某市园区工会见闻\n\n王某 李某\n某市总工会民管部部长周某走访园区企业。\n"
            "2019年9月，某省总工会印发《关于加强基层工会建设的意见》。对此，某市总工会迅速行动。\n"
            "某市有6个省级工业园区，涵蓋90家企业，覆盖三万多名职工。\n")
    times = {s.text: s.fields.get("time") for s in _draft(base, page).suggestions if s.kind == "observation"}
    assert {(times[v] if isinstance(times[v], dict) else {}).get("during") for v in ("6个", "90家", "三万多名")} == {None}, times
    page = ("某区楼宇工会见闻\n\n王某\n在某区，这样的楼宇工会有1200个。\n"
            "2019年，工会联合会建进楼宇之后，社会化工会工作者张某在这里值班。\n"
            "以某区为例，辖区内集中了150万名职工，其中非公企业职工达到120万人。\n")
    times = {s.text: s.fields.get("time") for s in _draft(base, page).suggestions if s.kind == "observation"}
    assert {(times[v] if isinstance(times[v], dict) else {}).get("during") for v in ("150万名", "120万人")} == {None}, times
    # a year's review still dates the paragraphs after it
    page = page.replace("2019年，工会联合会建进楼宇之后，社会化工会工作者张某在这里值班。", "2019年，某区各级工会新建楼宇工会30个。")
    times = {s.text: s.fields.get("time") for s in _draft(base, page).suggestions if s.kind == "observation"}
    assert times["150万名"] == {"during": "2019"}, times


def test_a_mutual_aid_society_s_offices_printed_by_their_place_are_bodies(base):
    page = ("某市职工互助保障工作综述\n\n记者从浙江省职工保障互助会获悉，该会在某市有两个代办处，分别是温州、台州代办处。\n"
            "温州代办处全年组织宣讲会9场，新增参保单位120余家，发放互助金860.5万元。\n"
            "台州代办处全年发动参保10.2万人次，向4321人次发放互助金920万元。\n")
    subjects = _subjects(base, page)
    assert {subjects[v] for v in ("9场", "120余家", "860.5万元")} == {"温州代办处"}, subjects
    assert {subjects[v] for v in ("10.2万人次", "4321人次", "920万元")} == {"台州代办处"}, subjects


def test_a_sentence_opening_with_the_body_it_reports_from_is_that_body_s(base):
    page = ("某专项行动收官\n\n本报讯 国务院根治拖欠农民工工资工作领导小组组织开展的年度专项行动已收官。"
            "记者从湖南省总工会获悉：行动期间，各级工会共检查用人单位1.2万家，为3.4万名职工追回工资5.6亿元。\n")
    draft = _draft(base, page)
    rules = {s.text: s.fields.get("subject_rule", "") for s in draft.suggestions if s.kind == "observation"}
    names = {s.text: s.fields.get("subject_name") for s in draft.suggestions if s.kind == "observation"}
    assert all("记者从…获悉" in rules[v] for v in ("1.2万家", "3.4万名", "5.6亿元")), rules
    assert {names[v] for v in ("1.2万家", "3.4万名", "5.6亿元")} == {"湖南省总工会"}, names


def test_a_headline_s_place_that_begins_a_firm_s_short_name_is_no_subject(base):
    # a report longer than a news item: its topic changes by paragraph, and the third paragraph names no body
    page = ("上海纺织表彰先进集体和个人\n\n2月3日，上海纺织控股公司工会召开劳动竞赛表彰大会。6人获突出贡献奖、50人获竞赛标兵。"
            + "大会对先进集体和个人进行了表彰，号召广大职工学习先进、争当先进、赶超先进。" * 16 + "\n"
            "各级工会要团结带领广大职工坚定信心，当好主力军，建功新时代。\n"
            "全年实现技术革新12项，收到合理化建议400多条。\n")
    subjects = {s.text: s.fields.get("subject") for s in _draft(base, page).suggestions if s.kind == "observation"}
    assert all(subjects[v] != {"region": "shanghai"} for v in ("12项", "400多条")), subjects


def test_a_rank_or_a_deputy_s_title_after_the_country_names_no_place(base):
    page = ("某市职工创新工作室建设综述\n\n本报讯 某市总工会推动劳模工匠进校园。全国首个中职学校工匠工作室在某市某中专落地，"
            "全年增补课件36个，课程总量达210门。\n"
            "仪式上，全国人大代表、全国劳动模范张建华与18名职工代表一起点亮火炬。\n")
    draft = _draft(base, page)
    subjects = {s.text: s.fields.get("subject") for s in draft.suggestions if s.kind == "observation"}
    assert not any(subjects.get(v) == {"region": "china"} for v in ("36个", "210门", "18名")), subjects


def test_the_count_of_the_points_a_text_lists_next_is_no_figure(base):
    page = ("某市邮政工会推动外包企业建会\n\n本报讯 某市邮政工会提议与市总工会联合推进三项重点工作：搭建沟通群，开展送温暖，推动建会。"
            "考试分四项内容：一是理论，二是实操。调研覆盖外包企业12家、职工860人。\n")
    obs = _observations(base, page)
    assert {"12家", "860人"} <= set(obs) and not {"三项", "四项"} & set(obs), obs


def test_the_whole_year_of_a_plan_is_the_year_ahead(base):
    page = ("今年将培训职工不少于10万人次\n\n发布时间：2016-02-20 09:10:11\n"
            "记者近日从某新区总工会获悉，今年新区总工会将开展全方位的职工培训。全年培训职工不少于10万人次。\n"
            "新区各级工会计划全年建设15家以上职工书屋。\n")
    draft = _draft(base, page)
    times = {s.text: s.fields.get("time") for s in draft.suggestions if s.kind == "observation"}
    assert all(isinstance(times[v], dict) and times[v].get("during") == "2016" for v in ("不少于10万人次", "15家以上")), times


def test_a_year_in_a_later_clause_after_its_own_figure_dates_that_one_only(base):
    page = ("某市第四批工匠名单公布\n\n2020年04月10日 星期五\n"
            "本报讯 据了解，获某市第四批“海港工匠”荣誉的有张某某等38人，获提名奖的有李某某等12人，"
            "王某某等65人获评2019年度某市“首席工人”。\n")
    draft = _draft(base, page)
    times = {s.text: s.fields.get("time") for s in draft.suggestions if s.kind == "observation"}
    assert all(not (isinstance(times[v], dict) and times[v].get("during") == "2019") for v in ("38人", "12人")), times


def test_our_province_on_a_page_printing_no_province_is_the_one_its_places_are_in(base):
    page = ("襄阳实施职业技能提升行动\n\n8月20日，全省职业技能提升行动电视电话会召开，副市长李某某在襄阳分会场收听收看。\n"
            "据了解，我省将持续推进职业技能提升行动，三年共开展补贴性职业技能培训150万人次以上。\n")
    subjects = _subjects(base, page)
    assert subjects["150万人次以上"] == "湖北省", subjects
    # places of two provinces: which one, the annotator decides
    page = page.replace("在襄阳分会场收听收看", "与南阳市副市长王某某在襄阳分会场收听收看")
    subjects = _subjects(base, page)
    assert subjects["150万人次以上"] != "湖北省", subjects


def test_the_rank_county_and_division_level_names_no_county(base):
    page = ("某省表彰劳动模范\n\n本报讯 记者从某省总工会获悉：今年共表彰劳动模范300名，其中一线职工180名。"
            "企业负责人和县处级干部都在控制数内。\n")
    draft = _draft(base, page)
    assert not any(s.kind == "region" and "和县" in str(s.fields) for s in draft.suggestions)


def test_a_lead_listing_figures_to_the_body_the_reporter_heard_from_is_that_body_s(base):
    page = ("某省工会金秋助学\n\n本报讯 发放助学款620万余元，资助困难职工子女1500人，提供岗位210个……记者日前从湖南省总工会获悉，"
            "今年全省各级工会金秋助学活动加大了精准帮扶力度。\n据悉，湖南省教育厅也参与了审核。\n")
    subjects = _subjects(base, page)
    assert {subjects[v] for v in ("620万余元", "1500人", "210个")} == {"湖南省总工会"}, subjects


def test_a_federation_of_teachers_unions_named_whole(base):
    page = ("教师工会发布调查\n\n本报讯 今天，全国教师工会总联合会发表问卷调查，12万名教师参与。\n")
    draft = _draft(base, page)
    assert any(s.kind == "organisation" and s.fields.get("new", {}).get("name") == "全国教师工会总联合会" for s in draft.suggestions)


def test_today_is_a_festival_is_a_story_s_sentence_not_the_site_s_date(base):
    page = ("教师工会发布调查\n\n某社／ 台北28日电\n\n今天是教师节，某教师工会发表问卷调查，9成6教师希望减轻负担。\n")
    assert "9成6" in _observations(base, page)
    assert "2024" not in _observations(base, "教师工会发布调查\n\n今天是2024年9月10日 星期二\n\n某教师工会发表问卷调查，9成6教师希望减轻负担。\n")


def test_a_central_firm_s_regional_institute_and_a_firm_s_branch_in_a_place_are_named_whole(base):
    page = ("某工程公司关爱海外员工\n\n本报讯 中国电建西北院在某国先后承担了6个风电项目，累计培训当地员工3000人次。"
            "中国中铁九局集团大连分公司工会举办培训班7期，培训海外员工150人。\n")
    draft = _draft(base, page)
    names = {s.fields.get("new", {}).get("name") for s in draft.suggestions if s.kind == "organisation"}
    assert {"中国电建西北院", "中国中铁九局集团大连分公司"} <= names, names
    subjects = {s.text: s.fields.get("subject_name") for s in draft.suggestions if s.kind == "observation"}
    assert subjects["6个"] == "中国电建西北院" and subjects["150人"] == "中国中铁九局集团大连分公司", subjects


def test_twenty_and_thirty_printed_as_nian_and_sa_are_numbers(base):
    page = ("某护理工会公布调查\n\n本报讯 某护理师工会公布调查，约七成专科护理师一人须照顾廿位以上病人。"
            "某地失业率已连续廿七个季度低于3%。\n")
    draft = _draft(base, page)
    values = {s.text: s.fields.get("value") for s in draft.suggestions if s.kind == "observation"}
    assert values.get("廿位以上") == "20" and "七个" not in values, values


def test_a_train_s_conductor_is_a_post(base):
    page = ("某客运段工会落实职代会提案\n\n本报讯 武汉铁路局武汉客运段工会落实职代会提案，投入36万元修缮乘务楼浴室。"
            "武昌至昆明的K109次二组列车长王海涛深有感触地说：“下班后终于能洗上热水澡了。”\n")
    posts = {(s.fields.get("name"), s.fields.get("role")) for s in _draft(base, page).suggestions if s.kind == "post"}
    assert ("王海涛", "列车长") in posts, posts
