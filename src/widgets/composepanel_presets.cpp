// SPDX-License-Identifier: GPL-3.0-or-later
// The compose panel's presets: named settings saved in the library's database, applied, renamed and deleted from
// the Presets menu.
#include <QInputDialog>
#include <QMenu>

#include "ui_composepanel.h"
#include "widgets/composepanel.h"
#include "widgets/referenceslot.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

ComposePreset ComposePanel::currentPreset(const QString &name) const
{
    ComposePreset preset;
    preset.name = name.trimmed();
    preset.prompt = m_ui->prompt->toPlainText();
    preset.model = m_ui->model->currentText().trimmed();
    preset.size = m_ui->size->currentText().trimmed();
    preset.seconds = m_ui->seconds->currentText().trimmed();
    preset.variations = m_ui->variations->value();
    preset.fit = m_ui->reference->fit();
    return preset;
}

bool ComposePanel::applyPreset(const QString &name)
{
    const std::optional<ComposePreset> preset = m_presets.preset(name);
    if (!preset) {
        showMessage(tr("There is no preset named '%1'.").arg(name), true);
        return false;
    }
    if (!preset->prompt.isEmpty())
        usePrompt(preset->prompt);
    if (!preset->model.isEmpty())
        m_ui->model->setCurrentText(preset->model);
    if (!preset->size.isEmpty())
        m_ui->size->setCurrentText(preset->size);
    if (!preset->seconds.isEmpty())
        m_ui->seconds->setCurrentText(preset->seconds);
    m_ui->variations->setValue(preset->variations);
    m_ui->reference->setFit(preset->fit);
    showMessage(
        tr("Applied the preset '%1'. Ctrl+Z in the editor brings the earlier prompt back.").arg(preset->name), false);
    return true;
}

QString ComposePanel::savePreset(const QString &name)
{
    const QString problem = m_presets.save(currentPreset(name));
    showMessage(problem.isEmpty() ? tr("Saved the preset '%1'.").arg(name.trimmed()) : problem, !problem.isEmpty());
    return problem;
}

QString ComposePanel::renamePreset(const QString &from, const QString &to)
{
    const QString problem = m_presets.rename(from, to);
    showMessage(problem.isEmpty() ? tr("Renamed the preset '%1' to '%2'.").arg(from, to.trimmed()) : problem,
        !problem.isEmpty());
    return problem;
}

QString ComposePanel::deletePreset(const QString &name)
{
    const QString problem = m_presets.remove(name);
    showMessage(problem.isEmpty() ? tr("Deleted the preset '%1'.").arg(name) : problem, !problem.isEmpty());
    return problem;
}

QStringList ComposePanel::presetNames() const
{
    QStringList names;
    for (const ComposePreset &preset : m_presets.presets())
        names << preset.name;
    return names;
}

void ComposePanel::askPresetName(
    const QString &title, const QString &label, const QString &initial, std::function<void(const QString &)> done)
{
    // open(), not exec(): no nested event loop.
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setTextValue(initial);
    connect(dialog, &QInputDialog::textValueSelected, this, std::move(done));
    dialog->open();
}

void ComposePanel::fillPresetsMenu()
{
    m_presetsMenu->clear();
    const QStringList names = presetNames();
    if (names.isEmpty()) {
        m_presetsMenu->addAction(tr("No presets yet"))->setEnabled(false);
    } else {
        for (const QString &name : names) {
            QAction *apply = m_presetsMenu->addAction(name);
            apply->setObjectName(u"applyPreset"_s);
            connect(apply, &QAction::triggered, this, [this, name] { applyPreset(name); });
        }
    }
    m_presetsMenu->addSeparator();
    QAction *save = m_presetsMenu->addAction(QIcon::fromTheme(u"document-save-as"_s), tr("&Save current as…"));
    save->setObjectName(u"savePreset"_s);
    connect(save, &QAction::triggered, this, [this] {
        askPresetName(tr("Save preset"), tr("Name of the preset:"), QString(), [this](const QString &name) {
            if (presetNames().contains(name.trimmed()))
                showMessage(tr("Replacing the preset '%1'.").arg(name.trimmed()), false);
            savePreset(name);
        });
    });
    QMenu *rename = m_presetsMenu->addMenu(tr("&Rename"));
    QMenu *remove = m_presetsMenu->addMenu(QIcon::fromTheme(u"edit-delete"_s), tr("&Delete"));
    rename->setEnabled(!names.isEmpty());
    remove->setEnabled(!names.isEmpty());
    for (const QString &name : names) {
        connect(rename->addAction(name), &QAction::triggered, this, [this, name] {
            askPresetName(tr("Rename preset"), tr("New name for '%1':").arg(name), name,
                [this, name](const QString &to) { renamePreset(name, to); });
        });
        connect(remove->addAction(name), &QAction::triggered, this, [this, name] { deletePreset(name); });
    }
}

} // namespace Dailies
