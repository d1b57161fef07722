"""The pack holds the handbook's whole matrix, and a malformed pack is refused with a clear line."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from disciplinedesk.domain.errors import PackError
from disciplinedesk.domain.pack import load_pack, parse_pack
from disciplinedesk.domain.pack_files import default_pack_path
from disciplinedesk.domain.rules import RULES
from tests.support import pps

MATRIX = {
    1: "bothering_distracting failure_to_follow_directions failure_to_attend_class off_limits tardiness inappropriate_language tobacco_nicotine",
    2: "chronic_type_1 disruptive_conduct profane_abusive_language_early harassment_bullying_early forgery inappropriate_physical_contact minor_arson minor_misuse_of_property minor_insubordination minor_theft minor_physical_attack minor_property_damage minor_technology_violation plagiarism_cheating possession_prohibited_items trespassing",
    3: "chronic_type_2 burglary offensive_material harassment_bullying_escalated profane_abusive_language_escalated false_fire_alarm fighting firecrackers_explosives interference_with_staff leaving_campus major_insubordination major_theft major_property_damage major_technology_violation major_physical_attack_iii reckless_vehicle_use threat_fear_of_harm",
    4: "chronic_type_3 community_threat bomb_threat major_arson major_physical_attack_iv robbery sexual_assault severe_harassment_bias weapon_dangerous weapon_deadly firearm",
}
SUBSTANCES = {
    "substance_use": "use_or_possession",
    "substance_possession": "use_or_possession",
    "substance_transfer": "transfer",
    "substance_distribution": "distribution",
}


def test_every_behavior_of_the_matrix_is_present_with_its_type_and_nothing_else() -> None:
    pack = pps()
    expected = {b: t for t, ids in MATRIX.items() for b in ids.split()}
    typed = {b.id: b.type for b in pack.behaviors if b.type is not None}
    assert typed == expected
    substances = {b.id: b.substance for b in pack.behaviors if b.substance is not None}
    assert substances == SUBSTANCES


def test_every_behavior_cites_a_matrix_page() -> None:
    for behavior in pps().behaviors:
        assert 18 <= behavior.page <= 34, behavior.id
        assert behavior.definition and behavior.name


def test_tobacco_is_marked_as_untyped_in_the_handbook() -> None:
    tobacco = pps().behavior_by_id["tobacco_nicotine"]
    assert tobacco.page == 29 and tobacco.note is not None and "no type" in tobacco.note


def test_required_responses_exist_least_intrusive_first() -> None:
    order = pps().response_order
    for response_id in [
        "restorative_chat",
        "reteach_rule",
        "move_seat",
        "parent_contact",
        "reflection_sheet",
        "loss_of_privilege",
        "restorative_conference",
        "check_in_check_out",
        "parent_conference",
        "stay_away_agreement",
        "safety_plan",
        "student_intervention_team",
        "functional_behavior_assessment",
    ]:
        assert response_id in order
    assert (
        order["restorative_chat"]
        < order["parent_conference"]
        < order["functional_behavior_assessment"]
    )


def test_every_rule_in_the_pack_has_a_function_and_every_function_is_in_the_pack() -> None:
    assert set(pps().rules) == set(RULES)


def test_message_keys_declared_by_each_rule_match_the_pack() -> None:
    for rule_id, rule in RULES.items():
        assert set(rule.messages) == set(pps().rules[rule_id].messages), rule_id


def test_limits_come_with_pages() -> None:
    pack = pps()
    assert pack.limit("disability_cumulative_days") == 10
    assert pack.limits["threat_phone_hours"].pages == (26,)
    assert pack.actions["in_school_suspension"].max_days == 5
    assert pack.actions["out_of_school_suspension"].max_days == 10
    assert pack.appeal_windows["appeal_board"].value == 10


def _pack_data() -> dict[str, Any]:
    with default_pack_path().open("rb") as file:
        return tomllib.load(file)


def test_wrong_type_names_the_entry() -> None:
    data = _pack_data()
    data["behaviors"][3]["type"] = "one"
    with pytest.raises(PackError, match=r"^x\.toml: behaviors\[3\] \(id off_limits\)\.type: "):
        parse_pack(data, source="x.toml")


def test_unknown_response_in_a_substance_row_is_refused() -> None:
    data = _pack_data()
    data["substance"]["levels"][0]["responses"] = ["hug"]
    with pytest.raises(PackError, match=r"substance.levels\[0\]: unknown response 'hug'"):
        parse_pack(data, source="x.toml")


def test_duplicate_behavior_ids_are_refused() -> None:
    data = _pack_data()
    data["behaviors"][1]["id"] = data["behaviors"][0]["id"]
    with pytest.raises(PackError, match="used twice"):
        parse_pack(data, source="x.toml")


def test_missing_limit_is_refused() -> None:
    data = _pack_data()
    del data["limits"]["threat_phone_hours"]
    with pytest.raises(PackError, match=r"\[limits\] lacks threat_phone_hours"):
        parse_pack(data, source="x.toml")


def test_a_page_form_without_its_number_is_refused() -> None:
    data = _pack_data()
    data["wording"]["page"] = "p."
    with pytest.raises(PackError, match=r"^x\.toml: .*page: 'p\.' must use \{page\}"):
        parse_pack(data, source="x.toml")


def test_unreadable_and_invalid_files(tmp_path: Path) -> None:
    with pytest.raises(PackError, match="cannot read"):
        load_pack(tmp_path / "missing.toml")
    broken = tmp_path / "broken.toml"
    broken.write_text("[pack\nid=", encoding="utf-8")
    with pytest.raises(PackError, match=r"broken\.toml: not valid TOML"):
        load_pack(broken)


def test_another_district_can_change_a_number_without_code(tmp_path: Path) -> None:
    text = default_pack_path().read_text(encoding="utf-8")
    text = text.replace(
        "disability_cumulative_days = { value = 10,", "disability_cumulative_days = { value = 8,"
    )
    path = tmp_path / "other.toml"
    path.write_text(text, encoding="utf-8")
    assert load_pack(path).limit("disability_cumulative_days") == 8


def test_an_unknown_time_zone_is_refused() -> None:
    data = _pack_data()
    data["pack"]["timezone"] = "America/Portland"
    with pytest.raises(PackError, match=r"pack\.timezone: 'America/Portland' is not a time zone"):
        parse_pack(data, source="x.toml")


def test_a_pack_without_expulsion_grounds_is_refused() -> None:
    data = _pack_data()
    data["expulsion_grounds"] = []
    with pytest.raises(PackError, match="at least one ground for expulsion"):
        parse_pack(data, source="x.toml")


def test_the_pps_pack_counts_clocks_in_portland() -> None:
    assert pps().pack.timezone == "America/Los_Angeles"
    assert [g.id for g in pps().expulsion_grounds] == [
        "threat_to_safety",
        "strategies_ineffective",
        "required_by_law",
    ]
