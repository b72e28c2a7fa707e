// SPDX-License-Identifier: Apache-2.0
#include "core/profile/ProfileSchema.h"

#include <QJsonArray>

namespace shirube::core {

namespace {

FieldSpec field(const char* path, FieldType type, QStringList allowed = {}, bool required = false)
{
    return FieldSpec{QString::fromLatin1(path),         type, std::move(allowed), required,
                     QJsonValue(QJsonValue::Undefined), false};
}

// An opt-in answer: absent means false (goals, stated progress, rare situations).
FieldSpec optIn(const char* path)
{
    FieldSpec f = field(path, FieldType::Bool);
    f.absent = false;
    return f;
}

// A rare hazard flag of the "do any of these apply?" checklist: absent means it does not apply.
FieldSpec hazard(const char* path)
{
    FieldSpec f = optIn(path);
    f.hazardChecklist = true;
    return f;
}

QStringList words(const char* list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

FieldSpec marketsField()
{
    FieldSpec f = field("markets", FieldType::Countries);
    f.absent = QJsonArray{QStringLiteral("JP")};
    return f;
}

} // namespace

const std::vector<FieldSpec>& profileFields()
{
    static const std::vector<FieldSpec> fields = {
        field("name", FieldType::Text, {}, true),
        field("intended_use", FieldType::Text),
        field("kind", FieldType::Enum, words("hardware samd ivd hardware_with_software")),
        field("novelty", FieldType::Enum, words("new improved generic")),
        field("clinical_data", FieldType::Enum, words("required not_required unknown")),
        field("certification_standard", FieldType::Enum, words("exists none unknown")),
        field("known_class", FieldType::ClassNum),
        field("jmdn_code", FieldType::Text),
        field("hardware.invasiveness", FieldType::Enum,
              words("non_invasive body_orifice surgically_invasive implantable")),
        field("hardware.duration", FieldType::Enum, words("transient short_term long_term")),
        field("hardware.anatomy", FieldType::Enum,
              words("general central_circulatory central_nervous heart")),
        field("hardware.active", FieldType::Enum,
              words("none therapeutic_energy diagnostic_monitoring drug_delivery other_active")),
        field("hardware.hazardous_energy_or_vital_monitoring", FieldType::Bool),
        field("hardware.blood_or_fluid_contact", FieldType::Enum,
              words("none channel_or_store modify_composition")),
        field("hardware.wound_contact", FieldType::Enum, words("none intact_skin dermis_breach deep_wound")),
        hazard("hardware.life_sustaining"),
        hazard("hardware.medicinal_substance"),
        hazard("hardware.animal_or_human_tissue"),
        hazard("hardware.contraception_or_std"),
        hazard("hardware.disinfects_devices"),
        field("software.significance", FieldType::Enum,
              words("treat diagnose drive_management inform_management none")),
        field("software.situation", FieldType::Enum, words("critical serious non_serious")),
        field("software.processes_images_or_data", FieldType::Bool),
        field("software.user", FieldType::Enum, words("professional patient_home general_public")),
        field("software.uses_ai", FieldType::Bool),
        optIn("software.will_update_after_approval"),
        optIn("populations.pediatric"),
        optIn("populations.elderly_or_home_care"),
        optIn("populations.rare_or_intractable_disease"),
        field("populations.patients_in_japan_estimate", FieldType::Integer),
        field("populations.unmet_medical_need", FieldType::Bool),
        optIn("evidence.world_first"),
        optIn("evidence.has_registry_or_rwd_access"),
        optIn("evidence.exploratory_data_only"),
        field("evidence.trial_patients", FieldType::Integer),
        field("evidence.trial_follow_up_months", FieldType::Integer),
        field("applicant.type", FieldType::Enum,
              words("startup sme large_company academia hospital non_japanese_company")),
        field("applicant.has_marketing_license", FieldType::Bool),
        field("applicant.has_qms", FieldType::Bool),
        field("stage", FieldType::Enum,
              words("idea basic_research applied_research nonclinical clinical submission marketed")),
        field("progress.protocol_agreed", FieldType::Bool),
        field("progress.trial_months_left", FieldType::Integer),
        field("progress.dossier_written", FieldType::Bool),
        marketsField(),
        optIn("goals.insurance_coverage"),
        optIn("goals.international_procurement"),
        field("goals.target_date", FieldType::YearMonth),
        field("budget_jpy", FieldType::Integer),
        field("plan.start", FieldType::YearMonth),
    };
    return fields;
}

const FieldSpec* findField(const QString& path)
{
    for (const FieldSpec& f : profileFields()) {
        if (f.path == path)
            return &f;
    }
    return nullptr;
}

const QStringList& profileGroups()
{
    static const QStringList groups =
        words("hardware software populations evidence applicant progress goals plan");
    return groups;
}

} // namespace shirube::core
