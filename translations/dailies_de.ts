<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Dailies::Api::ApiCall</name>
    <message>
        <location filename="../src/core/api/apicall.cpp" line="135"/>
        <source>Profile &apos;%1&apos; failed several times in a row; requests are paused for %2 s to let it recover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/apicall.cpp" line="200"/>
        <source>The provider redirected the request to another host (%1); Dailies does not follow it, so that the API key is not sent there. Check the base URL of profile &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/apicall.cpp" line="213"/>
        <source>The provider&apos;s answer is larger than %1 MiB; refusing to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/apicall.cpp" line="222"/>
        <source>The provider&apos;s answer was cut short: %1 of %2 announced bytes arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/apicall.cpp" line="230"/>
        <source>Expected a JSON answer from %1 but got &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/apicall.cpp" line="232"/>
        <source>no content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/apicall.cpp" line="239"/>
        <source>The provider&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/apicall.cpp" line="246"/>
        <source>The provider&apos;s answer is JSON but not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/apicall.cpp" line="261"/>
        <source>no data for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/apicall.cpp" line="280"/>
        <source>HTTP %1 %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dailies::Api::ApiError</name>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="67"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="75"/>
        <source>Could not reach the provider: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="78"/>
        <source>The provider did not answer in time (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="81"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="88"/>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="95"/>
        <source>field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="96"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="98"/>
        <source>The provider&apos;s moderation refused this prompt or image; reword it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="100"/>
        <source>The account&apos;s quota or billing limit is used up; retrying will not help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="102"/>
        <source>Check the API key of this provider profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="105"/>
        <source>Rate limited; a new attempt makes sense in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="110"/>
        <source>The request may have been carried out although no answer arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="112"/>
        <source>[request %1]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dailies::Api::DownloadCall</name>
    <message>
        <location filename="../src/core/api/downloadcall.cpp" line="155"/>
        <source>The server refused to resume the download; starting over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/downloadcall.cpp" line="163"/>
        <source>The server sent &apos;%1&apos; instead of the %2 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/downloadcall.cpp" line="177"/>
        <source>The server resumed at the wrong place (&apos;%1&apos; for byte %2); starting over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/downloadcall.cpp" line="193"/>
        <location filename="../src/core/api/downloadcall.cpp" line="240"/>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/downloadcall.cpp" line="210"/>
        <source>The server sent more than the %1 bytes it announced; the download was discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/downloadcall.cpp" line="221"/>
        <source>Cannot write &apos;%1&apos; (is the disk full or read-only?): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/downloadcall.cpp" line="233"/>
        <source>The download ended before any data arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/downloadcall.cpp" line="247"/>
        <source>The download was cut short: %1 of %2 bytes arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/downloadcall.cpp" line="263"/>
        <source>Cannot open &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/downloadcall.cpp" line="273"/>
        <source>The downloaded file is not an MP4 video (no &apos;ftyp&apos; box at its start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/downloadcall.cpp" line="284"/>
        <source>Cannot move the download into place as &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dailies::Api::OneShotBody</name>
    <message>
        <location filename="../src/core/api/oneshotbody.cpp" line="57"/>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dailies::Api::ProviderProfile</name>
    <message>
        <location filename="../src/core/api/providerprofile.cpp" line="52"/>
        <source>The profile has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/providerprofile.cpp" line="54"/>
        <source>The base URL of profile &apos;%1&apos; is not a valid URL with a host: &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/providerprofile.cpp" line="56"/>
        <source>The base URL of profile &apos;%1&apos; must not contain a query or fragment: &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/providerprofile.cpp" line="61"/>
        <source>Profile &apos;%1&apos; uses plain http to %2. Keys and prompts must travel encrypted: use https (plain http is allowed only to this computer, e.g. 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/providerprofile.cpp" line="65"/>
        <source>The base URL of profile &apos;%1&apos; must start with https:// (got &apos;%2&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dailies::Api::Video</name>
    <message>
        <location filename="../src/core/api/video.cpp" line="50"/>
        <source>a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/video.cpp" line="62"/>
        <source>a string or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/video.cpp" line="72"/>
        <source>a unix time in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/video.cpp" line="84"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/video.cpp" line="96"/>
        <source>%1: field &apos;%2&apos; should be %3 but is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/video.cpp" line="161"/>
        <source>Video object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/video.cpp" line="181"/>
        <source>Video error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/video.cpp" line="185"/>
        <source>an object with code and message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/video.cpp" line="187"/>
        <source>an object or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/video.cpp" line="199"/>
        <source>Video list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/video.cpp" line="203"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/video.cpp" line="212"/>
        <source>it is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/video.cpp" line="213"/>
        <source>an array of video objects (item %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/video.cpp" line="225"/>
        <location filename="../src/core/api/video.cpp" line="244"/>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/video.cpp" line="238"/>
        <source>Deletion answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dailies::Api::VideoApiClient</name>
    <message>
        <location filename="../src/core/api/videoapiclient.cpp" line="73"/>
        <source>The prompt is empty; describe the shot to generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/videoapiclient.cpp" line="77"/>
        <source>The prompt has %1 characters; the API takes at most %2. Shorten it by %3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/videoapiclient.cpp" line="90"/>
        <source>&apos;%1&apos; is not a video id (expected letters, digits, &apos;_&apos; and &apos;-&apos;, such as video_68f1…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/videoapiclient.cpp" line="104"/>
        <source>Give one reference image: a file, an image URL or a file id, not several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/videoapiclient.cpp" line="107"/>
        <source>&apos;%1&apos; is not a size; write width x height, such as 1280x720.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/videoapiclient.cpp" line="112"/>
        <source>The reference image &apos;%1&apos; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/videoapiclient.cpp" line="115"/>
        <source>The reference image is %1 MiB; the limit is %2 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/videoapiclient.cpp" line="124"/>
        <source>&apos;%1&apos; is not a JPEG, PNG or WebP image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/videoapiclient.cpp" line="128"/>
        <source>The reference image is %1x%2 but the video is %3x%4; the API needs them to match exactly. Fit or crop the image to %3x%4 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/videoapiclient.cpp" line="142"/>
        <source>The image URL must be an https:// address or a data:image/… URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/videoapiclient.cpp" line="240"/>
        <source>&apos;%1&apos; is not a usable file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dailies::Api::VideoListCall</name>
    <message>
        <location filename="../src/core/api/videolistcall.cpp" line="56"/>
        <source>The provider&apos;s list did not advance past &apos;%1&apos;; stopped paging to avoid a loop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dailies::CapabilityTable</name>
    <message>
        <location filename="../src/core/providers/capabilities.cpp" line="30"/>
        <source>%1: &apos;models&apos; should be an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/providers/capabilities.cpp" line="40"/>
        <source>%1: model %2 has no &apos;id&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/providers/capabilities.cpp" line="51"/>
        <source>%1: model &apos;%2&apos; has a price for &apos;%3&apos; that is not a number of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/providers/capabilities.cpp" line="83"/>
        <source>The capability table is not a JSON object (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/providers/capabilities.cpp" line="90"/>
        <source>capability table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/providers/capabilities.cpp" line="104"/>
        <source>provider &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/providers/capabilities.cpp" line="120"/>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dailies::Cli</name>
    <message>
        <location filename="../src/cli/cli.cpp" line="23"/>
        <source>usage: dailies COMMAND [options]

Commands:
  generate &quot;PROMPT&quot;   generate a video, wait for it and save it
  videos ACTION       the raw API: list, get ID, delete ID, download ID, remix ID &quot;PROMPT&quot;
  profiles ACTION     provider profiles: list, add NAME, remove NAME, default NAME
  key ACTION PROFILE  store or remove a profile&apos;s API key in the system keychain

Provider options (generate, videos): --demo | --profile NAME | --base-url URL, --api-key-env NAME, --json
The key comes from the keychain, from OPENAI_API_KEY, or from the variable --api-key-env names; never
from the command line.

Exit codes: 0 done, 1 a job failed or got stuck, 2 bad usage or input (nothing sent), 3 the provider
answered with an error, 4 the provider could not be reached, 5 a local file could not be written.

dailies COMMAND --help shows the options of one command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/cli.cpp" line="73"/>
        <source>dailies: unknown command &apos;%1&apos;.

</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dailies::Cli::CliContext</name>
    <message>
        <location filename="../src/cli/clicontext.cpp" line="41"/>
        <source>Use provider profile NAME (see &apos;dailies profiles list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/clicontext.cpp" line="42"/>
        <source>Use the built-in demo provider (no key, nothing billed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/clicontext.cpp" line="44"/>
        <source>Use an OpenAI-compatible provider at URL (https, or http to this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/clicontext.cpp" line="45"/>
        <source>Read the API key from environment variable NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/clicontext.cpp" line="51"/>
        <source>Print the provider&apos;s JSON objects instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/clicontext.cpp" line="76"/>
        <source>dailies: use only one of --demo, --profile and --base-url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/clicontext.cpp" line="90"/>
        <source>dailies: there is no profile named &apos;%1&apos;; &apos;dailies profiles list&apos; shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/clicontext.cpp" line="104"/>
        <source>dailies: environment variable %1 (named by --api-key-env) is not set or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/clicontext.cpp" line="124"/>
        <source>dailies: the demo provider could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/clicontext.cpp" line="148"/>
        <source>the system keychain did not answer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/clicontext.cpp" line="163"/>
        <source>dailies: no API key for profile &apos;%1&apos;. Store one with &apos;dailies key set %1&apos; (it reads the key from standard input), set %2, or name another variable with --api-key-env.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/clicontext.cpp" line="165"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/clicontext.cpp" line="167"/>
        <source>Note: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dailies::Cli::GenerateCommand</name>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="27"/>
        <source>Generate a video from a prompt, wait for it and save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="28"/>
        <source>What to film (use quotes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="29"/>
        <source>Model, e.g. sora-2 or sora-2-pro (default: the provider&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="30"/>
        <source>Width x height, e.g. 1280x720 (default: the provider&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="31"/>
        <source>Duration in seconds, e.g. 4, 8 or 12 (default: the provider&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="33"/>
        <source>Reference image (JPEG, PNG or WebP of exactly the video size) used as the first frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="35"/>
        <source>How many takes to generate (1-8, default 1); each is billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="37"/>
        <source>Folder for the clips (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="38"/>
        <source>Submit and print the job ids without waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="39"/>
        <source>Also save the spritesheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="41"/>
        <source>Report a job as stuck when its progress has not moved for this many seconds (default 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="56"/>
        <source>dailies generate: give exactly one prompt, in quotes (got %1 arguments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="68"/>
        <source>dailies generate: --variations takes a number from 1 to 8, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="75"/>
        <source>dailies generate: --stuck-after takes a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="88"/>
        <source>dailies generate: cannot write to the output folder &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="106"/>
        <source>Demo provider: nothing is billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="108"/>
        <source>Estimated cost: %1 %2 (%3, %4 s × %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="113"/>
        <source>No price is known for model &apos;%1&apos;; the cost cannot be estimated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="136"/>
        <source>submitted %1 (%2, %3, %4 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="158"/>
        <source>dailies: the answer to a create was lost (%1); looking for the job before anything is sent again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="169"/>
        <source>found it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="172"/>
        <source>dailies: could not tell whether the provider created the job, so it was not sent again (that could bill it twice). Check with &apos;dailies videos list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dailies::Cli::JobWaiter</name>
    <message>
        <location filename="../src/cli/jobwaiter.cpp" line="96"/>
        <source>dailies: %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/jobwaiter.cpp" line="97"/>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/jobwaiter.cpp" line="102"/>
        <source>The provider&apos;s moderation refused it; reword the prompt (or change the image) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/jobwaiter.cpp" line="115"/>
        <source>dailies: %1 has stayed at %2 % (%3) for %4 s; the provider seems stuck. It may still finish: check later with &apos;dailies videos get %1&apos; and fetch it with &apos;dailies videos download %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/jobwaiter.cpp" line="155"/>
        <source>checking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/jobwaiter.cpp" line="176"/>
        <source>downloading the %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/jobwaiter.cpp" line="185"/>
        <source>saved %1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dailies::Cli::KeyCommand</name>
    <message>
        <location filename="../src/cli/profilescommand.cpp" line="136"/>
        <source>usage: dailies key set PROFILE    (reads the key from standard input)
       dailies key remove PROFILE
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/profilescommand.cpp" line="146"/>
        <source>dailies key: there is no profile named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/profilescommand.cpp" line="155"/>
        <source>dailies key set: no key on standard input (try: dailies key set %1 &lt; keyfile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/profilescommand.cpp" line="169"/>
        <source>stored the key of &apos;%1&apos; in the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/profilescommand.cpp" line="170"/>
        <source>removed the key of &apos;%1&apos; from the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/profilescommand.cpp" line="176"/>
        <source>dailies key: the system keychain refused (%1). Without a keychain, give the key through an environment variable: OPENAI_API_KEY, or any variable with --api-key-env NAME.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dailies::Cli::ProfilesCommand</name>
    <message>
        <location filename="../src/cli/profilescommand.cpp" line="27"/>
        <source>usage: dailies profiles list [--json]
       dailies profiles add NAME --kind openai|azure|compatible --base-url URL [--organization ID] [--project ID] [--key-env NAME]
       dailies profiles remove NAME
       dailies profiles default NAME
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/profilescommand.cpp" line="39"/>
        <source>openai, azure or compatible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/profilescommand.cpp" line="40"/>
        <source>The API base URL (Azure: the resource URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/profilescommand.cpp" line="41"/>
        <source>OpenAI-Organization header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/profilescommand.cpp" line="42"/>
        <source>OpenAI-Project header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/profilescommand.cpp" line="44"/>
        <source>Environment variable to read the key from when the keychain has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/profilescommand.cpp" line="63"/>
        <source>dailies profiles add: --kind takes openai, azure or compatible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/profilescommand.cpp" line="76"/>
        <source>dailies profiles add: a compatible provider needs --base-url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/profilescommand.cpp" line="105"/>
        <source>(built in, runs on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/profilescommand.cpp" line="114"/>
        <source>saved profile &apos;%1&apos;; store its key with &apos;dailies key set %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dailies::Cli::VideosCommand</name>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="36"/>
        <source>usage: dailies videos list|get ID|delete ID|download ID|remix ID &quot;PROMPT&quot; [options]
       dailies videos ACTION --help shows the options of one action.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="44"/>
        <source>dailies videos: unknown action &apos;%1&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="51"/>
        <source>List the provider&apos;s videos, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="52"/>
        <source>Videos per page (1-100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="53"/>
        <source>asc or desc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="54"/>
        <source>Start after this video id (cursor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="55"/>
        <source>Follow the cursor through every page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="57"/>
        <source>The video id, e.g. video_68f1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="60"/>
        <source>Download a finished video&apos;s files (resumes a partial download).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="62"/>
        <source>video, thumbnail, spritesheet or all (default video).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="63"/>
        <source>Folder to save into (default: the current folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="64"/>
        <source>File name without extension (default: the video id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="67"/>
        <source>Start a new video from a finished one with a changed prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="68"/>
        <source>The new prompt, in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="69"/>
        <source>Wait for the remix and save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="71"/>
        <source>Folder for the clip with --wait (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="84"/>
        <source>dailies videos %1: expected %2 argument(s), got %3 (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="103"/>
        <source>dailies videos list: --limit takes a number from 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="109"/>
        <source>dailies videos list: --order takes asc or desc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="123"/>
        <source>dailies videos download: --variant takes video, thumbnail, spritesheet or all, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="132"/>
        <source>dailies videos download: cannot create the folder &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="148"/>
        <source>dailies videos remix: cannot create the folder &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="224"/>
        <source>No videos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="226"/>
        <source>More videos follow: --after %1, or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="258"/>
        <source>deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="258"/>
        <source>not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="286"/>
        <source>resumed the %1 from byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="289"/>
        <source>downloading the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="305"/>
        <source>dailies: the remix may have been created although its answer was lost; it was not sent again. Check with &apos;dailies videos list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="316"/>
        <source>submitted %1 (remix of %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dailies::ImageProbe</name>
    <message>
        <location filename="../src/core/util/imageprobe.cpp" line="119"/>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dailies::KeychainSecretStore</name>
    <message>
        <location filename="../src/core/settings/keychainsecretstore.cpp" line="75"/>
        <source>system keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dailies::MemorySecretStore</name>
    <message>
        <location filename="../src/core/settings/secretstore.cpp" line="29"/>
        <source>No key is stored for &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/settings/secretstore.cpp" line="53"/>
        <source>this session only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dailies::ProfileStore</name>
    <message>
        <location filename="../src/core/settings/profilestore.cpp" line="74"/>
        <source>&apos;%1&apos; is not a usable profile name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/settings/profilestore.cpp" line="77"/>
        <source>The demo profile is built in and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/settings/profilestore.cpp" line="95"/>
        <source>Profile &apos;%1&apos; is built in and cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/settings/profilestore.cpp" line="97"/>
        <location filename="../src/core/settings/profilestore.cpp" line="115"/>
        <source>There is no profile named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
