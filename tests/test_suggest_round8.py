"""suggest on the unseen pages of heldout14–21 (issue 21, the eighth round): units read whole (5部门,
4批次, 千瓦时), numbers that are no figures (years in a list, contest levels, lengths of time,
thresholds, stages, campaigns named by round numbers, ranks as criteria), ranks with no 名, 届时,
growth from a year's figure, dated events in a story's lead, subjects from a list under a report's
heading, a meeting's host and the story's most printed region, honours' levels, city departments,
names cut at a count or a verb, and a site's lines. Every sentence is written for these tests, in
forms real pages show; none is taken from a page."""

import pytest

from reformkg.suggest.drafter import suggest


def _draft(base, text: str):
    vocab, registry = base
    return suggest("crafted.txt", registry, vocab, text=text)


def _obs(base, text: str) -> dict:
    return {s.text: s for s in _draft(base, text).suggestions if s.kind == "observation"}


def _kind(base, text: str, kind: str) -> list:
    return [s for s in _draft(base, text).suggestions if s.kind == kind]


def _time(s) -> dict | str:
    t = s.fields["time"]
    return t if t == "TODO" else {k: v for k, v in t.items() if k != "text"}


def test_departments_years_in_a_list_and_contest_levels(base):
    obs = _obs(base, "某市开展工匠选树活动\n某市总工会、市委宣传部等5部门参与选树活动。"
                     "据统计，2021、2022年创新成果为企业降本增效近3亿元。"
                     "全年举办一级竞赛5场、二级竞赛10场、三级竞赛100场。\n")
    assert "5部门" in obs and "5部" not in obs
    assert "2021" not in obs and "近3亿元" in obs
    assert {"5场", "10场", "100场"} <= set(obs) and not {"一级", "二级", "三级"} & set(obs)


def test_a_page_s_comment_count_is_boilerplate(base):
    draft = _draft(base, "某市工会举办职工运动会\n某市总工会举办职工运动会，2000名职工参加。\n已有0人发表了评论\n")
    assert "0人" not in {s.text for s in draft.suggestions if s.kind == "observation"}
    assert any(n["reason"] == "web page boilerplate (comment count)" for n in draft.annotation["no_fact"])


def test_then_is_the_year_of_the_plan_before_it(base):
    text = ("某市出台新业态工会三年行动方案\n2023-10-24 09:39\n"
            "某市制定《新就业形态劳动者工会工作三年行动方案(2023—2025年)》。"
            "到2025年，全市快递员入会率将达到70%。市总工会负责人介绍，届时每个区县都会建设3个示范工会。\n")
    obs = _obs(base, text)
    assert _time(obs["3个"]) == {"by": "2025"}
    # no plan year before it: 届时 dates nothing
    assert _time(_obs(base, text.replace("(2023—2025年)", "").replace("到2025年，", ""))["3个"]) != {"by": "2025"}


def test_a_growth_from_a_year_s_figure_dates_each_figure(base):
    text = ("某市产改取得成效\n2024-07-02 09:31\n"
            "目前，某市技能人才从2017年启动改革时的12.5万人增加到30.2万人，其中高技能人才9.1万人。\n")
    obs = _obs(base, text)
    assert _time(obs["12.5万人"]) == {"during": "2017"}  # not since 2017
    assert _time(obs["30.2万人"]) == {"as_of": "2024-07-02"}  # 目前, at the story's date
    plain = _obs(base, "某市产改取得成效\n某市技能人才从2017年的12.5万人增长到30.2万人。\n")
    assert _time(plain["12.5万人"]) == {"during": "2017"} and _time(plain["30.2万人"]) != {"since": "2017"}


def test_the_story_s_region_is_the_one_it_prints_most_when_two_are_named_once(base):
    text = ("我市参加劳模工匠创新成果展\n9月2日，某论坛在长沙举行。"
            "岳阳市积极参加成果展，岳阳展区展示岳阳特色。展区门口是全市35名劳模工匠组成的匠心墙。\n")
    s = _obs(base, text)["35名"]
    assert s.fields.get("subject_name") == "岳阳市" and s.fields["subject"] != {"region": "changsha"}


def test_the_items_of_a_list_under_a_union_report_s_heading_are_the_union_s(base):
    text = ("汇聚工人力量 唱响劳动者之歌\n发布日期：2023-04-27\n\n"
            "固原市总工会认真落实市委部署，各项工作取得新成效。"
            + "坚持以职工为中心，深化改革创新，主动担当作为，团结动员广大职工建功立业。" * 24  # a long report (no news item)
            + "\n\n数读工会\n\n"
            "◆举办职工思想引领活动200余场次，参与职工40万余人次。\n\n"
            "◆新建职工书屋27家，开展劳动竞赛248项。\n\n"
            "◆发放困难职工帮扶资金900余万元。\n")
    obs = _obs(base, text)
    for value in ("200余场次", "27家", "248项", "900余万元"):
        assert obs[value].fields.get("subject_name") == "固原市总工会", value
    # a plain paragraph after the list's heading, not an item: no carry
    plain = _obs(base, text.replace("◆发放", "另外，全市发放"))
    assert plain["900余万元"].fields.get("subject_name") != "固原市总工会"


def test_an_app_button_and_a_font_size_control_are_the_site_s(base):
    text = ("立即下载\n某市举行五一劳动奖表彰大会\n2021-04-27 09:23:58 字号:\n\n"
            "4月26日上午，某市五一劳动奖表彰大会召开。\n\n会上，3个集体和45名职工受到表彰。\n")
    draft = _draft(base, text)
    assert draft.annotation["stories"][0]["title"] == "某市举行五一劳动奖表彰大会"
    obs = {s.text: s for s in draft.suggestions if s.kind == "observation"}
    assert _time(obs["45名"]) == {"during": "2021"}  # the day's event of a dated page: of its year
    assert _time(_obs(base, text.replace(" 字号:", " 字号：某某"))["45名"]) == {"during": "2021"}


def test_a_dated_story_of_an_event_held_days_before_gives_its_figures_that_year(base):
    text = ("某区工会专刊第二期\n发布时间:2016年10月09日\n\n某区工会专刊第二期\n\n"
            "某所开展修剪技能比武\n\n"
            "为提高职工专业技能，日前，某区园林所工会组织6个养护队开展修剪技能比武。\n\n"
            "比赛分为六个区域同时进行，20余名选手参赛。\n")
    obs = _obs(base, text)
    assert _time(obs["20余名"]) == {"during": "2016"}
    # news of work, no event held: the story's date stays the report date
    plain = _obs(base, text.replace("开展修剪技能比武。", "加强绿化养护工作。"))
    assert _time(plain["20余名"]) != {"during": "2016"}


def test_a_site_s_calendar_of_today_is_no_title_and_no_date(base):
    text = ("2024年04月26日 星期五 谷雨\n\n株洲市机械冶金工会召开年度工作会议\n\n宣传部 2023-03-14\n\n"
            "3月10日下午，株洲市机械冶金工会召开2023年度工作会议。\n\n"
            "会议表彰了先进基层工会30个、优秀工会工作者85人。\n")
    draft = _draft(base, text)
    story = draft.annotation["stories"][0]
    assert story["title"] == "株洲市机械冶金工会召开年度工作会议"
    assert story["date"]["value"] == "2023-03-14"
    obs = {s.text: s for s in draft.suggestions if s.kind == "observation"}
    assert _time(obs["85人"]) == {"during": "2023"}  # the day's meeting (3月10日) of a page of 2023


MEETING = ("株洲市机械冶金工会召开年度工作会议\n\n"
           "3月10日下午，株洲市机械冶金工会在某宾馆召开2023年度工作会议，部署全年工作，株洲市总工会负责人出席。"
           + "会议要求，要坚持以职工为中心，深化改革创新，团结动员广大职工建功立业。" * 18  # a long report (no news item)
           + "\n\n会议表彰了先进基层工会30个、优秀工会工作者85人。\n")
CONTEST = ("第六届职工技能大赛即将举办\n据悉，本次大赛由株洲市总工会、市人力资源和社会保障局主办。"
           "大赛围绕主导产业设置比赛项目，共设8个赛区28个项目。\n")


@pytest.mark.parametrize("text, value, name, cue, other", [
    # the figures of a meeting are its host's; a lead that reports no meeting: no host
    (MEETING, "30个", "株洲市机械冶金工会", "会议/会上", ("召开2023年度工作会议", "开展职工技能培训")),
    # a contest's figures are its first organiser's; a sentence about something else: no organiser carried
    (CONTEST, "28个", "株洲市总工会", "organiser", ("大赛围绕主导产业设置比赛项目，共设8个赛区28个项目。", "全市新建职工书屋28个。")),
])
def test_a_meeting_s_host_and_a_contest_s_organiser_only_where_printed(base, text, value, name, cue, other):
    obs = _obs(base, text)
    assert obs[value].fields.get("subject_name") == name and cue in obs[value].fields["subject_rule"]
    assert cue not in str(_obs(base, text.replace(*other))[value].fields.get("subject_rule"))


def test_lengths_of_time_thresholds_and_stages_are_no_figures(base):
    obs = _obs(base, "某市推进产改\n经过三个月的角逐，600名职工决出名次。某市总工会用三年时间，三年内在职工100人以上"
                     "或规模以上（年产值3千万元以上）的企业中遴选确定500家入库企业，按照导入期、深化期两个发展阶段推进，"
                     "分四个阶段完成任务。\n")
    assert {"600名", "500家"} <= set(obs)
    assert not {"三个", "三年", "100人以上", "3千万元以上", "两个", "四个"} & set(obs)


def test_a_day_before_从_is_no_figure_and_a_rank_needs_no_名(base):
    obs = _obs(base, "某市职工技能大赛获佳绩\n记者13日从市总工会获悉，某市代表队获得钳工团体第一、个人第一、第三名，"
                     "电工团体第二。全市600名职工参赛。\n")
    assert "13日" not in obs
    assert {"第一", "第三名", "第二", "600名"} <= set(obs)
    ranks = [s.text for s in _draft(base, "某市职工技能大赛获佳绩\n某市代表队获得钳工团体第一、个人第一、第三名。\n").suggestions
             if s.kind == "observation"]
    assert ranks.count("第一") == 2 and "第三名" in ranks


def test_an_honour_s_level_in_quotation_marks_is_not_who_holds_it(base):
    text = ("某市工会工作综述\n表彰劳动竞赛优胜单位21家。推荐评选全国“工人先锋号”2家、全国“五一劳动奖章”3人。\n")
    for value in ("2家", "3人"):
        assert _obs(base, text)[value].fields["subject"] != {"region": "china"}, value
    banner = "某区工会工作综述\n表彰示范工会23家。培育选树全国巾帼标兵岗1名、全国工人先锋号2家。\n"
    assert _obs(base, banner)["1名"].fields["subject"] != {"region": "china"}


def test_a_name_never_starts_with_a_count_s_measure_word_or_a_verb_s_tail(base):
    orgs = [s.text for s in _kind(base, "某市工会为企业减负\n某市总工会为7014家小微企业工会返还经费6281万元，"
                                        "展示22项紫竹职工创新工作室成果。张某2000年入职陆逊梯卡华宏（东莞）眼镜有限公司。\n",
                                  "organisation")]
    assert "紫竹职工创新工作室" in orgs and "陆逊梯卡华宏（东莞）眼镜有限公司" in orgs
    assert not [o for o in orgs if o.startswith(("家", "项", "职"))] and "小微企业工会" not in orgs


def test_a_city_s_departments_printed_with_市_alone_are_the_city_s(base):
    found = {s.text: s for s in _kind(base, "汕头市举办职工技能大赛\n汕头市总工会会同市卫生健康局、市工业和信息化局、"
                                            "市科学技术局举办大赛，构建省、市、县三级联动推进工作格局。\n", "organisation")}
    assert {"市卫生健康局", "市工业和信息化局", "市科学技术局"} <= set(found)
    assert found["市科学技术局"].fields["new"]["name"] == "汕头市科学技术局"
    assert not [o for o in found if o.endswith("格局")]


def test_campaigns_named_by_round_numbers_criteria_and_glued_dates_are_no_figures(base):
    obs = _obs(base, "某区工会年度安排\n某区今年将开展百名工会干部“当一周工人”活动，百名劳模工匠进学校、进企业，"
                     "获得第一名的选手授予奖章。张某在比武中获得第二名。大会2024-01-1014572024年，全区800名职工参加。\n")
    assert {"第二名", "800名"} <= set(obs)
    assert not {"百名", "第一名", "01-1014572024年"} & set(obs)


def test_a_site_s_time_machine_line_is_boilerplate(base):
    draft = _draft(base, "某市工会召开会议\n某市总工会召开会议，600名职工参加。\n|您正在浏览[时光机]频道，这篇文章记录了从5990天前开始的旅程。\n")
    assert "5990天" not in {s.text for s in draft.suggestions if s.kind == "observation"}


def test_batches_parts_and_kilowatt_hours_are_read_whole(base):
    obs = _obs(base, "某市工会交流活动\n今年组织澳门职工交流活动4批次，共接待职工300余人次。竞赛分理论和实操两部分。"
                     "某公司年均发电量27亿千瓦时，职工800名。\n")
    assert {"4批次", "300余人次", "27亿千瓦时", "800名"} <= set(obs)
    assert not {"4批", "两部", "27亿千瓦", "两部分"} & set(obs)


def test_an_event_the_page_reports_with_no_day_is_of_the_page_s_year(base):
    text = ("某市启动工匠月活动\n\n“某市工匠月”系列活动在某汽车公司总装车间启动。\n\n"
            "某市劳模协会开展活动9个，职工800名参加。\n\n某某日报 2023年05月31日 星期三\n")
    obs = _obs(base, text)
    assert _time(obs["800名"]) == {"during": "2023"}
    # a lead that reports no event held: the page's date stays the report date
    assert _time(_obs(base, text.replace("系列活动在某汽车公司总装车间启动", "系列活动受到职工欢迎"))["800名"]) != {"during": "2023"}


def test_a_count_of_a_city_s_district_unions_is_a_figure_of_that_city(base):
    text = ("龙岩市疗休养资源推介活动在广州举行\n广州市总工会与龙岩市总工会签署协议，推动广州市总工会与龙岩市7个区县总工会实现全面结对，"
            "1000名职工参加疗休养。\n")
    draft = _draft(base, text)
    orgs = {s.text for s in draft.suggestions if s.kind == "organisation"}
    assert "龙岩市7个区县总工会" not in orgs
    obs = {s.text: s for s in draft.suggestions if s.kind == "observation"}
    assert obs["7个"].fields.get("subject_name") == "龙岩市" and "right before the figure" in obs["7个"].fields["subject_rule"]


def test_a_review_of_one_year_dates_its_later_paragraphs_by_it(base):
    text = ("人民团体\n\n摘要：本文记述了2014年某市人民团体的情况。\n\n"
            "【概况】2014年，某市总工会辖县总工会13个。\n\n"
            "【宣传活动】举办全市职工演讲比赛，37名选手参赛。\n")
    obs = _obs(base, text)
    assert _time(obs["37名"]) == {"during": "2014"}
    # another year printed on the way: the annotator decides
    assert _time(_obs(base, text.replace("【宣传活动】", "【宣传活动】2015年计划")).get("37名")) != {"during": "2014"}


def test_a_name_ends_before_an_adjective_and_a_post_may_say_it_is_part_time(base):
    names = {s.fields["name"] for s in _kind(base, "某市庆祝五一大会召开\n市人大常委会主任邓群策殷切寄语全市劳动群众。"
                                                  "省总工会副主席（兼职）熊桂林出席会议。\n", "post")}
    assert {"邓群策", "熊桂林"} <= names


def test_the_year_of_an_honour_s_name_after_a_figure_dates_nothing(base):
    text = ("某市产改综述\n2024-07-02 09:31\n某市启动试点扩面工程，选树1000家试点企业，项目获评2023年度某省工会工作创新奖。\n")
    assert _time(_obs(base, text)["1000家"]) != {"during": "2023"}
    # a year after the figure that is the figure's own period still dates it
    assert _time(_obs(base, text.replace("项目获评2023年度某省工会工作创新奖", "2023年全年完成"))["1000家"]) == {"during": "2023"}


def test_an_age_describing_a_person_is_no_figure_and_cases_are_counted(base):
    obs = _obs(base, "某市车工状元\n30岁的他是全市的车工状元。全年调解劳动争议9起，全市800名职工参赛。\n")
    assert {"9起", "800名"} <= set(obs) and "30岁" not in obs
