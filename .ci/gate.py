"""CI's accuracy gates: the figures of one gold set (score.py's summary) against the levels reached so far.
Usage: gate.py SET SCORE_JSON. Exits non-zero naming every figure below its floor."""
import json
import sys

FLOORS = {
    # dev: the three Mali reports the rules were first written against.
    # (2026-12-06 afternoon: 0.873 / 0.651 / 0.945 / 0.945 / 0.836 / 0.874; evening: 0.880 / 0.656 / 0.945 / 0.945 /
    # 0.836 / 0.874; night: 0.873 / 0.667 / 0.945 / 0.945 / 0.855 / 0.876; late night: 0.873 / 0.667 / 0.964 /
    # 0.945 / 0.855 / 0.876; session 7: 0.873 / 0.667 / 0.964 / 0.945 / 0.855 / 0.878; session 8:
    # 0.880 / 0.672 / 0.964 / 0.945 / 0.855 / 0.878).
    "dev": {"detect": 0.88, "full": 0.67, "date_ok": 0.96, "place_ok": 0.94, "actor_ok": 0.85, "actors_b3": 0.87},
    # wide: fourteen texts of other crises and genres (2026-12-06 morning: 0.60 / 0.206 / 0.695 / 0.672 / 0.649 /
    # 0.707; afternoon: 0.673 / 0.285 / 0.795 / 0.768 / 0.702 / 0.774; evening: 0.674 / 0.324 / 0.816 / 0.822 / 0.717 /
    # 0.774; night: 0.748 / 0.426 / 0.831 / 0.866 / 0.762 / 0.801; late night: 0.756 / 0.449 / 0.869 / 0.863 /
    # 0.771 / 0.823; end of session: 0.759 / 0.456 / 0.869 / 0.874 / 0.771 / 0.828; session 7: 0.770 / 0.486 / 0.872 /
    # 0.888 / 0.793 / 0.850; session 8: 0.797 / 0.518 / 0.876 / 0.887 / 0.812 / 0.850).
    "wide": {"detect": 0.79, "full": 0.51, "date_ok": 0.87, "place_ok": 0.88, "actor_ok": 0.81, "actors_b3": 0.85},
}

name, path = sys.argv[1], sys.argv[2]
summary = json.load(open(path))["summary"]
attrs = summary["attr_accuracy_on_detected"]
figures = {"detect": summary["detect"]["f1"], "full": summary["full"]["f1"], "date_ok": attrs["date_ok"],
           "place_ok": attrs["place_ok"], "actor_ok": attrs["actor_ok"], "actors_b3": summary["actors_b3_f1"]}
print(name + ": " + ", ".join(f"{key} {value}" for key, value in figures.items()))
failures = [f"{key} {figures[key]} is below {floor}" for key, floor in FLOORS[name].items()
            if figures[key] is None or figures[key] < floor]
if failures:
    sys.exit(f"{name}: " + "; ".join(failures))
