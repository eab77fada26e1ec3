"""Dashboard charts as server-side SVG (pygal), with no script fetched from anywhere else."""

from __future__ import annotations

import pygal
from pygal.style import Style

STYLE = Style(
    background="white", plot_background="white", foreground="#1b1b1b", foreground_strong="#1b1b1b",
    foreground_subtle="#555555", colors=("#1d4f91", "#d4351c", "#00703c", "#6f72af"),
)  # fmt: skip
# js=[] stops pygal linking its tooltip script from a CDN, which partnership networks often block.
OPTIONS = {"style": STYLE, "js": [], "disable_xml_declaration": True, "height": 320, "legend_at_bottom": True}
SCORE_BANDS = ((0, 20), (20, 40), (40, 60), (60, 80), (80, 101))


def completion_chart(report: dict) -> str:
    chart = pygal.HorizontalBar(title="Learners assigned, started and completed", **OPTIONS)
    chart.x_labels = [q["title"] for q in report["quizzes"]]
    for label in ("assigned", "started", "completed"):
        chart.add(label.capitalize(), [q[label] for q in report["quizzes"]])
    return chart.render(is_unicode=True)


def score_chart(report: dict) -> str:
    chart = pygal.Bar(title="First-attempt scores", x_title="Score (%)", y_title="Learners", **OPTIONS)
    chart.x_labels = [f"{low}-{min(high, 100)}" for low, high in SCORE_BANDS]
    for q in report["quizzes"]:
        scores = [row["percent"] for row in q["learners"] if row["percent"] is not None]
        chart.add(q["title"], [sum(low <= s < high for s in scores) for low, high in SCORE_BANDS])
    return chart.render(is_unicode=True)


def reach_chart(report: dict) -> str:
    """Quarter on quarter: learners reached and completions (quizzes.reach)."""
    chart = pygal.Line(title="Learners reached and completions, quarter on quarter", **OPTIONS)
    chart.x_labels = [row["quarter"] for row in report["totals"]]
    for label, key in (("Learners reached", "learners_reached"), ("Completions", "completions")):
        chart.add(label, [row[key] for row in report["totals"]])
    return chart.render(is_unicode=True)


def confidence_chart(report: dict) -> str:
    chart = pygal.Bar(title="Confidence and usefulness (mean, 1-5)", range=(0, 5), **OPTIONS)
    chart.x_labels = [q["title"] for q in report["quizzes"]]
    for label, key in (("Confidence before", "confidence_before"), ("Confidence after", "confidence_after"),
                       ("Usefulness", "usefulness")):  # fmt: skip
        chart.add(label, [q["evaluation"][key] for q in report["quizzes"]])
    return chart.render(is_unicode=True)
