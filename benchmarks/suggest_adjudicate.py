"""A second grader's word on where `suggest` and the first graders disagree about figures (issue 21).

`suggest_unseen.py` counts a drafted figure no grading lists as wrong and a listed figure the draft
misses as missed; both graders and the draft can be wrong. This script writes every disagreement
(draft only, grading only) and one agreed figure a page as a control, shuffled, each with about a
hundred characters of its context and nothing that says who proposed it, for an independent grader
to mark "yes" (a figure by the grading rules) or "no"; then it scores the answers:

    python benchmarks/suggest_adjudicate.py items OUT.md SET_DIR [SET_DIR ...]   # OUT.md and OUT.key.json
    python benchmarks/suggest_adjudicate.py score OUT.key.json ANSWERS.json [...] [--sets SET_DIR ...]

A SET_DIR holds pages/NN.txt and grading.json (as `suggest_unseen.py` reads them). The items and
the answers hold page text: they stay outside the repository, with the pages. ``score`` prints the
controls' agreement, how many figures only the draft has the second grader calls figures, how many
only the grading has it calls none, and, with ``--sets``, the figures' precision and recall before
and after (found + draft-only yes over drafted; truth − grading-only no + draft-only yes).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import suggest_unseen as su  # noqa: E402
from reformkg.pipeline.inputs import load_base  # noqa: E402
from reformkg.settings import Project  # noqa: E402
from reformkg.suggest.drafter import suggest  # noqa: E402


def _pages(set_dir: Path):
    grading = json.loads((set_dir / "grading.json").read_text(encoding="utf-8"))
    for k, truth in sorted(grading.items()):
        if not k.startswith("_"):
            yield k, truth, set_dir / "pages" / f"{k}.txt"


def items(out: Path, sets: list[Path]) -> None:
    vocab, registry, _ = load_base(Project(ROOT))
    rnd, found = random.Random(9), []
    for set_dir in sets:
        for k, truth, page in _pages(set_dir):
            text = page.read_text(encoding="utf-8")
            draft = json.loads(suggest(str(page), registry, vocab).to_json())
            named = [s for s in draft["suggestions"] if s["kind"] == "observation"]
            todo = [(su.value_key(v), v) for v, _s, _t in truth["figures"]]
            agreed = []
            for i, o in enumerate(draft["annotation"].get("observations", [])):
                sg = named[i] if i < len(named) else {"start": 0, "end": 0, "text": o["value"]}
                ctx = text[max(0, sg["start"] - 60):sg["end"] + 40]
                hit = next((j for j, x in enumerate(todo) if x[0] == su.value_key(o["value"])), None)
                if hit is None:
                    found.append(("draft only", set_dir.name, k, sg["text"], ctx))
                else:
                    todo.pop(hit)
                    agreed.append((sg["text"], ctx))
            for _v, printed in todo:
                at = text.find(printed)
                found.append(("grading only", set_dir.name, k, printed,
                              text[max(0, at - 60):at + len(printed) + 40] if at >= 0 else "(not printed so)"))
            found += [("agreed", set_dir.name, k, t, ctx) for t, ctx in rnd.sample(agreed, min(1, len(agreed)))]
    rnd.shuffle(found)
    out.write_text("\n".join(f"### {n}\nnumber: {t}\ncontext: …{ctx.replace(chr(10), ' ')}…\n"
                             for n, (_kind, _s, _k, t, ctx) in enumerate(found, 1)), encoding="utf-8")
    out.with_suffix(".key.json").write_text(json.dumps({n: list(x[:4]) for n, x in enumerate(found, 1)}, ensure_ascii=False),
                                            encoding="utf-8")
    print(f"{len(found)} items: " + ", ".join(f"{v} {k}" for k, v in Counter(x[0] for x in found).items()))


def score(key_path: Path, answer_paths: list[Path], sets: list[Path]) -> None:
    key = json.loads(key_path.read_text(encoding="utf-8"))
    answers = {n: a for p in answer_paths for n, a in json.loads(p.read_text(encoding="utf-8")).items() if not n.startswith("_")}
    missing = [n for n in key if n not in answers]
    if missing:
        raise SystemExit(f"{answer_paths[0]}: no answer for items {', '.join(missing[:10])}; expected \"yes\" or \"no\" for each")
    c = Counter((kind, answers[n]) for n, (kind, *_rest) in key.items())
    print(f"controls: the second grader calls {c['agreed', 'yes']} of {c['agreed', 'yes'] + c['agreed', 'no']} figures")
    print(f"draft only: {c['draft only', 'yes']} of {c['draft only', 'yes'] + c['draft only', 'no']} are figures to the second grader")
    print(f"grading only: {c['grading only', 'no']} of {c['grading only', 'yes'] + c['grading only', 'no']} are none to the second grader")
    if sets:
        vocab, registry, _ = load_base(Project(ROOT))
        names_of: dict[str, set[str]] = {}
        t = Counter()
        for set_dir in sets:
            for _k, truth, page in _pages(set_dir):
                r = su.grade(json.loads(suggest(str(page), registry, vocab).to_json()), truth, names_of)
                t.update({k: r[k] for k in ("figures", "drafted", "found")})
        found, truth = t["found"] + c["draft only", "yes"], t["figures"] - c["grading only", "no"] + c["draft only", "yes"]
        print(f"figures as graded: precision {t['found'] / t['drafted']:.1%}, recall {t['found'] / t['figures']:.1%} "
              f"({t['figures']} truth, {t['drafted']} drafted, {t['found']} found)")
        print(f"figures adjudicated: precision {found / t['drafted']:.1%}, recall {found / truth:.1%} ({truth} truth, {found} found)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("items")
    a.add_argument("out", type=Path)
    a.add_argument("sets", type=Path, nargs="+")
    b = sub.add_parser("score")
    b.add_argument("key", type=Path)
    b.add_argument("answers", type=Path, nargs="+")
    b.add_argument("--sets", type=Path, nargs="*", default=[])
    args = ap.parse_args()
    if args.cmd == "items":
        items(args.out, args.sets)
    else:
        score(args.key, args.answers, args.sets)


if __name__ == "__main__":
    main()
