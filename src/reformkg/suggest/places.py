"""Which place a name of the page is: a GB/T 2260 place or registry region, read in the light
of the page's home province and the places that head its sections."""

from __future__ import annotations

from reformkg.suggest.context import PageContext
from reformkg.suggest.gazetteer import Place, county_full_names, is_zone, short_forms


def home_province(ctx: PageContext) -> str | None:
    """The province (two-digit code) most of the page's unambiguous places are in."""
    province_votes: dict[str, int] = {}
    for word, flag, pos in ctx.tokens:
        if word in ctx.names:
            continue
        places = ctx.gaz.get(word)
        # (a prefecture printed short, 成都 or 德阳, as jieba gives a place: the page's too)
        if places and len(places) == 1 and (places[0].name == word or places[0].level == "prefecture" and flag == "ns" and len(word) >= 2):
            province_votes[places[0].province] = province_votes.get(places[0].province, 0) + 1
    for rid, r in ctx.registry.regions.items():
        if r.code:
            for nm in [r.name, *r.aliases]:
                if nm in ctx.compact:
                    province_votes[r.code[:2]] = province_votes.get(r.code[:2], 0) + 1
    return max(province_votes, key=province_votes.get) if province_votes else None


class Places:
    def __init__(self, ctx: PageContext, home: str | None):
        self.ctx = ctx
        self.home_province = home

    def pick(self, places: list[Place]) -> Place | None:
        """The one place a name names: the only one, the prefecture of a county that shares its name
        (甘孜: 甘孜藏族自治州, not 甘孜县), or the only one in the home province."""
        if len(places) == 1:
            return places[0]
        if len({p.code[:4] for p in places}) == 1 and sum(p.level == "prefecture" for p in places) == 1:
            return next(p for p in places if p.level == "prefecture")  # 甘孜, 恩施: the prefecture, not its seat
        home = [p for p in places if p.province == self.home_province]
        return home[0] if len(home) == 1 else None

    def registry_region(self, place: Place) -> str | None:
        for rid, r in self.ctx.registry.regions.items():
            if r.code == place.code or r.name == place.name and not r.code:
                return rid
        return None

    def zone_forms(self, zone: str) -> list[str]:
        """A development zone's names, fullest first. A zone printed without its city (高新区,
        恒口示范区) in a page whose other sections are counties of one prefecture is that
        prefecture's: 安康高新区, 高新区."""
        gaz = self.ctx.gaz
        if any(zone[:k] in gaz for k in range(2, 5)):
            return [zone]
        by_code = {pl.code: pl for ps in gaz.values() for pl in ps}
        prefectures = set()
        for st in self.ctx.stories:
            p = st.get("place")
            if p and not is_zone(p):
                pl = self.pick(gaz.get(county_full_names().get(p, p), []))
                if pl and pl.level in ("county", "prefecture"):
                    prefectures.add(pl.code[:4] + "00")
        if len(prefectures) != 1 or prefectures.copy().pop() not in by_code:
            return [zone]
        pref = by_code[prefectures.pop()]
        stem = (short_forms(pref.name, pref.level) or [pref.name])[0]
        return [stem + zone, zone]

    def place_forms(self, place: str) -> list[str]:
        """A region's names, fullest first: 安康市汉滨区, 汉滨区 (gazetteer and registry)."""
        if is_zone(place):
            return self.zone_forms(place)
        forms = [full for full, short in county_full_names().items() if short == place and full != place]
        forms += [place] + [short for full, short in county_full_names().items() if full == place and short != place]
        forms += [self.ctx.registry.regions[e].name for sec, e in self.ctx.names.get(place, []) if sec == "regions"]
        return list(dict.fromkeys(forms))
