// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QStringList>
#include <QStyle>
#include <QWidget>

class QLabel;

namespace Dailies
{
class Workspace;

/**
 * One page of the Settings dialog (widgets/settings/): it shows a copy of some settings, checks what the user
 * changed and stores it through the core APIs the command line uses too. The dialog calls load() once, validate()
 * on every page before it stores anything, then store() on every page; nothing is stored until then. The workspace
 * is not owned.
 */
class SettingsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    ~SettingsPage() override;

    /// Shows the stored settings.
    virtual void load() = 0;
    /// Shows every problem of the page; false (with the field to focus in *field, may be nullptr) when the page
    /// cannot be stored as it is.
    [[nodiscard]] virtual bool validate(QWidget **field);
    /// Stores what the page shows; called only after every page validated.
    virtual void store() = 0;

    /// The first icon of `names` the icon theme has, else the style's `fallback`.
    [[nodiscard]] static QIcon themeIcon(
        const QWidget *widget, const QStringList &names, QStyle::StandardPixmap fallback);

Q_SIGNALS:
    /// The page has something to show the user (a refused key): the dialog brings it to the front.
    void raiseRequested();

protected:
    explicit SettingsPage(Workspace *workspace, QWidget *parent = nullptr);

    [[nodiscard]] Workspace *workspace() const { return m_workspace; }
    /// Shows `message` in `label` (hidden when empty), in a red readable on light and dark palettes alike.
    static void showError(QLabel *label, const QString &message);

private:
    Workspace *m_workspace;
};

} // namespace Dailies
