#!/usr/bin/env python3
"""Writes the test rulesets of this folder: minimal.json (small, valid) and broken-*.json, each a copy of
minimal.json with one deliberate problem (broken-many.json: several at once). Every broken file lists
what the validator must report in "_expect" (keys starting with "_" are ignored by the loader).

The JSON files are the test data and are committed; this script only keeps them consistent.
Run: python3 tests/data/rulesets/generate.py
"""
import copy
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def t(en, ja=None):
    return {"ja": ja if ja is not None else "（" + en + "）", "en": en}


ACTIVITIES = [
    "applicability_consultation", "pmda_general_consultation", "pmda_rs_strategy_consultation",
    "pmda_consultation_pre_development", "pmda_consultation_protocol", "pmda_consultation_pre_submission",
    "pmda_samd_consultation", "nonclinical_testing", "clinical_trial", "clinical_performance_study",
    "trial_notification", "marketing_license", "qms_inspection", "notification_filing", "certification_review",
    "pmda_review", "first_stage_approval", "post_market_rwd_collection", "second_stage_approval",
    "idaten_plan_confirmation", "change_by_notification", "partial_change_approval", "insurance_application",
]
DESIGNATIONS = ["sakigake", "orphan", "conditional_early", "priority_samd", "two_stage", "idaten",
                "priority_review"]
FUNDING = [
    "amed_device_dev_promotion", "amed_developing_countries", "amed_research_outcome_deployment",
    "amed_medtech_global", "amed_next_gen_devices", "amed_healthtech_startups",
    "prevention_social_implementation", "prevention_rd_infrastructure", "industry_hubs", "mediso",
    "who_prequalification_support", "un_procurement_support", "international_standards",
]
AREAS = {
    "burden_reduction": "novelty != 'generic'", "innovative": "novelty == 'new'",
    "pediatric": "populations.pediatric", "elderly_home_care": "populations.elderly_or_home_care",
    "registry_rwd": "evidence.has_registry_or_rwd_access", "ivd": "kind == 'ivd'",
}

# The profile fields of core/profile/FORMAT.md, with the values of the enums.
FIELDS = [
    ("name", None), ("intended_use", None), ("kind", "hardware samd ivd hardware_with_software"),
    ("novelty", "new improved generic"), ("clinical_data", "required not_required unknown"),
    ("certification_standard", "exists none unknown"), ("known_class", None), ("jmdn_code", None),
    ("hardware.invasiveness", "non_invasive body_orifice surgically_invasive implantable"),
    ("hardware.duration", "transient short_term long_term"),
    ("hardware.anatomy", "general central_circulatory central_nervous heart"),
    ("hardware.active", "none therapeutic_energy diagnostic_monitoring drug_delivery other_active"),
    ("hardware.hazardous_energy_or_vital_monitoring", None),
    ("hardware.blood_or_fluid_contact", "none channel_or_store modify_composition"),
    ("hardware.wound_contact", "none intact_skin dermis_breach deep_wound"), ("hardware.life_sustaining", None),
    ("hardware.medicinal_substance", None), ("hardware.animal_or_human_tissue", None),
    ("hardware.contraception_or_std", None), ("hardware.disinfects_devices", None),
    ("software.significance", "treat diagnose drive_management inform_management none"),
    ("software.situation", "critical serious non_serious"), ("software.processes_images_or_data", None),
    ("software.user", "professional patient_home general_public"),
    ("software.uses_ai", None), ("software.will_update_after_approval", None), ("populations.pediatric", None),
    ("populations.elderly_or_home_care", None), ("populations.rare_or_intractable_disease", None),
    ("populations.patients_in_japan_estimate", None), ("populations.unmet_medical_need", None),
    ("evidence.world_first", None), ("evidence.has_registry_or_rwd_access", None),
    ("evidence.exploratory_data_only", None), ("evidence.trial_patients", None),
    ("evidence.trial_follow_up_months", None),
    ("applicant.type", "startup sme large_company academia hospital non_japanese_company"),
    ("applicant.has_marketing_license", None), ("applicant.has_qms", None),
    ("stage", "idea basic_research applied_research nonclinical clinical submission marketed"),
    ("progress.protocol_agreed", None), ("progress.trial_months_left", None), ("progress.dossier_written", None),
    ("markets", None),
    ("goals.insurance_coverage", None), ("goals.international_procurement", None), ("goals.target_date", None),
    ("plan.start", None), ("budget_jpy", None),
]

SRC = {"source": "TEST", "confidence": "estimate"}


def step(activity, months, cost, **extra):
    s = {"activity": activity, "months": months, "cost_jpy": cost}
    s.update(extra)
    s.update(SRC)
    return s


def transition(id, frm, to, steps, when=None, **extra):
    tr = {"id": id, "from": frm, "to": to}
    if when:
        tr["when"] = when
    tr.update(extra)
    tr["label"] = t(id.replace("_", " "))
    tr.update(SRC)
    tr["steps"] = steps
    return tr


def minimal():
    return {
        "schema": "shirube.ruleset/1",
        "id": "test-minimal",
        "version": "1",
        "title": t("Minimal test ruleset"),
        "sources": {"TEST": {"title": "Test fixture (not a real source)", "url": ""}},
        "activities": [dict(id=a, name=t(a.replace("_", " ")), **SRC) for a in ACTIVITIES],
        "states": [dict(id=s, label=t(s), phase=p, **SRC) for s, p in [
            ("idea", "development"), ("developed", "development"), ("filed", "regulatory"),
            ("approved", "regulatory"), ("on_market", "market"), ("reimbursed", "market")]],
        "stages": {"idea": "idea", "basic_research": "idea", "applied_research": "idea",
                   "nonclinical": "developed", "clinical": "developed", "submission": "filed",
                   "marketed": "on_market"},
        "targets": [
            {"state": "on_market", "when": "regulated", "label": t("On the market")},
            {"state": "reimbursed", "when": "goals.insurance_coverage", "label": t("Reimbursed")},
        ],
        "transitions": [
            transition("develop", "idea", "developed", [step("nonclinical_testing", [3, 6, 12], [1000000, 2000000, 5000000])]),
            transition("file", "developed", "filed", [step("pmda_consultation_pre_submission", [1, 2, 3], 500000)]),
            transition("review", "filed", "approved", [
                step("pmda_review", [10, 12, 16], 11651400),
                step("qms_inspection", [2, 4, 6], [500000, 1000000, 2000000], parallel=True),
                step("marketing_license", [1, 2, 4], 0, parallel=True, when="!applicant.has_marketing_license"),
            ], when="procedure == 'approval'"),
            transition("review_sakigake", "filed", "approved", [step("pmda_review", [5, 6, 8], 11651400)],
                       when="procedure == 'approval'", designation="sakigake", tag="sakigake"),
            transition("notify", "filed", "on_market", [step("notification_filing", 1, 0)],
                       when="procedure == 'notification'"),
            transition("launch", "approved", "on_market", []),
            transition("insure", "on_market", "reimbursed", [step("insurance_application", [3, 4, 5], 0)],
                       when="goals.insurance_coverage"),
        ],
        "classification": {
            "rules": [
                dict(id="hw.non_invasive", group="hardware", **{"class": 1}, when="hardware.invasiveness == 'non_invasive'", text=t("Non-invasive"), **SRC),
                dict(id="hw.implant", group="hardware", **{"class": 4}, when="hardware.invasiveness == 'implantable'", text=t("Implant"), **SRC),
                dict(id="sw.imdrf", group="software", **{"class": 2}, when="imdrf_category >= 2", text=t("IMDRF II or higher"), **SRC),
                dict(id="nd.wellness", group="not_device", when="kind == 'samd' && software.significance == 'none'", text=t("Wellness"), **SRC),
            ],
            "procedure": [
                dict(id="proc.class1", when="class == 1", procedure="notification", text=t("Class I"), **SRC),
                dict(id="proc.other", when="class >= 2", procedure="approval", text=t("Class II-IV"), **SRC),
            ],
            "review_category": [
                dict(id="rc.new", when="novelty == 'new'", review_category="new", text=t("New"), **SRC),
                dict(id="rc.generic", when="novelty == 'generic'", review_category="generic", text=t("Generic"), **SRC),
                dict(id="rc.improved", when="novelty == 'improved'", review_category="improved_clinical", text=t("Improved"), **SRC),
            ],
        },
        "designations": [dict(id=d, name=t(d), grant="selection" if d == "sakigake" else "elective",
                              criteria=[{"when": "evidence.world_first" if d == "sakigake" else "regulated",
                                         "required": True, "text": t("criterion of " + d)}],
                              **({"base_rate": dict(p=0.2, attempt_months=[0, 1, 2], basis=t("test base rate"), **SRC)}
                                 if d == "sakigake" else {}), **SRC)
                         for d in DESIGNATIONS],
        "funding": [dict(id=f, name=t(f), ministry="MHLW", amed=True, fy=2025, budget_jpy=100000000,
                         applicants=["startup", "sme", "academia"], stages=["nonclinical", "clinical"],
                         criteria=[{"when": "regulated != false", "required": True, "text": t("A device")}],
                         **({"areas": [{"id": a, "name": t(a), "criteria": [{"when": w, "required": True, "text": t(a)}]}
                                       for a, w in AREAS.items()]} if f == "amed_device_dev_promotion" else {}),
                         covers_activities=["nonclinical_testing"], **SRC)
                    for f in FUNDING],
        "questions": [dict(path=p, label=t(p), **({"values": {v: t(v) for v in vals.split()}} if vals else {}))
                      for p, vals in FIELDS],
    }


def dump(doc, name):
    """One entry per line, so that every entry has a line of its own."""
    lines = ["{"]
    keys = list(doc.keys())
    for i, k in enumerate(keys):
        v = doc[k]
        comma = "," if i < len(keys) - 1 else ""
        if isinstance(v, list):
            lines.append(f'  "{k}": [')
            for j, e in enumerate(v):
                lines.append("    " + json.dumps(e, ensure_ascii=False) + ("," if j < len(v) - 1 else ""))
            lines.append("  ]" + comma)
        elif k == "classification":
            lines.append(f'  "{k}": {{')
            sub = list(v.keys())
            for si, sk in enumerate(sub):
                lines.append(f'    "{sk}": [')
                for j, e in enumerate(v[sk]):
                    lines.append("      " + json.dumps(e, ensure_ascii=False) + ("," if j < len(v[sk]) - 1 else ""))
                lines.append("    ]" + ("," if si < len(sub) - 1 else ""))
            lines.append("  }" + comma)
        else:
            lines.append(f'  "{k}": ' + json.dumps(v, ensure_ascii=False) + comma)
    lines.append("}")
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def find(entries, id, key="id"):
    return next(e for e in entries if e.get(key) == id)


# Each mutation changes a copy of minimal() and returns what must be reported: (locator, message part).
def unreachable_state(d):
    d["states"].append(dict(id="orphan_state", label=t("orphan state"), phase="regulatory", **SRC))
    d["transitions"].append(transition("from_orphan", "orphan_state", "on_market", []))
    return [("states[orphan_state]", "unreachable state")]


def dead_end(d):
    d["states"].append(dict(id="limbo", label=t("limbo"), phase="regulatory", **SRC))
    d["transitions"].append(transition("to_limbo", "filed", "limbo", []))
    return [("states[limbo]", "dead end")]


def cycle(d):
    d["transitions"].append(transition("back_to_filed", "approved", "filed", []))
    return [("transitions[back_to_filed]", "cycle")]


def unknown_identifier(d):
    find(d["transitions"], "review")["when"] = "procedure == 'approval' && applicant.kind == 'startup'"
    return [("transitions[review].when", "unknown identifier 'applicant.kind'")]


def missing_source(d):
    del find(d["states"], "approved")["source"]
    return [("states[approved]", "missing source")]


def missing_confidence(d):
    del find(d["activities"], "pmda_review")["confidence"]
    return [("activities[pmda_review]", "missing confidence")]


def negative_duration(d):
    find(d["transitions"], "develop")["steps"][0]["months"] = [-1, 2, 3]
    return [("transitions[develop].steps[0].months", "negative months")]


def inverted_duration(d):
    find(d["transitions"], "develop")["steps"][0]["months"] = [6, 3, 12]
    return [("transitions[develop].steps[0].months", "inverted months")]


def inverted_cost(d):
    find(d["transitions"], "review")["steps"][1]["cost_jpy"] = [500000, 3000000, 2000000]
    return [("transitions[review].steps[1].cost_jpy", "inverted cost_jpy")]


def unknown_activity(d):
    find(d["transitions"], "review")["steps"][0]["activity"] = "pmda_reveiw"
    return [("transitions[review].steps[0].activity", "unknown activity 'pmda_reveiw'")]


def unknown_state(d):
    d["transitions"].append(transition("typo", "filed", "aproved", []))
    return [("transitions[typo].to", "unknown state 'aproved'")]


def unknown_designation(d):
    find(d["transitions"], "review_sakigake")["designation"] = "sakigak"
    return [("transitions[review_sakigake].designation", "unknown designation 'sakigak'")]


def missing_vocabulary_id(d):
    d["activities"] = [a for a in d["activities"] if a["id"] != "idaten_plan_confirmation"]
    return [("activities", "missing vocabulary id 'idaten_plan_confirmation'")]


def missing_funding_area(d):
    f = find(d["funding"], "amed_device_dev_promotion")
    f["areas"] = [a for a in f["areas"] if a["id"] != "pediatric"]
    return [("funding[amed_device_dev_promotion]", "missing vocabulary id 'pediatric'")]


def duplicate_id(d):
    d["states"].append(dict(id="approved", label=t("approved again"), phase="regulatory", **SRC))
    return [(f"states[{len(d['states']) - 1}]", "duplicate id 'approved'")]


def missing_en_text(d):
    del find(d["states"], "filed")["label"]["en"]
    return [("states[filed].label", "missing en text")]


def invalid_procedure(d):
    d["classification"]["procedure"][1]["procedure"] = "approve"
    return [("classification.procedure[proc.other]", "invalid outcome 'approve'")]


def invalid_review_category(d):
    d["classification"]["review_category"][2]["review_category"] = "improved"
    return [("classification.review_category[rc.improved]", "invalid outcome 'improved'")]


def missing_stage(d):
    del d["stages"]["clinical"]
    return [("stages", "no start state for the profile stage 'clinical'")]


def premature_fact(d):
    d["classification"]["rules"][0]["when"] = "hardware.invasiveness == 'non_invasive' && class == 1"
    return [("classification.rules[hw.non_invasive].when", "`class` is not known yet")]


def unknown_field(d):
    tr = find(d["transitions"], "insure")
    tr["wen"] = tr.pop("when")
    return [("transitions[insure]", "unknown field 'wen'")]


def bad_confidence(d):
    find(d["states"], "filed")["confidence"] = "sure"
    return [("states[filed].confidence", "unknown confidence 'sure'")]


def unknown_source_key(d):
    find(d["transitions"], "file")["steps"][0]["source"] = "TEST; PMDA-fees"
    return [("transitions[file].steps[0]", "unknown source key 'PMDA-fees'")]


def certified_class_one(d):
    d["classification"]["procedure"].insert(0, dict(id="proc.cert", when="class == 1", procedure="certification",
                                                    text=t("Certified"), **SRC))
    return [("classification.procedure", "hard rule broken: a Class I device is notified")]


def selection_without_base_rate(d):
    del find(d["designations"], "sakigake")["base_rate"]
    return [("designations[sakigake].base_rate", "a selective designation needs a base rate from the public record")]


SINGLE = [unreachable_state, dead_end, cycle, unknown_identifier, missing_source, missing_confidence,
          negative_duration, inverted_duration, inverted_cost, unknown_activity, unknown_state,
          unknown_designation, missing_vocabulary_id, missing_funding_area, duplicate_id, missing_en_text,
          invalid_procedure, invalid_review_category, missing_stage, premature_fact, unknown_field,
          bad_confidence, unknown_source_key, certified_class_one, selection_without_base_rate]
MANY = [unreachable_state, dead_end, cycle, unknown_identifier, missing_source, missing_confidence,
        negative_duration, unknown_activity, missing_vocabulary_id, duplicate_id, missing_en_text,
        invalid_procedure, missing_stage]


def main():
    dump(minimal(), "minimal.json")
    for mutate in SINGLE:
        d = minimal()
        expect = mutate(d)
        d = {"_expect": [{"locator": l, "message": m} for l, m in expect], **d}
        dump(d, "broken-" + mutate.__name__.replace("_", "-") + ".json")
    d = minimal()
    expect = []
    for mutate in MANY:
        expect += mutate(d)
    d = {"_expect": [{"locator": l, "message": m} for l, m in expect], **d}
    dump(d, "broken-many.json")
    # A syntax error: the loader must name its line.
    with open(os.path.join(HERE, "minimal.json"), encoding="utf-8") as f:
        text = f.read()
    text = text.replace('"version": "1"', '"version": 1.0.0', 1)
    with open(os.path.join(HERE, "syntax-error.json"), "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
