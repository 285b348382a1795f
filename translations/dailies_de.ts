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
        <location filename="../src/core/api/downloadcall.cpp" line="185"/>
        <source>The server refused to resume the download; starting over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/downloadcall.cpp" line="193"/>
        <source>The server sent &apos;%1&apos; instead of the %2 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/downloadcall.cpp" line="207"/>
        <source>The server resumed at the wrong place (&apos;%1&apos; for byte %2); starting over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/downloadcall.cpp" line="223"/>
        <location filename="../src/core/api/downloadcall.cpp" line="279"/>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/downloadcall.cpp" line="243"/>
        <source>The server sent more than the %1 bytes it announced; the download was discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/downloadcall.cpp" line="254"/>
        <source>Cannot write &apos;%1&apos; (is the disk full or read-only?): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/downloadcall.cpp" line="272"/>
        <source>The download ended before any data arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/downloadcall.cpp" line="286"/>
        <source>The download was cut short: %1 of %2 bytes arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/downloadcall.cpp" line="302"/>
        <source>Cannot open &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/downloadcall.cpp" line="312"/>
        <source>The downloaded file is not an MP4 video (no &apos;ftyp&apos; box at its start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/downloadcall.cpp" line="323"/>
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
        <location filename="../src/core/api/video.cpp" line="107"/>
        <source>%1: field &apos;%2&apos; should be %3 but is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/video.cpp" line="172"/>
        <source>Video object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/video.cpp" line="192"/>
        <source>Video error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/video.cpp" line="196"/>
        <source>an object with code and message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/video.cpp" line="198"/>
        <source>an object or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/video.cpp" line="205"/>
        <source>Video list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/video.cpp" line="209"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/video.cpp" line="218"/>
        <source>it is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/video.cpp" line="219"/>
        <source>an array of video objects (item %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/video.cpp" line="231"/>
        <location filename="../src/core/api/video.cpp" line="245"/>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/api/video.cpp" line="239"/>
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
        <location filename="../src/core/api/videolistcall.cpp" line="49"/>
        <source>The provider&apos;s list did not advance past &apos;%1&apos;; stopped paging to avoid a loop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dailies::BatchFile</name>
    <message>
        <location filename="../src/core/prompt/batchfile.cpp" line="21"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/prompt/batchfile.cpp" line="22"/>
        <source>line %1, field &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/prompt/batchfile.cpp" line="61"/>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/prompt/batchfile.cpp" line="71"/>
        <source>&apos;%1&apos; is neither .jsonl nor .csv; name the file after its format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/prompt/batchfile.cpp" line="82"/>
        <source>no column or key named &apos;%1&apos; fills {%1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/prompt/batchfile.cpp" line="104"/>
        <source>expected a number from 1 to 8, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/prompt/batchfile.cpp" line="107"/>
        <source>missing; every row needs a prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/prompt/batchfile.cpp" line="128"/>
        <source>not valid JSON (%1 at column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/prompt/batchfile.cpp" line="129"/>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/prompt/batchfile.cpp" line="144"/>
        <source>expected text or a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/prompt/batchfile.cpp" line="152"/>
        <source>The batch file has no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/prompt/batchfile.cpp" line="223"/>
        <source>The batch file is empty; it needs a header row (prompt, model, size, …) and rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/prompt/batchfile.cpp" line="231"/>
        <source>the header row has no &apos;prompt&apos; column (found: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/prompt/batchfile.cpp" line="238"/>
        <source>has %1 fields but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/prompt/batchfile.cpp" line="247"/>
        <source>The batch file has a header but no rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dailies::Budget</name>
    <message>
        <location filename="../src/core/pricing/spendledger.cpp" line="41"/>
        <source>The monthly limit must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/pricing/spendledger.cpp" line="43"/>
        <source>The monthly limit cannot be negative; use 0 for no budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/pricing/spendledger.cpp" line="45"/>
        <source>A hard stop needs a monthly limit above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/pricing/spendledger.cpp" line="47"/>
        <source>The budget needs a currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/pricing/spendledger.cpp" line="50"/>
        <source>Alerts are percentages of the budget from 1 to 100, not %1.</source>
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
        <location filename="../src/cli/cli.cpp" line="24"/>
        <source>usage: dailies COMMAND [options]

Commands:
  generate &quot;PROMPT&quot;   queue a video (or N variations), follow it and keep it in the library
  batch FILE          queue one job per row of a .jsonl or .csv file (checked first)
  queue ACTION        the durable queue: list, run, pause, resume, cancel ID, retry ID, move ID POS
  library ACTION      the offline library: search TEXT, rebuild, export ID... --to DEST, import-remote
  spend               spending by day, model or profile; --budget AMOUNT [--hard-stop]
  videos ACTION       the raw API: list, get ID, delete ID, download ID, remix ID &quot;PROMPT&quot;
  profiles ACTION     provider profiles: list, add NAME, remove NAME, default NAME
  key ACTION PROFILE  store or remove a profile&apos;s API key in the system keychain

Provider options: --demo | --profile NAME | --base-url URL, --api-key-env NAME, --json
Library option: --library DIR (default: the Dailies folder in your Videos folder)
The key comes from the keychain, from OPENAI_API_KEY, or from the variable --api-key-env names; never
from the command line.

Exit codes: 0 done, 1 a job failed or got stuck, 2 bad usage or input (nothing sent), 3 the provider
answered with an error, 4 the provider could not be reached, 5 a local file could not be written.

dailies COMMAND --help shows the options of one command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/cli.cpp" line="87"/>
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
        <location filename="../src/cli/clicontext.cpp" line="71"/>
        <source>dailies: use only one of --demo, --profile and --base-url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/clicontext.cpp" line="85"/>
        <source>dailies: there is no profile named &apos;%1&apos;; &apos;dailies profiles list&apos; shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/clicontext.cpp" line="101"/>
        <source>dailies: environment variable %1 (named by --api-key-env) is not set or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/clicontext.cpp" line="122"/>
        <source>The library folder (default: %1). Its catalogue lives in its .dailies folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/clicontext.cpp" line="144"/>
        <source>To start a fresh library, choose another folder with --library DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/clicontext.cpp" line="165"/>
        <source>dailies: jobs of profile &apos;%1&apos; wait: there is no such profile any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/clicontext.cpp" line="170"/>
        <source>dailies: jobs of profile &apos;%1&apos; wait: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/clicontext.cpp" line="176"/>
        <source>Budget: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dailies::Cli::GenerateCommand</name>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="36"/>
        <source>Queue one job per row of a JSON Lines or CSV file, then follow them. Every row is checked first; nothing is sent while any row is bad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="38"/>
        <source>A .jsonl or .csv file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="39"/>
        <source>Queue the good rows even when some are bad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="41"/>
        <source>Generate a video from a prompt, wait for it and keep it in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="42"/>
        <source>What to film (use quotes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="43"/>
        <source>Model, e.g. sora-2 or sora-2-pro (default: the provider&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="44"/>
        <source>Width x height, e.g. 1280x720 (default: the provider&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="46"/>
        <source>Duration in seconds, e.g. 4, 8 or 12 (default: the provider&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="48"/>
        <source>Reference image (JPEG, PNG or WebP of exactly the video size) used as the first frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="50"/>
        <source>How many takes to generate (1-8, default 1); each is billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="52"/>
        <source>Remix this finished video (its id) with the prompt instead of starting anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="53"/>
        <source>File the clips under this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="55"/>
        <source>Generate even when the library already has the same take (paid again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="57"/>
        <source>Return once the provider has the jobs; they stay queued for &apos;dailies queue run&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="59"/>
        <source>Report a job as stuck when its progress has not moved for this many seconds (default 900).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="74"/>
        <source>dailies batch: give exactly one file (got %1 arguments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="75"/>
        <source>dailies generate: give exactly one prompt, in quotes (got %1 arguments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="83"/>
        <source>--stuck-after takes a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/generatecommand.cpp" line="101"/>
        <source>dailies batch: %n bad row(s); nothing was queued. Fix them, or queue the good rows with --skip-invalid.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="115"/>
        <source>dailies batch: no usable rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="133"/>
        <source>dailies generate: --variations takes a number from 1 to 8, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="181"/>
        <source>Budget: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="187"/>
        <source>Add --again to generate it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="209"/>
        <source>Demo provider: nothing is billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/generatecommand.cpp" line="211"/>
        <source>Queued %n job(s); estimated cost: %1 %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/generatecommand.cpp" line="215"/>
        <source>Queued %n job(s); no price is known for this model, so the cost cannot be estimated.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="221"/>
        <source>job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="222"/>
        <source>The queue is paused; &apos;dailies queue resume&apos; and &apos;dailies queue run&apos; send these jobs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dailies::Cli::JobFollower</name>
    <message>
        <location filename="../src/cli/jobfollower.cpp" line="34"/>
        <source>The queue is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/jobfollower.cpp" line="67"/>
        <source>dailies: job %1 cannot reach its provider (%2). It stays queued; &apos;dailies queue run&apos; picks it up later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/jobfollower.cpp" line="106"/>
        <source>saved %1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/jobfollower.cpp" line="109"/>
        <source>dailies: job %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/jobfollower.cpp" line="114"/>
        <source>The provider&apos;s moderation refused it; reword the prompt (or change the image) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/jobfollower.cpp" line="116"/>
        <source>See &apos;dailies queue list&apos;; &apos;dailies queue retry %1&apos; sends it again.</source>
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
    <name>Dailies::Cli::LibraryCommand</name>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="240"/>
        <source>day, model or profile (default day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="241"/>
        <source>The month to report, YYYY-MM (default: this month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="242"/>
        <source>Set the monthly budget to AMOUNT (0 removes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="243"/>
        <source>With --budget: refuse jobs that would pass it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="250"/>
        <source>dailies spend: --by takes day, model or profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="255"/>
        <source>dailies spend: --month takes YYYY-MM, such as 2026-11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="264"/>
        <source>usage: dailies library search TEXT [--limit N] | rebuild | export ID... --to DEST[.zip] | import-remote [provider options]   [--library DIR] [--json]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="273"/>
        <source>With search: at most N clips (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="274"/>
        <source>With export: a folder, or a file ending in .zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="283"/>
        <source>dailies library search: --limit takes a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="287"/>
        <source>dailies library search: give the words to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="293"/>
        <source>dailies library export: give clip numbers and --to DEST (a folder or a .zip file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="320"/>
        <source>Rebuilt from the sidecars in %1: %2 clip(s) added, %3 already present, %4 problem(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="357"/>
        <source>No clip matches &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="369"/>
        <source>dailies library export: there is no clip %1 (see &apos;dailies library search&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="397"/>
        <source>Listed %1 video(s): %2 imported, %3 already in the library, %4 expired, %5 failed at the provider, %6 still running, %7 could not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="422"/>
        <source>&apos;%1&apos; is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/queuecommand.cpp" line="454"/>
        <source>%n job(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="455"/>
        <source>Total for %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="459"/>
        <source>of a %1 budget (%2 %)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="462"/>
        <source>, hard stop</source>
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
    <name>Dailies::Cli::QueueCommand</name>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="54"/>
        <source>usage: dailies queue list [--all] | run | pause | resume | cancel ID | retry ID | move ID POSITION
       [--library DIR] [--json] (run also takes the provider options)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="67"/>
        <source>With list: also jobs that have ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="82"/>
        <source>dailies queue %1: &apos;%2&apos; is not a job number (see &apos;dailies queue list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="91"/>
        <source>dailies queue move: the position is a number from 1 (next to be sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="115"/>
        <source>The queue is paused: no new job is sent; jobs already sent are still followed and saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="117"/>
        <source>The queue runs again; &apos;dailies queue run&apos; sends what waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="138"/>
        <source>The queue is paused (&apos;dailies queue resume&apos; lets it send again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="140"/>
        <source>No jobs yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="141"/>
        <source>Nothing is queued or running (&apos;--all&apos; shows jobs that ended).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="165"/>
        <source>Nothing is queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="181"/>
        <source>Job %1 is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="200"/>
        <source>Queued job %1 with the settings of job %2; &apos;dailies queue run&apos; sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="219"/>
        <source>The queue is paused: jobs already sent are followed, waiting ones stay.</source>
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
        <location filename="../src/cli/videoscommand.cpp" line="215"/>
        <source>No videos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="217"/>
        <source>More videos follow: --after %1, or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="249"/>
        <source>deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="249"/>
        <source>not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="277"/>
        <source>resumed the %1 from byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="280"/>
        <source>downloading the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="296"/>
        <source>dailies: the remix may have been created although its answer was lost; it was not sent again. Check with &apos;dailies videos list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="303"/>
        <source>Started remix %1 of %2. To wait for it and keep it in the library, use &apos;dailies generate --remix-of %2 &quot;PROMPT&quot;&apos; instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dailies::ClipRecord</name>
    <message>
        <location filename="../src/core/library/cliprecord.cpp" line="81"/>
        <source>sidecar &apos;%1&apos;: field &apos;%2&apos; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/cliprecord.cpp" line="91"/>
        <location filename="../src/core/library/cliprecord.cpp" line="108"/>
        <location filename="../src/core/library/cliprecord.cpp" line="214"/>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/cliprecord.cpp" line="93"/>
        <source>is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/cliprecord.cpp" line="103"/>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/cliprecord.cpp" line="110"/>
        <source>is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/cliprecord.cpp" line="122"/>
        <source>is not an ISO-8601 date and time (&apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/cliprecord.cpp" line="132"/>
        <source>is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/cliprecord.cpp" line="216"/>
        <source>is not a sidecar version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/cliprecord.cpp" line="219"/>
        <source>is version %1; this Dailies reads up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/cliprecord.cpp" line="227"/>
        <source>(&apos;%1&apos;) does not match &apos;remote_id&apos; (&apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/cliprecord.cpp" line="249"/>
        <location filename="../src/core/library/cliprecord.cpp" line="259"/>
        <source>is not a number or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/cliprecord.cpp" line="277"/>
        <source>(&apos;%1&apos;) is not a file name beside the sidecar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/cliprecord.cpp" line="294"/>
        <location filename="../src/core/library/cliprecord.cpp" line="296"/>
        <source>is not a whole number from 0 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/cliprecord.cpp" line="304"/>
        <source>holds something that is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/cliprecord.cpp" line="310"/>
        <source>is not a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dailies::ComposePanel</name>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="68"/>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="72"/>
        <source>Describe the shot: subject, action, camera, light, style…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="73"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="77"/>
        <source>Prompt length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="81"/>
        <source>Compose message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="85"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="88"/>
        <source>Provider hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="94"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="96"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="98"/>
        <source>Duration in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="100"/>
        <source>Variations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="104"/>
        <source>Cost estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="106"/>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="107"/>
        <source>Queue the video (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="113"/>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="115"/>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="116"/>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="117"/>
        <source>&amp;Duration (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="118"/>
        <source>&amp;Variations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="120"/>
        <source>P&amp;rompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="179"/>
        <source>Demo (built in, free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="198"/>
        <source>The demo provider runs on this computer: it renders test clips in seconds, needs no key and bills nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="223"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="235"/>
        <source>Demo provider: nothing is billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="242"/>
        <source>Estimated cost: unknown for this model and size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="245"/>
        <source>Estimated cost: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="261"/>
        <source>Write a prompt first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="272"/>
        <source>There is no provider profile named &apos;%1&apos; any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="293"/>
        <source>The job engine is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="312"/>
        <source>The library already holds this take. Press Generate again to make another one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dailies::Database</name>
    <message>
        <location filename="../src/core/library/database.cpp" line="102"/>
        <source>Cannot create the folder &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/database.cpp" line="107"/>
        <source>Cannot read the library database &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/database.cpp" line="110"/>
        <source>&apos;%1&apos; is not a Dailies library (it is not an SQLite database). It was left as it is; choose another library folder or move the file away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/database.cpp" line="118"/>
        <source>Cannot open the library database &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/database.cpp" line="123"/>
        <source>The library database &apos;%1&apos; cannot be read (%2). It was left as it is; Dailies can start a fresh library elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/database.cpp" line="131"/>
        <source>&apos;%1&apos; belongs to another program (application id %2); Dailies will not change it. Choose another library folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/database.cpp" line="137"/>
        <source>&apos;%1&apos; is an SQLite database of another program; Dailies will not change it. Choose another library folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/database.cpp" line="142"/>
        <source>The library &apos;%1&apos; was written by a newer Dailies (schema %2; this one knows up to %3). Update Dailies to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/database.cpp" line="150"/>
        <source>The library database &apos;%1&apos; is damaged (%2). It was left as it is; &apos;dailies library rebuild&apos; can recreate it from the clips&apos; sidecars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/database.cpp" line="160"/>
        <source>Cannot switch &apos;%1&apos; to WAL mode: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/database.cpp" line="202"/>
        <source>Cannot back up the library before updating it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/database.cpp" line="207"/>
        <source>Migration %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/database.cpp" line="219"/>
        <source>Updating the library to schema %1 failed (%2); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/database.cpp" line="230"/>
        <source>Updating the library to schema %1 failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dailies::FileNameTemplate</name>
    <message>
        <location filename="../src/core/library/filenametemplate.cpp" line="20"/>
        <source>The file name template is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/filenametemplate.cpp" line="24"/>
        <source>The file name template contains &apos;\&apos;; use &apos;/&apos; to make subfolders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/filenametemplate.cpp" line="28"/>
        <source>The file name template must be a path inside the library folder, not an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/filenametemplate.cpp" line="34"/>
        <source>The file name template has an empty folder name (&apos;//&apos; or a &apos;/&apos; at the end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/filenametemplate.cpp" line="38"/>
        <source>The file name template contains &apos;%1&apos;, which would leave the library folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/filenametemplate.cpp" line="54"/>
        <source>The file name template has an unmatched &apos;{&apos; or &apos;}&apos; in &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/filenametemplate.cpp" line="78"/>
        <source>In {prompt:%1} the length must be a whole number from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/filenametemplate.cpp" line="97"/>
        <source>The file name template has an unknown placeholder {%1}. Known ones: {date} {time} {prompt:N} {model} {size} {seconds} {id} {project}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/filenametemplate.cpp" line="103"/>
        <source>The placeholder {%1} takes no &apos;:&apos; argument.</source>
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
    <name>Dailies::JobEngine</name>
    <message>
        <location filename="../src/core/jobs/jobengine.cpp" line="155"/>
        <source>Variations must be from 1 to 8 (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine.cpp" line="159"/>
        <source>No provider profile was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine.cpp" line="180"/>
        <source>The library already has this take (same prompt and settings): %1. Submit again only if you want to pay for another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine.cpp" line="213"/>
        <source>Cannot save the jobs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine.cpp" line="343"/>
        <source>The provider has reported %1 % (%2) for %3 s without moving; it seems stuck. It may still finish: check it later, or retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine.cpp" line="394"/>
        <source>Profile &apos;%1&apos; cannot be used (no API key?); the job waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine.cpp" line="509"/>
        <source>The queue is paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine.cpp" line="523"/>
        <source>The answer to this job&apos;s create was lost and profile &apos;%1&apos; cannot be asked about it now; it will be checked when the profile works again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine.cpp" line="540"/>
        <source>Checking whether the lost create was carried out failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine.cpp" line="568"/>
        <source>The answer to this job&apos;s create was lost, and the provider&apos;s list shows no job that is certainly this one. It was not sent again, so nothing is paid twice. Check the provider&apos;s videos; retry the job if it was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine.cpp" line="608"/>
        <source>The provider gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine.cpp" line="690"/>
        <source>Progress could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine.cpp" line="723"/>
        <source>The provider no longer knows this job (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine.cpp" line="751"/>
        <source>Cannot write into the library folder &apos;%1&apos;; the job keeps its place and will try again. Check that the folder exists, is writable and has free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine.cpp" line="816"/>
        <source>The clip&apos;s files expired on the provider before they could be saved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine.cpp" line="825"/>
        <source>Job %1 could not be saved: %2 It keeps its place and will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine.cpp" line="885"/>
        <source>The clip could not be put into the library: %1 The job keeps its files and will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine.cpp" line="904"/>
        <source>%1 % of this month&apos;s budget is spent (%2 of %3 %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine.cpp" line="940"/>
        <location filename="../src/core/jobs/jobengine.cpp" line="990"/>
        <source>There is no job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine.cpp" line="945"/>
        <source>Job %1 has already ended (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine.cpp" line="959"/>
        <source>Job %1&apos;s create may have reached the provider; run the queue to find out before cancelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine.cpp" line="977"/>
        <source>Job %1 is cancelled here; the provider keeps running it (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine.cpp" line="995"/>
        <source>Job %1 is still %2; cancel it first or wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine.cpp" line="1017"/>
        <source>Job %1 is not waiting in the queue, so it cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dailies::JobStore</name>
    <message>
        <location filename="../src/core/jobs/jobstore.cpp" line="144"/>
        <source>Cannot save the job: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobstore.cpp" line="164"/>
        <source>Cannot save job %1: %2</source>
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
    <name>Dailies::Library</name>
    <message>
        <location filename="../src/core/library/library.cpp" line="150"/>
        <source>The system trash is not available (no data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/library.cpp" line="332"/>
        <location filename="../src/core/library/library.cpp" line="875"/>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/library.cpp" line="339"/>
        <source>%1: not a JSON object (%2 at offset %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/library.cpp" line="374"/>
        <location filename="../src/core/library/library.cpp" line="379"/>
        <source>Cannot write the sidecar &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/library.cpp" line="421"/>
        <source>Cannot add the clip to the library database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/library.cpp" line="434"/>
        <location filename="../src/core/library/library.cpp" line="792"/>
        <location filename="../src/core/library/library.cpp" line="937"/>
        <source>There is no clip %1 in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/library.cpp" line="450"/>
        <location filename="../src/core/library/library.cpp" line="457"/>
        <source>Cannot change the clip: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/library.cpp" line="511"/>
        <source>Cannot create the library folder &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/library.cpp" line="514"/>
        <source>The library folder &apos;%1&apos; is not writable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/library.cpp" line="554"/>
        <source>A clip needs a provider profile and the provider&apos;s video id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/library.cpp" line="556"/>
        <source>&apos;%1&apos; is not a file name inside the library folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/library.cpp" line="562"/>
        <source>The job could not be marked as done; the clip was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/library.cpp" line="564"/>
        <location filename="../src/core/library/library.cpp" line="655"/>
        <location filename="../src/core/library/library.cpp" line="920"/>
        <source>Cannot update the library database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/library.cpp" line="576"/>
        <source>No free file name is left for &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/library.cpp" line="579"/>
        <location filename="../src/core/library/library.cpp" line="954"/>
        <location filename="../src/core/library/library.cpp" line="985"/>
        <source>Cannot create the folder &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/library.cpp" line="602"/>
        <source>The downloaded video is missing from &apos;%1&apos;; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/library.cpp" line="608"/>
        <source>Cannot replace &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/library.cpp" line="613"/>
        <source>Cannot move &apos;%1&apos; into the library as &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/library.cpp" line="652"/>
        <source>The job could not be marked as done; the clip&apos;s files are in the library and will be added when it is tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/library.cpp" line="755"/>
        <source>A rating goes from 0 (none) to 5 stars, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/library.cpp" line="807"/>
        <location filename="../src/core/library/library.cpp" line="848"/>
        <source>Cannot remove the clip from the library database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/library.cpp" line="827"/>
        <source>the system has no usable trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/library.cpp" line="829"/>
        <source>Cannot move &apos;%1&apos; to the trash (%2); the clip was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/library.cpp" line="842"/>
        <source>Cannot delete &apos;%1&apos; (%2); the clip was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/library.cpp" line="882"/>
        <source>%1: not valid JSON (%2 at offset %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/library.cpp" line="901"/>
        <source>sidecar &apos;%1&apos;: field &apos;files.video&apos; names &apos;%2&apos;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/library.cpp" line="914"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/library.cpp" line="942"/>
        <source>&apos;%1&apos; is missing; nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/library.cpp" line="950"/>
        <source>No clips to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/library.cpp" line="957"/>
        <location filename="../src/core/library/library.cpp" line="966"/>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/library.cpp" line="973"/>
        <source>&apos;%1&apos; already exists; nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/library.cpp" line="993"/>
        <location filename="../src/core/library/library.cpp" line="1000"/>
        <source>Cannot copy &apos;%1&apos; to &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dailies::LibraryPanel</name>
    <message>
        <location filename="../src/widgets/librarypanel.cpp" line="32"/>
        <location filename="../src/widgets/librarypanel.cpp" line="33"/>
        <source>Search prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/librarypanel.cpp" line="38"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/librarypanel.cpp" line="39"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/librarypanel.cpp" line="40"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/librarypanel.cpp" line="41"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/librarypanel.cpp" line="42"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/librarypanel.cpp" line="43"/>
        <source>Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/librarypanel.cpp" line="46"/>
        <source>Jobs and clips</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dailies::MainWindow</name>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="41"/>
        <source>Dailies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="53"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="54"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="60"/>
        <source>Jobs in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="62"/>
        <source>Spend this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="86"/>
        <source>Budget: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="114"/>
        <source>No jobs running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/mainwindow.cpp" line="114"/>
        <source>%n job(s) in flight</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="117"/>
        <source>This month: %1 %2</source>
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
    <name>Dailies::PreviewPanel</name>
    <message>
        <location filename="../src/widgets/previewpanel.cpp" line="57"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/previewpanel.cpp" line="62"/>
        <location filename="../src/widgets/previewpanel.cpp" line="130"/>
        <source>Select a clip to play it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/previewpanel.cpp" line="65"/>
        <source>Play or pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/previewpanel.cpp" line="66"/>
        <source>Play or pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/previewpanel.cpp" line="68"/>
        <source>Loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/previewpanel.cpp" line="69"/>
        <source>Play the clip again and again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/previewpanel.cpp" line="74"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/previewpanel.cpp" line="77"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/previewpanel.cpp" line="80"/>
        <source>Clip details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/previewpanel.cpp" line="110"/>
        <source>This clip cannot be played: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/previewpanel.cpp" line="141"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/previewpanel.cpp" line="142"/>
        <source>Model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/previewpanel.cpp" line="143"/>
        <source>Size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/previewpanel.cpp" line="144"/>
        <source>Duration: %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/previewpanel.cpp" line="145"/>
        <source>Provider: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/previewpanel.cpp" line="148"/>
        <source>Cost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/previewpanel.cpp" line="149"/>
        <source>Video id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/previewpanel.cpp" line="150"/>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/previewpanel.cpp" line="162"/>
        <source>The clip appears here when the job is done.</source>
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
<context>
    <name>Dailies::RemoteImport</name>
    <message>
        <location filename="../src/core/library/remoteimport.cpp" line="112"/>
        <source>The provider&apos;s list of videos could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/remoteimport.cpp" line="175"/>
        <source>%1: the video could not be downloaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/remoteimport.cpp" line="193"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dailies::SpendLedger</name>
    <message>
        <location filename="../src/core/pricing/spendledger.cpp" line="158"/>
        <source>The budget could not be saved in the library database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/pricing/spendledger.cpp" line="186"/>
        <source>This would cost %1, but only %2 of this month&apos;s budget of %3 is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/pricing/spendledger.cpp" line="188"/>
        <source>This month&apos;s budget of %1 is used up (%2 spent, nothing left), so nothing more is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/pricing/spendledger.cpp" line="191"/>
        <source>This goes over this month&apos;s budget of %1 by %2 (%3 left before it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/pricing/spendledger.cpp" line="195"/>
        <source>This takes this month&apos;s spending past %1 % of the budget (%2 of %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dailies::StudioDelegate</name>
    <message>
        <location filename="../src/widgets/studiodelegate.cpp" line="132"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/studiodelegate.cpp" line="134"/>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dailies::StudioModel</name>
    <message>
        <location filename="../src/core/models/studiomodel.cpp" line="119"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/studiomodel.cpp" line="121"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/studiomodel.cpp" line="123"/>
        <source>Submitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/studiomodel.cpp" line="125"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/studiomodel.cpp" line="127"/>
        <source>Rendering %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/studiomodel.cpp" line="129"/>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/studiomodel.cpp" line="131"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/studiomodel.cpp" line="133"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/studiomodel.cpp" line="135"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/studiomodel.cpp" line="137"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/studiomodel.cpp" line="139"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dailies::StudioStartup</name>
    <message>
        <location filename="../src/widgets/studiostartup.cpp" line="35"/>
        <location filename="../src/widgets/studiostartup.cpp" line="38"/>
        <source>Dailies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/studiostartup.cpp" line="39"/>
        <source>The library in %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/studiostartup.cpp" line="42"/>
        <source>It is left untouched. You can start a fresh library in another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/studiostartup.cpp" line="43"/>
        <source>Choose Another Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/studiostartup.cpp" line="48"/>
        <source>Folder for a Fresh Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/studiostartup.cpp" line="70"/>
        <source>Jobs of profile &apos;%1&apos; wait: there is no such profile any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/studiostartup.cpp" line="75"/>
        <source>Jobs of profile &apos;%1&apos; wait: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dailies::Workspace</name>
    <message>
        <location filename="../src/session/workspace.cpp" line="75"/>
        <source>the file name template in the settings is not usable (%1); using the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/workspace.cpp" line="161"/>
        <source>no API key for profile &apos;%1&apos;. Store one with &apos;dailies key set %1&apos; (it reads the key from standard input), set %2, or name another variable with --api-key-env.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/workspace.cpp" line="163"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/workspace.cpp" line="165"/>
        <source>Note: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/workspace.cpp" line="171"/>
        <source>the demo provider could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/workspace.cpp" line="192"/>
        <source>the system keychain did not answer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dailies::ZipWriter</name>
    <message>
        <location filename="../src/core/library/zipwriter.cpp" line="91"/>
        <location filename="../src/core/library/zipwriter.cpp" line="186"/>
        <source>Cannot write the zip file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/zipwriter.cpp" line="98"/>
        <location filename="../src/core/library/zipwriter.cpp" line="194"/>
        <source>The zip file is already finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/zipwriter.cpp" line="102"/>
        <source>The zip file is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/zipwriter.cpp" line="105"/>
        <source>&apos;%1&apos; cannot be stored in a zip file: names must be relative paths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/zipwriter.cpp" line="107"/>
        <source>A zip file without Zip64 holds at most 65,535 files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/zipwriter.cpp" line="109"/>
        <location filename="../src/core/library/zipwriter.cpp" line="220"/>
        <source>The zip file would grow past 4 GiB, which needs Zip64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/zipwriter.cpp" line="136"/>
        <location filename="../src/core/library/zipwriter.cpp" line="157"/>
        <location filename="../src/core/library/zipwriter.cpp" line="175"/>
        <source>&apos;%1&apos; is too large for a zip file without Zip64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/library/zipwriter.cpp" line="155"/>
        <location filename="../src/core/library/zipwriter.cpp" line="169"/>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
