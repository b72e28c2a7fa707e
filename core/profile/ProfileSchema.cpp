#include "core/profile/ProfileSchema.h"

namespace shirube::core {

namespace {

FieldSpec field(const char* path, FieldType type, QStringList allowed = {}, bool required = false)
{
    return FieldSpec{QString::fromLatin1(path), type, std::move(allowed), required};
}

QStringList words(const char* list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
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
        field("hardware.life_sustaining", FieldType::Bool),
        field("hardware.medicinal_substance", FieldType::Bool),
        field("hardware.animal_or_human_tissue", FieldType::Bool),
        field("hardware.contraception_or_std", FieldType::Bool),
        field("hardware.disinfects_devices", FieldType::Bool),
        field("software.significance", FieldType::Enum,
              words("treat diagnose drive_management inform_management none")),
        field("software.situation", FieldType::Enum, words("critical serious non_serious")),
        field("software.user", FieldType::Enum, words("professional patient_home general_public")),
        field("software.uses_ai", FieldType::Bool),
        field("software.will_update_after_approval", FieldType::Bool),
        field("populations.pediatric", FieldType::Bool),
        field("populations.elderly_or_home_care", FieldType::Bool),
        field("populations.rare_or_intractable_disease", FieldType::Bool),
        field("populations.patients_in_japan_estimate", FieldType::Integer),
        field("evidence.world_first", FieldType::Bool),
        field("evidence.has_registry_or_rwd_access", FieldType::Bool),
        field("evidence.exploratory_data_only", FieldType::Bool),
        field("applicant.type", FieldType::Enum,
              words("startup sme large_company academia hospital non_japanese_company")),
        field("applicant.has_marketing_license", FieldType::Bool),
        field("applicant.has_qms", FieldType::Bool),
        field("stage", FieldType::Enum,
              words("idea basic_research applied_research nonclinical clinical submission marketed")),
        field("markets", FieldType::Countries),
        field("goals.insurance_coverage", FieldType::Bool),
        field("goals.international_procurement", FieldType::Bool),
        field("goals.target_date", FieldType::YearMonth),
        field("budget_jpy", FieldType::Integer),
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
    static const QStringList groups = words("hardware software populations evidence applicant goals");
    return groups;
}

} // namespace shirube::core
