// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QPalette>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "widgets/icons.h"

using namespace Qt::StringLiterals;
using namespace Dailies;

namespace
{
/// The names the studio asks for now or is expected to (issue 5), beyond the ones found in the sources.
const QStringList plannedNames = {
    u"media-playback-start"_s,
    u"media-playback-pause"_s,
    u"media-playback-stop"_s,
    u"media-skip-backward"_s,
    u"media-skip-forward"_s,
    u"media-seek-backward"_s,
    u"media-seek-forward"_s,
    u"media-playlist-repeat"_s,
    u"media-record"_s,
    u"audio-volume-high"_s,
    u"audio-volume-muted"_s,
    u"view-fullscreen"_s,
    u"view-restore"_s,
    u"view-list-details"_s,
    u"view-list-icons"_s,
    u"view-grid"_s,
    u"view-refresh"_s,
    u"edit-find"_s,
    u"edit-copy"_s,
    u"edit-paste"_s,
    u"edit-delete"_s,
    u"edit-clear"_s,
    u"edit-undo"_s,
    u"edit-redo"_s,
    u"document-new"_s,
    u"document-open"_s,
    u"document-save"_s,
    u"document-save-as"_s,
    u"document-properties"_s,
    u"document-edit"_s,
    u"folder-open"_s,
    u"configure"_s,
    u"preferences-system"_s,
    u"process-stop"_s,
    u"emblem-favorite"_s,
    u"emblem-ok"_s,
    u"tag"_s,
    u"tag-symbolic"_s,
    u"dialog-information"_s,
    u"dialog-warning"_s,
    u"dialog-error"_s,
    u"network-server"_s,
    u"network-offline"_s,
    u"user-trash"_s,
    u"application-exit"_s,
    u"help-about"_s,
    u"help-keyboard-shortcuts"_s,
    u"input-keyboard"_s,
    u"list-add"_s,
    u"list-remove"_s,
    u"window-close"_s,
    u"go-previous"_s,
    u"go-next"_s,
    u"dailies-generate"_s,
    u"image-x-generic"_s,
    u"image-missing"_s,
    u"camera-video"_s,
    u"appointment-soon"_s,
    u"dialog-question"_s,
    u"dialog-password"_s,
    u"help-contents"_s,
    u"document-export"_s,
    u"view-visible"_s,
    u"view-hidden"_s,
    u"starred"_s,
    u"non-starred"_s,
    u"go-up"_s,
    u"go-down"_s,
    u"zoom-in"_s,
    u"zoom-out"_s,
    u"app.dailies.Dailies"_s,
};

/// Every icon name that src/ and app/ pass to QIcon::fromTheme, Icons::icon or a themeIcon helper.
QStringList sourceNames()
{
    static const QRegularExpression call(uR"re(\b(?:fromTheme|themeIcon|icon)\(\s*u"([A-Za-z0-9._-]+)"_s)re"_s);
    QStringList names;
    for (const QString &folder : { u"src"_s, u"app"_s }) {
        QDirIterator it(QStringLiteral(DAILIES_SOURCE_DIR) + u'/' + folder, { u"*.cpp"_s, u"*.h"_s }, QDir::Files,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(file.readAll());
            for (const QRegularExpressionMatch &match : call.globalMatch(text))
                names.append(match.captured(1));
        }
    }
    names.removeDuplicates();
    names.sort();
    return names;
}

/// How many pixels of the icon at `extent` are not fully transparent; -1 if the pixmap has the wrong size.
int paintedPixels(const QIcon &icon, int extent)
{
    const QImage image = icon.pixmap(QSize(extent, extent)).toImage().convertToFormat(QImage::Format_ARGB32);
    if (image.size() != QSize(extent, extent))
        return -1;
    int painted = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            painted += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    }
    return painted;
}

/// The mean lightness of the icon's mostly opaque pixels at 16 px.
int inkLightness(const QIcon &icon)
{
    const QImage image = icon.pixmap(QSize(16, 16)).toImage().convertToFormat(QImage::Format_ARGB32);
    qint64 sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor colour = image.pixelColor(x, y);
            if (colour.alpha() > 200) {
                sum += colour.lightness();
                ++count;
            }
        }
    }
    return count == 0 ? -1 : int(sum / count);
}

/// Writes a one-icon-per-name freedesktop theme into `dir`: each icon a solid square of `colour`.
void writeTheme(const QString &dir, const QString &theme, const QStringList &names, const QString &colour)
{
    QVERIFY(QDir(dir).mkpath(theme + u"/scalable/actions"_s));
    QFile index(dir + u'/' + theme + u"/index.theme"_s);
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write(u"[Icon Theme]\nName=%1\nInherits=hicolor\nDirectories=scalable/actions\n\n"
                "[scalable/actions]\nSize=16\nMinSize=8\nMaxSize=512\nType=Scalable\n"_s.arg(theme)
                    .toUtf8());
    for (const QString &name : names) {
        QFile svg(dir + u'/' + theme + u"/scalable/actions/"_s + name + u".svg"_s);
        QVERIFY(svg.open(QIODevice::WriteOnly));
        svg.write(u"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"16\" height=\"16\" viewBox=\"0 0 16 16\">"
                  "<rect width=\"16\" height=\"16\" fill=\"%1\"/></svg>"_s.arg(colour)
                      .toUtf8());
    }
}
} // namespace

/// The bundled icon themes: every name the studio uses resolves and paints, with and without a desktop theme.
class TestIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void indexTheme_data();
    void indexTheme();
    void sourcesAreScanned();
    void resolves_data();
    void resolves();
    void darkPaletteSwitchesVariant();
    void unknownNameStillPaints();
    void desktopThemeWins();
    void incompleteDesktopThemeIsReplaced();

private:
    QStringList m_defaultSearchPaths;
};

void TestIcons::initTestCase()
{
    m_defaultSearchPaths = QIcon::themeSearchPaths();
    QIcon::setThemeName(QString());
    Icons::install();
    QCOMPARE(QIcon::themeName(), u"dailies"_s);
    QCOMPARE(QIcon::fallbackThemeName(), u"dailies"_s);
    QVERIFY(QIcon::themeSearchPaths().contains(u":/icons"_s));
}

void TestIcons::indexTheme_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QString>("inherits");
    QTest::newRow("light") << u"dailies"_s << u"hicolor"_s;
    QTest::newRow("dark") << u"dailies-dark"_s << u"dailies,hicolor"_s;
}

void TestIcons::indexTheme()
{
    QFETCH(QString, theme);
    QFETCH(QString, inherits);
    const QString root = u":/icons/"_s + theme;
    QSettings index(root + u"/index.theme"_s, QSettings::IniFormat);
    QCOMPARE(index.status(), QSettings::NoError);
    index.beginGroup(u"Icon Theme"_s);
    QVERIFY(!index.value(u"Name"_s).toString().isEmpty());
    QCOMPARE(index.value(u"Inherits"_s).toStringList().join(u','), inherits);
    const QStringList directories = index.value(u"Directories"_s).toStringList();
    index.endGroup();
    QCOMPARE(directories, QStringList({ u"scalable/actions"_s, u"scalable/status"_s, u"scalable/apps"_s }));

    int icons = 0;
    for (const QString &directory : directories) {
        index.beginGroup(directory);
        QCOMPARE(index.value(u"Type"_s).toString(), u"Scalable"_s);
        QVERIFY(index.value(u"Size"_s).toInt() > 0);
        QCOMPARE(index.value(u"MinSize"_s).toInt(), 8);
        QCOMPARE(index.value(u"MaxSize"_s).toInt(), 512);
        QVERIFY(!index.value(u"Context"_s).toString().isEmpty());
        index.endGroup();
        const QDir folder(root + u'/' + directory);
        for (const QString &file : folder.entryList({ u"*.svg"_s }, QDir::Files)) {
            const QIcon icon(folder.filePath(file));
            QVERIFY2(paintedPixels(icon, 16) > 0, qPrintable(folder.filePath(file)));
            ++icons;
        }
    }
    QVERIFY(icons > 50);
}

void TestIcons::sourcesAreScanned()
{
    const QStringList names = sourceNames();
    QVERIFY2(names.contains(u"edit-find"_s), qPrintable(names.join(u", "_s)));
    QVERIFY(names.contains(u"application-exit"_s));
}

void TestIcons::resolves_data()
{
    QTest::addColumn<QString>("name");
    QStringList names = plannedNames + sourceNames();
    names.removeDuplicates();
    for (const QString &name : std::as_const(names))
        QTest::newRow(qPrintable(name)) << name;
}

void TestIcons::resolves()
{
    QFETCH(QString, name);
    const QIcon themed = QIcon::fromTheme(name);
    QVERIFY(!themed.isNull());
    for (const int extent : { 16, 32 }) {
        const int painted = paintedPixels(themed, extent);
        QVERIFY2(painted > extent, qPrintable(u"%1 px: %2 pixels painted"_s.arg(extent).arg(painted)));
    }
    const QIcon direct = Icons::icon(name);
    QVERIFY(!direct.isNull());
    QVERIFY(paintedPixels(direct, 24) > 24);
}

void TestIcons::darkPaletteSwitchesVariant()
{
    const QPalette light = QApplication::palette();
    const QIcon play = Icons::icon(u"media-playback-start"_s);
    QVERIFY(inkLightness(play) < 110);

    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(0x1f, 0x23, 0x28));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xed, 0xf3));
    QApplication::setPalette(dark);
    QCOMPARE(Icons::bundledThemeName(), u"dailies-dark"_s);
    QTRY_COMPARE(QIcon::themeName(), u"dailies-dark"_s);
    QCOMPARE(QIcon::fallbackThemeName(), u"dailies-dark"_s);
    QVERIFY(inkLightness(play) > 170); // the icon made before the switch follows it
    QVERIFY(paintedPixels(QIcon::fromTheme(u"app.dailies.Dailies"_s), 32) > 32); // inherited from `dailies`

    QApplication::setPalette(light);
    QTRY_COMPARE(QIcon::themeName(), u"dailies"_s);
    QVERIFY(inkLightness(play) < 110);
}

void TestIcons::unknownNameStillPaints()
{
    const QIcon unknown = Icons::icon(u"dailies-no-such-icon"_s);
    QVERIFY(!unknown.isNull());
    QVERIFY(paintedPixels(unknown, 16) > 16);
    QVERIFY(QIcon::fromTheme(u"dailies-no-such-icon"_s).isNull());
}

void TestIcons::desktopThemeWins()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeTheme(dir.path(), u"desktoptest"_s, { u"media-playback-start"_s, u"edit-find"_s }, u"#ff0000"_s);
    QIcon::setThemeSearchPaths(QStringList(dir.path()) + m_defaultSearchPaths);
    QIcon::setThemeName(u"desktoptest"_s);
    Icons::install();

    QCOMPARE(QIcon::themeName(), u"desktoptest"_s);
    QCOMPARE(QIcon::fallbackThemeName(), u"dailies"_s);
    const QImage find = QIcon::fromTheme(u"edit-find"_s).pixmap(QSize(16, 16)).toImage();
    QCOMPARE(find.pixelColor(8, 8), QColor(Qt::red));
    const QIcon copy = QIcon::fromTheme(u"edit-copy"_s); // only the bundled theme has it
    QVERIFY(!copy.isNull());
    QVERIFY(paintedPixels(copy, 16) > 16);
    QVERIFY(paintedPixels(Icons::icon(u"edit-copy"_s), 16) > 16);

    QIcon::setThemeName(QString());
    QIcon::setThemeSearchPaths(m_defaultSearchPaths);
    Icons::install();
    QCOMPARE(QIcon::themeName(), u"dailies"_s);
}

void TestIcons::incompleteDesktopThemeIsReplaced()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeTheme(dir.path(), u"partialtest"_s, { u"edit-find"_s }, u"#00ff00"_s);
    QIcon::setThemeSearchPaths(QStringList(dir.path()) + m_defaultSearchPaths);
    QIcon::setThemeName(u"partialtest"_s);
    Icons::install();

    QCOMPARE(QIcon::themeName(), u"dailies"_s);
    QVERIFY(inkLightness(QIcon::fromTheme(u"edit-find"_s)) < 110);

    QIcon::setThemeName(QString());
    QIcon::setThemeSearchPaths(m_defaultSearchPaths);
    Icons::install();
    QCOMPARE(QIcon::themeName(), u"dailies"_s);
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
