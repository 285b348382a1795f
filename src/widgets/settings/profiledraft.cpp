// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/settings/profiledraft.h"

#include <algorithm>

#include "core/settings/appsettings.h"
#include "core/settings/profilestore.h"
#include "core/settings/secretstore.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

ProfileDraft ProfileDraft::create(Api::ProviderKind kind, const QStringList &taken)
{
    const QString base = kind == Api::ProviderKind::Azure ? u"azure"_s
        : kind == Api::ProviderKind::OpenAI               ? u"openai"_s
        : kind == Api::ProviderKind::LiteLLM              ? u"litellm"_s
                                                          : u"gateway"_s;
    QString name = base;
    for (int n = 2; taken.contains(name); ++n)
        name = base + u'-' + QString::number(n);
    ProfileDraft draft;
    if (kind == Api::ProviderKind::OpenAI) {
        draft.profile = Api::ProviderProfile::openAi();
        draft.profile.name = name;
    } else if (kind == Api::ProviderKind::Azure) {
        draft.profile = Api::ProviderProfile::azure(name, QUrl());
        draft.profile.baseUrl = QUrl();
    } else if (kind == Api::ProviderKind::LiteLLM) {
        draft.profile = Api::ProviderProfile::liteLlm(name, QUrl());
    } else {
        draft.profile = Api::ProviderProfile::compatible(name, QUrl());
    }
    draft.keyState = KeyState::NotSet;
    return draft;
}

ProfileDraft ProfileDraft::stored(const Api::ProviderProfile &profile, const AppSettings &app)
{
    ProfileDraft draft;
    draft.profile = profile;
    draft.originalName = profile.name;
    draft.draftModel = app.draftModel(profile.name);
    draft.finalModel = app.finalModel(profile.name);
    draft.concurrency = app.profileConcurrency(profile.name);
    return draft;
}

QString ProfileDraft::defaultKeyVariable() const
{
    if (profile.kind == Api::ProviderKind::LiteLLM)
        return Api::ProviderProfile::liteLlm({}, {}).keyEnvironmentVariable;
    return profile.kind == Api::ProviderKind::Azure ? u"AZURE_OPENAI_API_KEY"_s : u"OPENAI_API_KEY"_s;
}

Api::ProviderProfile ProfileDraft::storedProfile() const
{
    Api::ProviderProfile p = profile;
    if (p.kind == Api::ProviderKind::Azure && !p.baseUrl.isEmpty()) {
        Api::ProviderProfile azure = Api::ProviderProfile::azure(p.name, p.baseUrl);
        p.baseUrl = azure.baseUrl;
    }
    return p;
}

QString ProfileDraft::problem(const QList<ProfileDraft> &drafts, Field *field) const
{
    if (profile.kind == Api::ProviderKind::Demo)
        return {};
    const QString &name = profile.name;
    const auto fail = [field](Field where, const QString &message) {
        if (field)
            *field = where;
        return message;
    };
    if (!ProfileStore::isValidName(name))
        return fail(
            Field::Name, tr("Use letters, digits, '.', '_' and '-' (at most 64), starting with a letter or digit."));
    if (name == Api::kDemoProfileName || (name == Api::kOpenAiProfileName && originalName != Api::kOpenAiProfileName))
        return fail(Field::Name, tr("'%1' is the name of a built-in profile; choose another.").arg(name));
    const auto sameName = [&name](const ProfileDraft &draft) {
        return draft.profile.name == name;
    };
    if (std::count_if(drafts.cbegin(), drafts.cend(), sameName) > 1)
        return fail(Field::Name, tr("Another profile is already called '%1'.").arg(name));
    if (profile.baseUrl.isEmpty())
        return fail(Field::BaseUrl,
            profile.kind == Api::ProviderKind::Azure ? tr("Enter the resource endpoint of your Azure OpenAI "
                                                          "resource, e.g. https://NAME.openai.azure.com.")
                                                     : tr("Enter the provider's base URL."));
    if (const QString problem = storedProfile().validate(); !problem.isEmpty())
        return fail(Field::BaseUrl, problem);
    return {};
}

Workspace::ProfileChange ProfileDraft::change() const
{
    using Change = Workspace::ProfileChange;
    Change change;
    change.originalName = originalName;
    change.profile = storedProfile();
    change.options = Change::Options { draftModel, finalModel, concurrency };
    change.key = forgetKey ? Change::Key::Forget : typedKey.isEmpty() ? Change::Key::Keep : Change::Key::Replace;
    change.newKey = typedKey;
    if (keyState == KeyState::Stored)
        change.storedKey = storedKey;
    else if (keyState == KeyState::NotSet || keyState == KeyState::SessionOnly)
        change.storedKey = QString(); // nothing in the keychain to move
    change.keyFromEnvironment = useEnvironment;
    return change;
}

void ProfileDraft::takeKeyRead(const SecretResult &result)
{
    if (keyState != KeyState::Checking)
        return;
    if (result.ok()) {
        keyState = KeyState::Stored;
        storedKey = result.value;
    } else if (result.status == SecretResult::Status::NotFound) {
        keyState = KeyState::NotSet;
    } else {
        keyState = KeyState::Unavailable;
        keyMessage = result.message;
    }
}

void ProfileDraft::takeKeyWritten(const QString &key, const SecretResult &result)
{
    if (result.ok()) {
        keyState = KeyState::Stored;
        storedKey = key;
        if (typedKey == key)
            typedKey.clear();
    } else {
        // The typed key stays: nothing the user typed is lost.
        keyState = KeyState::Unavailable;
        keyMessage = result.message;
    }
}

QString ProfileDraft::keyStatus(const QString &store, bool *offerFallback) const
{
    *offerFallback = false;
    QString text;
    if (forgetKey) {
        text = tr("The stored key will be removed when you apply (%1).").arg(store);
    } else if (!typedKey.isEmpty() && keyState != KeyState::Unavailable) {
        text = tr("The new key will be stored when you apply (%1).").arg(store);
    } else {
        switch (keyState) {
        case KeyState::Checking:
            text = tr("Looking for a stored key…");
            break;
        case KeyState::Stored:
            text = tr("A key is stored (%1).").arg(store);
            break;
        case KeyState::NotSet:
            text = tr("Not set.");
            break;
        case KeyState::SessionOnly:
            text = tr("Used for this session only: kept in memory and forgotten when Dailies quits.");
            break;
        case KeyState::Unavailable:
            *offerFallback = true;
            text = tr("The keychain does not answer (%1), so Dailies cannot store or read keys there.")
                       .arg(keyMessage.isEmpty() ? tr("no reason given") : keyMessage);
            break;
        }
    }
    const QString &variable = profile.keyEnvironmentVariable;
    if (!variable.isEmpty() && (useEnvironment || keyState != KeyState::Stored)) {
        text += u' '
            + (qEnvironmentVariableIsSet(variable.toLocal8Bit().constData())
                    ? tr("The key is read from the environment variable %1, which is set.").arg(variable)
                    : tr("The environment variable %1 is not set in this session.").arg(variable));
    }
    return text;
}

QString ProfileDraft::testKey(
    const std::optional<Api::ProviderProfile> &stored, const QString &sessionKey, QString *refusal) const
{
    const Api::ProviderProfile tested = storedProfile();
    const QString storedHost = stored ? stored->baseUrl.host() : QString();
    const bool sameHost = !stored || storedHost.compare(tested.baseUrl.host(), Qt::CaseInsensitive) == 0;
    QString key = typedKey;
    if (key.isEmpty() && sameHost)
        key = sessionKey;
    if (key.isEmpty() && sameHost)
        key = storedKey;
    if (key.isEmpty() && !tested.keyEnvironmentVariable.isEmpty())
        key = qEnvironmentVariable(tested.keyEnvironmentVariable.toLocal8Bit().constData());
    if (key.isEmpty()) {
        *refusal = sameHost ? tr("There is no key to test with: type one in the API key field.")
                            : tr("The address changed: type the key for %1 in the API key field (the stored key is "
                                 "only sent to %2).")
                                  .arg(tested.baseUrl.host(), storedHost);
    }
    return key;
}

} // namespace Dailies
