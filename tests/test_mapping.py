"""Annotations mapped to RDF (reformkg.rdf.mapping): IRIs that do not depend on the order of
an annotation's lists."""

from helpers import copy_project


def test_iris_do_not_depend_on_order(tmp_path):
    """Reversing every list of an annotation gives the same graph, byte for byte."""
    from helpers import compile_dataset, nquads
    from ruamel.yaml import YAML
    
    page = "000_239e137822c9727a"
    a = copy_project(tmp_path / "a", annotations=[page])
    b = copy_project(tmp_path / "b", annotations=[page])
    path = b.annotations / f"{page}.yaml"
    yaml = YAML()
    data = yaml.load(path.read_text(encoding="utf-8"))
    for key in ("stories", "measures", "observations", "recognitions", "posts", "events", "no_fact"):
        if data.get(key):
            data[key] = list(reversed(data[key]))
    with path.open("w", encoding="utf-8") as fh:
        yaml.dump(data, fh)
    assert path.read_text(encoding="utf-8") != (a.annotations / f"{page}.yaml").read_text(encoding="utf-8")
    assert nquads(compile_dataset(a).graphs) == nquads(compile_dataset(b).graphs)
