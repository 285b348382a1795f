// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/cliplibrarygenerator.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <array>
#include <cerrno>
#include <cmath>

#include <unistd.h>

#include "core/library/cliprecord.h"
#include "core/library/filenametemplate.h"
#include "core/library/library.h"
#include "core/storage/database.h"
#include "support/benchreport.h"

using namespace Qt::StringLiterals;

namespace Dailies::Bench
{

namespace
{

// Word lists in the order of how often they are picked (a Zipf-like weight falls with the position), so each list
// has a few very common entries and a long tail.
const QStringList kShots = {
    u"A cinematic wide shot of"_s,
    u"Close-up of"_s,
    u"A slow dolly shot of"_s,
    u"Aerial drone footage of"_s,
    u"Handheld tracking shot of"_s,
    u"A static tripod shot of"_s,
    u"Macro shot of"_s,
    u"Time-lapse of"_s,
    u"A low-angle shot of"_s,
    u"Overhead view of"_s,
    u"A slow push-in on"_s,
    u"A sweeping crane shot over"_s,
    u"POV shot following"_s,
    u"An over-the-shoulder shot of"_s,
    u"A whip pan revealing"_s,
    u"Slow-motion footage of"_s,
    u"A locked-off establishing shot of"_s,
    u"A steadicam shot circling"_s,
    u"An extreme close-up of"_s,
    u"A rack focus from the foreground to"_s,
};

const QStringList kSubjects = {
    u"a lighthouse keeper"_s,
    u"an old fishing boat"_s,
    u"a red fox"_s,
    u"two astronauts"_s,
    u"a street musician"_s,
    u"a golden retriever"_s,
    u"a paper airplane"_s,
    u"a vintage convertible"_s,
    u"a ballet dancer"_s,
    u"a hummingbird"_s,
    u"a steam locomotive"_s,
    u"a barista"_s,
    u"a child in a yellow raincoat"_s,
    u"a humpback whale"_s,
    u"a cyclist"_s,
    u"an elderly couple"_s,
    u"a robot vacuum"_s,
    u"a wooden sailboat"_s,
    u"a snow leopard"_s,
    u"a food truck"_s,
    u"a skateboarder"_s,
    u"a hot air balloon"_s,
    u"a jazz trio"_s,
    u"a boathouse"_s,
    u"a wild boar"_s,
    u"a chef"_s,
    u"a flock of starlings"_s,
    u"a tiny kitten"_s,
    u"a marathon runner"_s,
    u"a glass of iced coffee"_s,
    u"a stack of pancakes"_s,
    u"a surfer"_s,
    u"a monarch butterfly"_s,
    u"a subway train"_s,
    u"a potter"_s,
    u"a pair of sneakers"_s,
    u"a knight in armour"_s,
    u"a violinist"_s,
    u"a delivery drone"_s,
    u"a herd of wild horses"_s,
    u"a fisherman"_s,
    u"an octopus"_s,
    u"a vintage typewriter"_s,
    u"a group of friends"_s,
    u"a lone wolf"_s,
    u"a calligrapher"_s,
    u"a rocket"_s,
    u"a bonsai tree"_s,
    u"a firefly"_s,
    u"a carousel horse"_s,
    u"a tram"_s,
    u"a beekeeper"_s,
    u"a polar bear"_s,
    u"a glassblower"_s,
    u"a tugboat"_s,
    u"a spinning top"_s,
    u"a crowd of commuters"_s,
    u"a blacksmith"_s,
    u"a jellyfish"_s,
    u"a skyscraper window cleaner"_s,
};

const QStringList kActions = {
    u"walking slowly through"_s,
    u"drifting across"_s,
    u"dancing in"_s,
    u"waiting at"_s,
    u"running along"_s,
    u"gliding over"_s,
    u"resting beside"_s,
    u"emerging from"_s,
    u"spinning above"_s,
    u"floating through"_s,
    u"crossing"_s,
    u"climbing"_s,
    u"sleeping in"_s,
    u"racing through"_s,
    u"hiding behind"_s,
    u"looking out over"_s,
    u"playing in"_s,
    u"wandering around"_s,
    u"circling"_s,
    u"arriving at"_s,
    u"leaving"_s,
    u"sitting on the edge of"_s,
    u"splashing through"_s,
    u"balancing on"_s,
    u"sheltering under"_s,
};

const QStringList kSettings = {
    u"a misty pine forest"_s,
    u"a rain-soaked neon alley"_s,
    u"a quiet harbour"_s,
    u"the surface of Mars"_s,
    u"a crowded night market"_s,
    u"an empty train station"_s,
    u"a sunflower field"_s,
    u"a snowy mountain pass"_s,
    u"a Parisian café terrace"_s,
    u"a desert canyon"_s,
    u"a coral reef"_s,
    u"a rooftop garden"_s,
    u"an abandoned amusement park"_s,
    u"a bamboo grove"_s,
    u"a foggy boardwalk"_s,
    u"a candlelit library"_s,
    u"a frozen lake"_s,
    u"a busy kitchen"_s,
    u"an Icelandic black sand beach"_s,
    u"a tropical rainforest"_s,
    u"a laundromat at midnight"_s,
    u"a greenhouse"_s,
    u"a spaceship corridor"_s,
    u"a lavender field in Provence"_s,
    u"a Tokyo crossing"_s,
    u"a medieval castle courtyard"_s,
    u"a vineyard"_s,
    u"a flooded street"_s,
    u"an art deco hotel lobby"_s,
    u"a windswept cliff"_s,
    u"a salt flat"_s,
    u"a cherry blossom park"_s,
    u"an underground jazz club"_s,
    u"a glacier cave"_s,
    u"a small bakery"_s,
    u"a carnival at dusk"_s,
    u"a mountain monastery"_s,
    u"a suburban backyard"_s,
    u"a lighthouse on a rocky point"_s,
    u"a retro diner"_s,
};

const QStringList kLight = {
    u"at golden hour"_s,
    u"at night"_s,
    u"at sunrise"_s,
    u"under a full moon"_s,
    u"in soft overcast light"_s,
    u"in harsh midday sun"_s,
    u"during a thunderstorm"_s,
    u"in blue hour twilight"_s,
    u"lit by flickering neon"_s,
    u"in falling snow"_s,
    u"in thick fog"_s,
    u"backlit by the setting sun"_s,
    u"under string lights"_s,
    u"in dappled shade"_s,
    u"by candlelight"_s,
};

const QStringList kDetails = {
    u"Steam rises from a cup in the foreground."_s,
    u"Leaves swirl in the wind."_s,
    u"Raindrops streak across the lens."_s,
    u"The camera slowly pulls back to reveal the whole scene."_s,
    u"Dust particles glitter in the light."_s,
    u"Reflections ripple on wet pavement."_s,
    u"Birds scatter into the sky."_s,
    u"A gentle breeze moves the curtains."_s,
    u"Waves crash against the rocks below."_s,
    u"Soft bokeh lights fill the background."_s,
    u"The subject turns and smiles at the camera."_s,
    u"Shadows stretch long across the ground."_s,
    u"A train passes in the distance."_s,
    u"Snowflakes drift past the lens."_s,
    u"Sparks fly in slow motion."_s,
    u"The horizon glows orange and pink."_s,
    u"Clouds race overhead in the sky."_s,
    u"A dog barks somewhere off screen."_s,
    u"Petals fall slowly through the frame."_s,
    u"Lanterns sway on a wire above."_s,
    u"The water is perfectly still."_s,
    u"Footprints trail behind in the sand."_s,
    u"Smoke curls up from a chimney."_s,
    u"A clock ticks on the wall."_s,
    u"Neon signs buzz and flicker."_s,
    u"Fireworks burst far away."_s,
    u"Ripples spread across a puddle."_s,
    u"The crowd parts to let them through."_s,
    u"Sunlight breaks through the clouds."_s,
    u"Ice cracks under the weight."_s,
};

const QStringList kStyles = {
    u"Shot on 35mm film, natural grain."_s,
    u"Photorealistic, shallow depth of field."_s,
    u"Anamorphic lens flares, cinematic colour grade."_s,
    u"In the style of a 1970s documentary."_s,
    u"Symmetrical composition, pastel palette."_s,
    u"Moody, high contrast, teal and orange."_s,
    u"Stop-motion animation with felt puppets."_s,
    u"Hand-drawn watercolour animation."_s,
    u"Black and white, film noir lighting."_s,
    u"Hyperreal commercial look, crisp and bright."_s,
    u"Claymation style."_s,
    u"Vintage VHS footage with tracking lines."_s,
    u"Dreamy, soft focus, muted colours."_s,
    u"Ultra wide angle, fisheye distortion."_s,
    u"IMAX nature documentary style."_s,
    u"Low-poly 3D render."_s,
    u"Tilt-shift miniature effect."_s,
    u"Super 8 home movie look."_s,
};

// Each of these appears in a few dozen prompts at most: the rare end of a search.
const QStringList kRare = {
    u"axolotl"_s,
    u"zeppelin"_s,
    u"origami"_s,
    u"kaleidoscope"_s,
    u"tardigrade"_s,
    u"narwhal"_s,
    u"gondola"_s,
    u"samovar"_s,
    u"metronome"_s,
    u"theremin"_s,
    u"abacus"_s,
    u"quokka"_s,
    u"pangolin"_s,
    u"aqueduct"_s,
    u"bagpipes"_s,
    u"chandelier"_s,
    u"dirigible"_s,
    u"escalator"_s,
    u"fjord"_s,
    u"gargoyle"_s,
    u"harpsichord"_s,
    u"igloo"_s,
    u"jackalope"_s,
    u"kimono"_s,
    u"labyrinth"_s,
    u"marionette"_s,
    u"nebula"_s,
    u"obelisk"_s,
    u"pagoda"_s,
    u"quasar"_s,
    u"rickshaw"_s,
    u"sphinx"_s,
    u"totem"_s,
    u"ukulele"_s,
    u"velociraptor"_s,
    u"windmill"_s,
    u"xylophone"_s,
    u"yurt"_s,
    u"ziggurat"_s,
    u"boa"_s,
    u"boatswain"_s,
    u"boardgame"_s,
    u"boar"_s,
    u"accordion"_s,
    u"armadillo"_s,
    u"astrolabe"_s,
    u"bioluminescent"_s,
    u"candelabra"_s,
    u"catamaran"_s,
    u"chameleon"_s,
    u"cuckoo"_s,
    u"didgeridoo"_s,
    u"dragonfruit"_s,
    u"eclipse"_s,
    u"falconer"_s,
    u"flamenco"_s,
    u"geyser"_s,
    u"gramophone"_s,
    u"hedgehog"_s,
    u"hieroglyphs"_s,
    u"iceberg"_s,
    u"jukebox"_s,
    u"kayak"_s,
    u"kiln"_s,
    u"lynx"_s,
    u"mangrove"_s,
    u"mosaic"_s,
    u"nautilus"_s,
    u"okapi"_s,
    u"periscope"_s,
    u"platypus"_s,
    u"pufferfish"_s,
    u"quill"_s,
    u"reindeer"_s,
    u"sextant"_s,
    u"stalactite"_s,
    u"sundial"_s,
    u"tapir"_s,
    u"telescope"_s,
    u"trebuchet"_s,
    u"tuba"_s,
    u"unicycle"_s,
    u"vespa"_s,
    u"volcano"_s,
    u"walrus"_s,
    u"wombat"_s,
    u"yak"_s,
    u"zebra"_s,
    u"crêpe"_s,
    u"piñata"_s,
    u"smörgåsbord"_s,
    u"jalapeño"_s,
    u"façade"_s,
};

const QStringList kProjects = {
    u"Spring campaign"_s,
    u"Brand film"_s,
    u"Neon Nights music video"_s,
    u"Pitch deck"_s,
    u"Storyboards"_s,
    u"Aurora Coffee"_s,
    u"Festival trailer"_s,
    u"Tests"_s,
    u"Social cutdowns"_s,
    u"Travel series"_s,
    u"Short film: The Keeper"_s,
    u"Product launch"_s,
    u"Mood reels"_s,
    u"Kids channel"_s,
    u"Wedding concept"_s,
};

const QStringList kTags = {
    u"keeper"_s,
    u"b-roll"_s,
    u"hero"_s,
    u"needs-grade"_s,
    u"client-approved"_s,
    u"alt"_s,
    u"vertical"_s,
    u"loop"_s,
    u"reject"_s,
    u"opening"_s,
};

const QStringList kNotes = {
    u"Use for the opening."_s,
    u"Slight flicker at 0:03."_s,
    u"Client liked this one."_s,
    u"Hands look wrong near the end."_s,
    u"Try again with a slower camera move."_s,
    u"Best colour so far."_s,
    u"Good loop point at 2s."_s,
    u"Text in the background is garbled."_s,
};

template<typename Random>
qsizetype pickZipf(Random &random, qsizetype size, double exponent = 0.9)
{
    // Inverse-CDF over the harmonic weights; sizes are small, so a linear walk is fine.
    double total = 0;
    for (qsizetype i = 0; i < size; ++i)
        total += 1.0 / std::pow(double(i + 1), exponent);
    double target = std::uniform_real_distribution<double>(0, total)(random);
    for (qsizetype i = 0; i < size; ++i) {
        target -= 1.0 / std::pow(double(i + 1), exponent);
        if (target <= 0)
            return i;
    }
    return size - 1;
}

template<typename Random>
const QString &pick(Random &random, const QStringList &list)
{
    return list.at(pickZipf(random, list.size()));
}

template<typename Random>
bool chance(Random &random, double p)
{
    return std::uniform_real_distribution<double>(0, 1)(random) < p;
}

template<typename Random>
QString remoteId(Random &random)
{
    return u"video_"_s + QString::number(random(), 16).rightJustified(16, u'0')
        + QString::number(random(), 16).rightJustified(16, u'0');
}

// A null QString binds as SQL NULL; these columns are NOT NULL with '' for "none".
QString notNull(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

QString stampText(int clipCount)
{
    return u"clips=%1 schema=%2 generator=%3\n"_s.arg(clipCount)
        .arg(Database::latestSchemaVersion())
        .arg(ClipLibraryGenerator::kGeneratorVersion);
}

} // namespace

ClipLibraryGenerator::ClipLibraryGenerator(int clipCount)
    : m_clipCount(clipCount)
    , m_random(20260301)
{
}

QString ClipLibraryGenerator::databasePath(const QString &folder)
{
    return QDir(folder).filePath(u".dailies/library.sqlite"_s);
}

QStringList ClipLibraryGenerator::commonWords()
{
    return {
        u"shot"_s,
        u"forest"_s,
        u"light"_s,
        u"camera"_s,
        u"night"_s,
        u"golden"_s,
        u"boat"_s,
        u"fox"_s,
        u"lighthouse"_s,
        u"harbour"_s,
        u"neon"_s,
        u"film"_s,
        u"slow"_s,
        u"rain"_s,
        u"sunrise"_s,
        u"astronauts"_s,
        u"musician"_s,
        u"cafe"_s,
        u"fog"_s,
        u"snow"_s,
        u"dancer"_s,
        u"whale"_s,
        u"train"_s,
        u"kitchen"_s,
        u"desert"_s,
        u"documentary"_s,
        u"watercolour"_s,
        u"bokeh"_s,
        u"wolf"_s,
        u"pancakes"_s,
    };
}

QStringList ClipLibraryGenerator::rareWords()
{
    return kRare;
}

QCommandLineOption ClipLibraryGenerator::dataOption()
{
    return { u"data"_s, u"Folder for generated data (the library is kept there)."_s, u"dir"_s };
}

QCommandLineOption ClipLibraryGenerator::clipsOption()
{
    return { u"clips"_s, u"How many clips the library has (default 100000)."_s, u"n"_s,
        QString::number(kSharedClipCount) };
}

int ClipLibraryGenerator::clipCount(const QCommandLineParser &parser)
{
    bool ok = false;
    const int clips = parser.value(u"clips"_s).toInt(&ok);
    if (!ok || clips <= 0)
        BenchReport::fail(u"--clips wants a positive number, not '%1'"_s.arg(parser.value(u"clips"_s)));
    return clips;
}

QString ClipLibraryGenerator::sizeLabel(int clips)
{
    if (clips % 1000000 == 0)
        return QString::number(clips / 1000000) + u'm';
    if (clips % 1000 == 0)
        return QString::number(clips / 1000) + u'k';
    return QString::number(clips);
}

QString ClipLibraryGenerator::sharedLibrary(const QCommandLineParser &parser)
{
    if (!parser.isSet(u"data"_s))
        BenchReport::fail(u"--data is required"_s);
    const int clips = clipCount(parser);
    const QString folder = QDir(parser.value(u"data"_s)).filePath(u"library-"_s + sizeLabel(clips));
    QString error;
    if (!ClipLibraryGenerator(clips).ensure(folder, &error) || !ensureThumbnails(folder, &error))
        BenchReport::fail(error);
    return folder;
}

bool ClipLibraryGenerator::ensureThumbnails(const QString &folder, QString *error)
{
    const QString stamp = QDir(folder).filePath(u"thumbnails.stamp"_s);
    if (QFileInfo::exists(stamp))
        return true;
    // Every clip's thumbnail, as the studio made it: the demo provider's picture for its size, hard-linked (a
    // million links cost directory entries, not 20 GB); copied where links are refused.
    BenchReport::note(u"placing a thumbnail for every clip of %1 (once)"_s.arg(folder));
    Database db;
    if (!db.open(databasePath(folder))) {
        *error = db.errorString();
        return false;
    }
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT thumbnail_path, size FROM clips"_s)) {
        *error = q.lastError().text();
        return false;
    }
    const QDir library(folder);
    const QDir demo(QStringLiteral(DAILIES_DEMO_DIR));
    QSet<QString> madeDirs;
    int placed = 0;
    while (q.next()) {
        const QString target = library.filePath(q.value(0).toString());
        QString source = demo.filePath(q.value(1).toString() + u"/thumbnail.webp"_s);
        if (!QFileInfo::exists(source))
            source = demo.filePath(u"1280x720/thumbnail.webp"_s);
        const QString dir = QFileInfo(target).path();
        if (!madeDirs.contains(dir)) {
            QDir().mkpath(dir);
            madeDirs.insert(dir);
        }
        if (::link(QFile::encodeName(source).constData(), QFile::encodeName(target).constData()) != 0 && errno != EEXIST
            && !QFile::copy(source, target)) {
            *error = u"cannot place the thumbnail %1"_s.arg(target);
            return false;
        }
        ++placed;
    }
    QFile out(stamp);
    if (!out.open(QIODevice::WriteOnly) || out.write(QByteArray("thumbnails=") + QByteArray::number(placed)) < 0) {
        *error = u"cannot write %1"_s.arg(stamp);
        return false;
    }
    return true;
}

bool ClipLibraryGenerator::ensure(const QString &folder, QString *error)
{
    const QString stamp = QDir(folder).filePath(u"bench-library.stamp"_s);
    QFile stampFile(stamp);
    if (stampFile.open(QIODevice::ReadOnly) && QString::fromUtf8(stampFile.readAll()) == stampText(m_clipCount)
        && QFileInfo::exists(databasePath(folder)))
        return true;
    stampFile.close();

    // Generate beside the final place and move it there at the end, so an interrupted run leaves no library
    // with a valid stamp.
    const QString building = folder + u".building"_s;
    QDir(building).removeRecursively();
    BenchReport::note(
        u"generating a library of %1 clips in %2 (once; kept for later runs)"_s.arg(m_clipCount).arg(folder));
    if (!generate(building, error))
        return false;
    QFile out(QDir(building).filePath(u"bench-library.stamp"_s));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(stampText(m_clipCount).toUtf8()) < 0) {
        *error = u"cannot write %1"_s.arg(out.fileName());
        return false;
    }
    out.close();
    QDir(folder).removeRecursively();
    if (!QDir().rename(building, folder)) {
        *error = u"cannot move %1 to %2"_s.arg(building, folder);
        return false;
    }
    return true;
}

QString ClipLibraryGenerator::makePrompt()
{
    auto &r = m_random;
    const double shape = std::uniform_real_distribution<double>(0, 1)(r);
    QString prompt;
    if (shape < 0.06) {
        // Short prompts as people type them in a hurry.
        prompt = pick(r, kSubjects) + u' ' + pick(r, kActions) + u' ' + pick(r, kSettings);
        prompt[0] = prompt[0].toUpper();
    } else {
        prompt = pick(r, kShots) + u' ' + pick(r, kSubjects) + u' ' + pick(r, kActions) + u' ' + pick(r, kSettings)
            + u' ' + pick(r, kLight) + u'.';
        const int details = shape > 0.9 ? 4 + int(r() % 5) : int(r() % 3);
        for (int i = 0; i < details; ++i)
            prompt += u' ' + pick(r, kDetails);
        if (chance(r, 0.7))
            prompt += u' ' + pick(r, kStyles);
    }
    if (chance(r, 0.03))
        prompt += u" A "_s + kRare.at(qsizetype(r() % quint64(kRare.size()))) + u" appears briefly."_s;
    return prompt;
}

bool ClipLibraryGenerator::generate(const QString &folder, QString *error)
{
    Database db;
    if (!db.open(databasePath(folder))) {
        *error = db.errorString();
        return false;
    }
    auto &r = m_random;
    const FileNameTemplate names(Library::kDefaultTemplate);
    // Two years of clips up to a fixed day, so a regenerated library has the same dates.
    const qint64 endMs = QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 spanMs = 730LL * 24 * 3600 * 1000;
    Database::Transaction transaction(db);
    QSqlQuery insert(db.connection());
    if (!insert.prepare(u"INSERT INTO clips (job_id, profile, remote_id, prompt, model, size, seconds, request_json, "
                        "response_json, settings_key, submitted_at, created_at, completed_at, added_at, cost, "
                        "currency, video_path, thumbnail_path, spritesheet_path, sidecar_path, video_bytes, "
                        "favourite, rating, project, notes, tags, parent_remote_id) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)) {
        *error = insert.lastError().text();
        return false;
    }
    QString previousRemote;
    for (int i = 0; i < m_clipCount; ++i) {
        ClipRecord c;
        c.jobId = i + 1;
        const double profileRoll = std::uniform_real_distribution<double>(0, 1)(r);
        c.profile = profileRoll < 0.85 ? u"openai"_s : (profileRoll < 0.95 ? u"azure-west"_s : u"demo"_s);
        c.remoteId = remoteId(r);
        c.prompt = makePrompt();
        const bool pro = chance(r, 0.3);
        c.model = pro ? u"sora-2-pro"_s : u"sora-2"_s;
        static const std::array<QString, 2> basic = { u"1280x720"_s, u"720x1280"_s };
        static const std::array<QString, 6> proSizes
            = { u"1280x720"_s, u"720x1280"_s, u"1792x1024"_s, u"1024x1792"_s, u"1920x1080"_s, u"1080x1920"_s };
        c.size = pro ? proSizes.at(r() % proSizes.size()) : basic.at(r() % basic.size());
        static const std::array<QString, 20> seconds = { u"4"_s, u"4"_s, u"4"_s, u"4"_s, u"4"_s, u"4"_s, u"4"_s, u"4"_s,
            u"8"_s, u"8"_s, u"8"_s, u"8"_s, u"8"_s, u"8"_s, u"8"_s, u"12"_s, u"12"_s, u"12"_s, u"16"_s, u"20"_s };
        c.seconds = seconds.at(r() % seconds.size());
        const int secs = c.seconds.toInt();
        const bool large = c.size.contains(u"1080"_s) || c.size.contains(u"1792"_s);

        const qint64 addedMs = endMs - spanMs + spanMs * i / m_clipCount + qint64(r() % 60000);
        const qint64 completedMs = addedMs - 5000 - qint64(r() % 25000);
        const qint64 createdMs = completedMs - 60000 - qint64(r() % 180000);
        c.addedAt = QDateTime::fromMSecsSinceEpoch(addedMs, QTimeZone::utc());
        c.completedAt = QDateTime::fromMSecsSinceEpoch(completedMs, QTimeZone::utc());
        c.createdAt = QDateTime::fromMSecsSinceEpoch(createdMs, QTimeZone::utc());
        c.submittedAt = c.createdAt.addMSecs(-800);
        if (c.profile != "demo"_L1)
            c.cost = secs * (pro ? (large ? 0.50 : 0.30) : 0.10);
        if (chance(r, 0.6))
            c.project = pick(r, kProjects);
        c.favourite = chance(r, 0.06);
        c.rating = chance(r, 0.3) ? 1 + int(r() % 5) : 0;
        if (chance(r, 0.15)) {
            const int count = 1 + int(r() % 3);
            for (int t = 0; t < count; ++t) {
                const QString &tag = pick(r, kTags);
                if (!c.tags.contains(tag))
                    c.tags << tag;
            }
        }
        if (chance(r, 0.08))
            c.notes = pick(r, kNotes);
        if (!previousRemote.isEmpty() && chance(r, 0.05))
            c.parentRemoteId = previousRemote;
        previousRemote = c.remoteId;
        c.videoBytes = qint64(secs) * (large ? 800000 : 350000) * (70 + qint64(r() % 60)) / 100;
        c.settingsKey = ClipRecord::settingsKeyFor(c.prompt, c.model, c.size, c.seconds);

        const QJsonObject request { { u"prompt"_s, c.prompt }, { u"model"_s, c.model }, { u"size"_s, c.size },
            { u"seconds"_s, c.seconds } };
        const QJsonObject response { { u"id"_s, c.remoteId }, { u"object"_s, u"video"_s }, { u"model"_s, c.model },
            { u"status"_s, u"completed"_s }, { u"progress"_s, 100 }, { u"created_at"_s, createdMs / 1000 },
            { u"completed_at"_s, completedMs / 1000 }, { u"expires_at"_s, completedMs / 1000 + 3600 },
            { u"prompt"_s, c.prompt }, { u"size"_s, c.size }, { u"seconds"_s, c.seconds },
            { u"remixed_from_video_id"_s,
                c.parentRemoteId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.parentRemoteId) },
            { u"error"_s, QJsonValue(QJsonValue::Null) } };
        const QString base = names.expand(c);

        insert.addBindValue(c.jobId);
        insert.addBindValue(c.profile);
        insert.addBindValue(c.remoteId);
        insert.addBindValue(c.prompt);
        insert.addBindValue(c.model);
        insert.addBindValue(c.size);
        insert.addBindValue(c.seconds);
        insert.addBindValue(QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact)));
        insert.addBindValue(QString::fromUtf8(QJsonDocument(response).toJson(QJsonDocument::Compact)));
        insert.addBindValue(c.settingsKey);
        insert.addBindValue(c.submittedAt.toMSecsSinceEpoch());
        insert.addBindValue(createdMs);
        insert.addBindValue(completedMs);
        insert.addBindValue(addedMs);
        insert.addBindValue(c.cost ? QVariant(*c.cost) : QVariant());
        insert.addBindValue(c.currency);
        insert.addBindValue(QString(base + u".mp4"_s));
        insert.addBindValue(QString(base + u".thumbnail.webp"_s));
        insert.addBindValue(QString(base + u".spritesheet.jpg"_s));
        insert.addBindValue(QString(base + u".json"_s));
        insert.addBindValue(c.videoBytes);
        insert.addBindValue(c.favourite ? 1 : 0);
        insert.addBindValue(c.rating);
        insert.addBindValue(notNull(c.project));
        insert.addBindValue(notNull(c.notes));
        insert.addBindValue(notNull(c.tags.join(u'\n')));
        insert.addBindValue(notNull(c.parentRemoteId));
        if (!insert.exec()) {
            *error = u"insert of clip %1: %2"_s.arg(i).arg(insert.lastError().text());
            return false;
        }
    }
    if (!transaction.commit()) {
        *error = db.connection().lastError().text();
        return false;
    }
    return true;
}

} // namespace Dailies::Bench
