<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BudgetPage</name>
    <message>
        <location filename="../ui/settings/budgetpage.ui" line="12"/>
        <source>Monthly &amp;budget:</source>
        <translation>Monatliches &amp;Budget:</translation>
    </message>
    <message>
        <location filename="../ui/settings/budgetpage.ui" line="22"/>
        <source>Monthly budget</source>
        <translation>Monatliches Budget</translation>
    </message>
    <message>
        <location filename="../ui/settings/budgetpage.ui" line="44"/>
        <source>Zero means no budget. Alerts appear when a submit would cross them.</source>
        <translation>Null bedeutet kein Budget. Warnungen erscheinen, wenn ein Auftrag sie überschreiten würde.</translation>
    </message>
    <message>
        <location filename="../ui/settings/budgetpage.ui" line="79"/>
        <source>Alerts at:</source>
        <translation>Warnungen bei:</translation>
    </message>
    <message>
        <location filename="../ui/settings/budgetpage.ui" line="88"/>
        <source>&amp;50 %</source>
        <translation>&amp;50 %</translation>
    </message>
    <message>
        <location filename="../ui/settings/budgetpage.ui" line="91"/>
        <source>Alert at 50 percent</source>
        <translation>Warnung bei 50 Prozent</translation>
    </message>
    <message>
        <location filename="../ui/settings/budgetpage.ui" line="98"/>
        <source>&amp;75 %</source>
        <translation>&amp;75 %</translation>
    </message>
    <message>
        <location filename="../ui/settings/budgetpage.ui" line="101"/>
        <source>Alert at 75 percent</source>
        <translation>Warnung bei 75 Prozent</translation>
    </message>
    <message>
        <location filename="../ui/settings/budgetpage.ui" line="108"/>
        <source>&amp;90 %</source>
        <translation>&amp;90 %</translation>
    </message>
    <message>
        <location filename="../ui/settings/budgetpage.ui" line="111"/>
        <source>Alert at 90 percent</source>
        <translation>Warnung bei 90 Prozent</translation>
    </message>
    <message>
        <location filename="../ui/settings/budgetpage.ui" line="133"/>
        <source>&amp;Stop sending jobs when the budget is used up</source>
        <translation>Keine Aufträge mehr &amp;senden, wenn das Budget aufgebraucht ist</translation>
    </message>
    <message>
        <location filename="../ui/settings/budgetpage.ui" line="136"/>
        <source>Hard stop at the budget</source>
        <translation>Harter Stopp beim Budget</translation>
    </message>
</context>
<context>
    <name>ComposePanel</name>
    <message>
        <location filename="../ui/composepanel.ui" line="13"/>
        <source>&amp;Provider:</source>
        <translation>A&amp;nbieter:</translation>
    </message>
    <message>
        <location filename="../ui/composepanel.ui" line="22"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/composepanel.ui" line="30"/>
        <source>Provider hint</source>
        <translation>Hinweis zum Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/composepanel.ui" line="38"/>
        <source>P&amp;rompt</source>
        <translation>P&amp;rompt</translation>
    </message>
    <message>
        <location filename="../ui/composepanel.ui" line="50"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/composepanel.ui" line="51"/>
        <source>Recent prompts (Alt+Up and Alt+Down in the editor walk through them)</source>
        <translation>Letzte Prompts (Alt+Up und Alt+Down im Editor blättern durch sie)</translation>
    </message>
    <message>
        <location filename="../ui/composepanel.ui" line="52"/>
        <source>Prompt history</source>
        <translation>Prompt-Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/composepanel.ui" line="59"/>
        <source>Pr&amp;esets</source>
        <translation>Pre&amp;sets</translation>
    </message>
    <message>
        <location filename="../ui/composepanel.ui" line="60"/>
        <source>Apply, save, rename or delete compose presets</source>
        <translation>Presets anwenden, speichern, umbenennen oder löschen</translation>
    </message>
    <message>
        <location filename="../ui/composepanel.ui" line="61"/>
        <source>Presets</source>
        <translation>Presets</translation>
    </message>
    <message>
        <location filename="../ui/composepanel.ui" line="69"/>
        <source>Chara&amp;cters</source>
        <translation>Fi&amp;guren</translation>
    </message>
    <message>
        <location filename="../ui/composepanel.ui" line="70"/>
        <source>Choose up to two characters for the next take, insert a name, or add a character from an MP4</source>
        <translation>Bis zu zwei Figuren für den nächsten Take wählen, einen Namen einfügen oder eine Figur aus einem MP4 anlegen</translation>
    </message>
    <message>
        <location filename="../ui/composepanel.ui" line="71"/>
        <source>Characters</source>
        <translation>Figuren</translation>
    </message>
    <message>
        <location filename="../ui/composepanel.ui" line="81"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../ui/composepanel.ui" line="83"/>
        <source>Describe the shot: subject, action, setting, camera and light, style…</source>
        <translation>Beschreiben Sie die Einstellung: Motiv, Handlung, Ort, Kamera und Licht, Stil…</translation>
    </message>
    <message>
        <location filename="../ui/composepanel.ui" line="102"/>
        <source>Compose message</source>
        <translation>Meldung im Eingabebereich</translation>
    </message>
    <message>
        <location filename="../ui/composepanel.ui" line="108"/>
        <source>Prompt length</source>
        <translation>Prompt-Länge</translation>
    </message>
    <message>
        <location filename="../ui/composepanel.ui" line="119"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <location filename="../ui/composepanel.ui" line="127"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/composepanel.ui" line="132"/>
        <source>&amp;Size:</source>
        <translation>Auf&amp;lösung:</translation>
    </message>
    <message>
        <location filename="../ui/composepanel.ui" line="143"/>
        <source>Size</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <location filename="../ui/composepanel.ui" line="148"/>
        <source>&amp;Duration:</source>
        <translation>Da&amp;uer:</translation>
    </message>
    <message>
        <location filename="../ui/composepanel.ui" line="159"/>
        <source>Duration in seconds</source>
        <translation>Dauer in Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/composepanel.ui" line="160"/>
        <source>Length of the clip in seconds</source>
        <translation>Länge des Clips in Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/composepanel.ui" line="165"/>
        <source>&amp;Variations:</source>
        <translation>Var&amp;ianten:</translation>
    </message>
    <message>
        <location filename="../ui/composepanel.ui" line="173"/>
        <source>Variations</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <location filename="../ui/composepanel.ui" line="174"/>
        <source>How many takes of this prompt to make</source>
        <translation>Wie viele Takes dieses Prompts erzeugt werden</translation>
    </message>
    <message>
        <location filename="../ui/composepanel.ui" line="181"/>
        <source>Refere&amp;nce image</source>
        <translation>Re&amp;ferenzbild</translation>
    </message>
    <message>
        <location filename="../ui/composepanel.ui" line="197"/>
        <source>Cost estimate</source>
        <translation>Geschätzte Kosten</translation>
    </message>
    <message>
        <location filename="../ui/composepanel.ui" line="204"/>
        <source>Remaining budget</source>
        <translation>Verbleibendes Budget</translation>
    </message>
    <message>
        <location filename="../ui/composepanel.ui" line="210"/>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <location filename="../ui/composepanel.ui" line="211"/>
        <source>Queue the video (Ctrl+Enter)</source>
        <translation>Video in die Warteschlange stellen (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/composepanel.ui" line="212"/>
        <source>Generate</source>
        <translation>Generieren</translation>
    </message>
</context>
<context>
    <name>Dailies::Api::ApiCall</name>
    <message>
        <location filename="../src/core/api/apicall.cpp" line="139"/>
        <source>Profile &apos;%1&apos; failed several times in a row; requests are paused for %2 s to let it recover.</source>
        <translation>Profil „%1“ ist mehrmals hintereinander fehlgeschlagen; Anfragen werden für %2 s angehalten, damit es sich erholen kann.</translation>
    </message>
    <message>
        <location filename="../src/core/api/apicall.cpp" line="231"/>
        <source>The provider announced an answer of %1 bytes, more than the %2 MiB Dailies reads; refusing it.</source>
        <translation>Der Anbieter hat eine Antwort von %1 Bytes angekündigt, mehr als die %2 MiB, die Dailies liest; sie wird abgelehnt.</translation>
    </message>
    <message>
        <location filename="../src/core/api/apicall.cpp" line="234"/>
        <location filename="../src/core/api/apicall.cpp" line="269"/>
        <source>The provider&apos;s answer is larger than %1 MiB; Dailies stopped reading it.</source>
        <translation>Die Antwort des Anbieters ist größer als %1 MiB; Dailies hat aufgehört, sie zu lesen.</translation>
    </message>
    <message>
        <location filename="../src/core/api/apicall.cpp" line="257"/>
        <source>The provider redirected the request to another host (%1); Dailies does not follow it, so that the API key is not sent there. Check the base URL of profile &apos;%2&apos;.</source>
        <translation>Der Anbieter hat die Anfrage an einen anderen Host umgeleitet (%1); Dailies folgt dem nicht, damit der API-Schlüssel nicht dorthin gesendet wird. Prüfen Sie die Basis-URL von Profil „%2“.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer is larger than %1 MiB; refusing to read it.</source>
        <translation type="vanished">Die Antwort des Anbieters ist größer als %1 MiB; sie wird nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../src/core/api/apicall.cpp" line="280"/>
        <source>The provider&apos;s answer was cut short: %1 of %2 announced bytes arrived.</source>
        <translation>Die Antwort des Anbieters wurde abgeschnitten: %1 von %2 angekündigten Bytes kamen an.</translation>
    </message>
    <message>
        <location filename="../src/core/api/apicall.cpp" line="288"/>
        <source>Expected a JSON answer from %1 but got &apos;%2&apos;: %3</source>
        <translation>JSON-Antwort von %1 erwartet, aber „%2“ erhalten: %3</translation>
    </message>
    <message>
        <location filename="../src/core/api/apicall.cpp" line="290"/>
        <source>no content type</source>
        <translation>kein Inhaltstyp</translation>
    </message>
    <message>
        <location filename="../src/core/api/apicall.cpp" line="297"/>
        <source>The provider&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation>Die Antwort des Anbieters ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <location filename="../src/core/api/apicall.cpp" line="304"/>
        <source>The provider&apos;s answer is JSON but not an object.</source>
        <translation>Die Antwort des Anbieters ist JSON, aber kein Objekt.</translation>
    </message>
    <message>
        <location filename="../src/core/api/apicall.cpp" line="319"/>
        <source>no data for %1 s</source>
        <translation>seit %1 s keine Daten</translation>
    </message>
    <message>
        <location filename="../src/core/api/apicall.cpp" line="336"/>
        <source>HTTP %1 %2 from %3</source>
        <translation>HTTP %1 %2 von %3</translation>
    </message>
</context>
<context>
    <name>Dailies::Api::ApiError</name>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="65"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="73"/>
        <source>Could not reach the provider: %1</source>
        <translation>Der Anbieter ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="76"/>
        <source>The provider did not answer in time (%1).</source>
        <translation>Der Anbieter hat nicht rechtzeitig geantwortet (%1).</translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="79"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="86"/>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="93"/>
        <source>field &apos;%1&apos;</source>
        <translation>Feld „%1“</translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="94"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="97"/>
        <source>The provider refused the prompt before generating anything (not billed); reword it and send it again.</source>
        <translation>Der Anbieter hat den Prompt abgelehnt, bevor etwas erzeugt wurde (nicht berechnet); formulieren Sie ihn um und senden Sie ihn erneut.</translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="100"/>
        <location filename="../src/core/jobs/failureexplanation.cpp" line="89"/>
        <source>The provider&apos;s moderation refused this prompt or image; reword it and try again.</source>
        <translation>Die Moderation des Anbieters hat diesen Prompt oder dieses Bild abgelehnt; formulieren Sie ihn um und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="102"/>
        <location filename="../src/core/jobs/failureexplanation.cpp" line="91"/>
        <source>The account&apos;s quota or billing limit is used up; retrying will not help.</source>
        <translation>Das Kontingent oder Abrechnungslimit des Kontos ist aufgebraucht; ein erneuter Versuch hilft nicht.</translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="104"/>
        <source>Check the API key of this provider profile.</source>
        <translation>Prüfen Sie den API-Schlüssel dieses Anbieterprofils.</translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="107"/>
        <source>Rate limited; a new attempt makes sense in %1 s.</source>
        <translation>Ratenbegrenzung; ein neuer Versuch ist in %1 s sinnvoll.</translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="112"/>
        <source>The request may have been carried out although no answer arrived.</source>
        <translation>Die Anfrage wurde möglicherweise ausgeführt, obwohl keine Antwort ankam.</translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="114"/>
        <location filename="../src/core/jobs/failureexplanation.cpp" line="88"/>
        <source>[request %1]</source>
        <translation>[Anfrage %1]</translation>
    </message>
</context>
<context>
    <name>Dailies::Api::DownloadCall</name>
    <message>
        <location filename="../src/core/api/downloadcall.cpp" line="185"/>
        <source>The server refused to resume the download; starting over.</source>
        <translation>Der Server hat das Fortsetzen des Downloads abgelehnt; er beginnt von vorn.</translation>
    </message>
    <message>
        <location filename="../src/core/api/downloadcall.cpp" line="193"/>
        <source>The server sent &apos;%1&apos; instead of the %2 file.</source>
        <translation>Der Server hat „%1“ statt der %2-Datei gesendet.</translation>
    </message>
    <message>
        <location filename="../src/core/api/downloadcall.cpp" line="207"/>
        <source>The server resumed at the wrong place (&apos;%1&apos; for byte %2); starting over.</source>
        <translation>Der Server hat an der falschen Stelle fortgesetzt („%1“ für Byte %2); der Download beginnt von vorn.</translation>
    </message>
    <message>
        <location filename="../src/core/api/downloadcall.cpp" line="223"/>
        <location filename="../src/core/api/downloadcall.cpp" line="279"/>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/api/downloadcall.cpp" line="243"/>
        <source>The server sent more than the %1 bytes it announced; the download was discarded.</source>
        <translation>Der Server hat mehr als die angekündigten %1 Bytes gesendet; der Download wurde verworfen.</translation>
    </message>
    <message>
        <location filename="../src/core/api/downloadcall.cpp" line="254"/>
        <source>Cannot write &apos;%1&apos; (is the disk full or read-only?): %2</source>
        <translation>„%1“ kann nicht geschrieben werden (ist der Datenträger voll oder schreibgeschützt?): %2</translation>
    </message>
    <message>
        <location filename="../src/core/api/downloadcall.cpp" line="272"/>
        <source>The download ended before any data arrived.</source>
        <translation>Der Download endete, bevor Daten ankamen.</translation>
    </message>
    <message>
        <location filename="../src/core/api/downloadcall.cpp" line="286"/>
        <source>The download was cut short: %1 of %2 bytes arrived.</source>
        <translation>Der Download wurde abgebrochen: %1 von %2 Bytes kamen an.</translation>
    </message>
    <message>
        <location filename="../src/core/api/downloadcall.cpp" line="302"/>
        <source>Cannot open &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/api/downloadcall.cpp" line="312"/>
        <source>The downloaded file is not an MP4 video (no &apos;ftyp&apos; box at its start).</source>
        <translation>Die heruntergeladene Datei ist kein MP4-Video (kein „ftyp“-Block am Anfang).</translation>
    </message>
    <message>
        <location filename="../src/core/api/downloadcall.cpp" line="323"/>
        <source>Cannot move the download into place as &apos;%1&apos;: %2</source>
        <translation>Der Download kann nicht als „%1“ an seinen Platz verschoben werden: %2</translation>
    </message>
</context>
<context>
    <name>Dailies::Api::OneShotBody</name>
    <message>
        <location filename="../src/core/api/oneshotbody.cpp" line="57"/>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Dailies::Api::ProviderHealth</name>
    <message>
        <location filename="../src/core/api/providerhealth.cpp" line="74"/>
        <source>not contacted yet</source>
        <translation>noch nicht kontaktiert</translation>
    </message>
    <message>
        <location filename="../src/core/api/providerhealth.cpp" line="76"/>
        <source>healthy</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <location filename="../src/core/api/providerhealth.cpp" line="78"/>
        <source>rate limited until %1</source>
        <translation>Ratenbegrenzung bis %1</translation>
    </message>
    <message>
        <location filename="../src/core/api/providerhealth.cpp" line="78"/>
        <source>rate limited</source>
        <translation>Ratenbegrenzung</translation>
    </message>
    <message>
        <location filename="../src/core/api/providerhealth.cpp" line="80"/>
        <source>unreachable, next try at %1</source>
        <translation>nicht erreichbar, nächster Versuch um %1</translation>
    </message>
    <message>
        <location filename="../src/core/api/providerhealth.cpp" line="81"/>
        <source>unreachable since %1</source>
        <translation>nicht erreichbar seit %1</translation>
    </message>
    <message>
        <location filename="../src/core/api/providerhealth.cpp" line="83"/>
        <source>server trouble since %1</source>
        <translation>Serverprobleme seit %1</translation>
    </message>
    <message>
        <location filename="../src/core/api/providerhealth.cpp" line="85"/>
        <source>key refused</source>
        <translation>Schlüssel abgelehnt</translation>
    </message>
    <message>
        <location filename="../src/core/api/providerhealth.cpp" line="87"/>
        <source>quota used up</source>
        <translation>Kontingent aufgebraucht</translation>
    </message>
</context>
<context>
    <name>Dailies::Api::ProviderProfile</name>
    <message>
        <location filename="../src/core/api/providerprofile.cpp" line="55"/>
        <source>The profile has no name.</source>
        <translation>Das Profil hat keinen Namen.</translation>
    </message>
    <message>
        <location filename="../src/core/api/providerprofile.cpp" line="57"/>
        <source>The base URL of profile &apos;%1&apos; is not a valid URL with a host: &apos;%2&apos;.</source>
        <translation>Die Basis-URL von Profil „%1“ ist keine gültige URL mit Host: „%2“.</translation>
    </message>
    <message>
        <location filename="../src/core/api/providerprofile.cpp" line="59"/>
        <source>The base URL of profile &apos;%1&apos; must not contain a query or fragment: &apos;%2&apos;.</source>
        <translation>Die Basis-URL von Profil „%1“ darf keine Abfrage und kein Fragment enthalten: „%2“.</translation>
    </message>
    <message>
        <location filename="../src/core/api/providerprofile.cpp" line="64"/>
        <source>Profile &apos;%1&apos; uses plain http to %2. Keys and prompts must travel encrypted: use https (plain http is allowed only to this computer, e.g. 127.0.0.1).</source>
        <translation>Profil „%1“ verwendet unverschlüsseltes http zu %2. Schlüssel und Prompts müssen verschlüsselt übertragen werden: Verwenden Sie https (unverschlüsseltes http ist nur zu diesem Computer erlaubt, z. B. 127.0.0.1).</translation>
    </message>
    <message>
        <location filename="../src/core/api/providerprofile.cpp" line="68"/>
        <source>The base URL of profile &apos;%1&apos; must start with https:// (got &apos;%2&apos;).</source>
        <translation>Die Basis-URL von Profil „%1“ muss mit https:// beginnen (erhalten: „%2“).</translation>
    </message>
</context>
<context>
    <name>Dailies::Api::Video</name>
    <message>
        <location filename="../src/core/api/video.cpp" line="51"/>
        <source>a non-empty string</source>
        <translation>eine nicht leere Zeichenkette</translation>
    </message>
    <message>
        <location filename="../src/core/api/video.cpp" line="63"/>
        <source>a string or null</source>
        <translation>eine Zeichenkette oder null</translation>
    </message>
    <message>
        <location filename="../src/core/api/video.cpp" line="76"/>
        <source>a unix time in seconds</source>
        <translation>eine Unix-Zeit in Sekunden</translation>
    </message>
    <message>
        <location filename="../src/core/api/video.cpp" line="88"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../src/core/api/video.cpp" line="111"/>
        <source>%1: field &apos;%2&apos; should be %3 but is %4.</source>
        <translation>%1: Feld „%2“ sollte %3 sein, ist aber %4.</translation>
    </message>
    <message>
        <location filename="../src/core/api/video.cpp" line="176"/>
        <source>Video object</source>
        <translation>Videoobjekt</translation>
    </message>
    <message>
        <location filename="../src/core/api/video.cpp" line="196"/>
        <source>Video error</source>
        <translation>Videofehler</translation>
    </message>
    <message>
        <location filename="../src/core/api/video.cpp" line="200"/>
        <source>an object with code and message</source>
        <translation>ein Objekt mit code und message</translation>
    </message>
    <message>
        <location filename="../src/core/api/video.cpp" line="202"/>
        <source>an object or null</source>
        <translation>ein Objekt oder null</translation>
    </message>
    <message>
        <location filename="../src/core/api/video.cpp" line="209"/>
        <source>Video list</source>
        <translation>Videoliste</translation>
    </message>
    <message>
        <location filename="../src/core/api/video.cpp" line="213"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location filename="../src/core/api/video.cpp" line="222"/>
        <source>it is %1</source>
        <translation>es ist %1</translation>
    </message>
    <message>
        <location filename="../src/core/api/video.cpp" line="223"/>
        <source>an array of video objects (item %1: %2)</source>
        <translation>ein Array von Videoobjekten (Element %1: %2)</translation>
    </message>
    <message>
        <location filename="../src/core/api/video.cpp" line="235"/>
        <location filename="../src/core/api/video.cpp" line="249"/>
        <source>a boolean</source>
        <translation>ein boolescher Wert</translation>
    </message>
    <message>
        <location filename="../src/core/api/video.cpp" line="243"/>
        <source>Deletion answer</source>
        <translation>Löschantwort</translation>
    </message>
    <message>
        <location filename="../src/core/api/video.cpp" line="256"/>
        <source>Character</source>
        <translation>Figur</translation>
    </message>
</context>
<context>
    <name>Dailies::Api::VideoApiClient</name>
    <message>
        <location filename="../src/core/api/videoapiclient.cpp" line="85"/>
        <source>The prompt is empty; describe the shot to generate.</source>
        <translation>Der Prompt ist leer; beschreiben Sie die Einstellung, die generiert werden soll.</translation>
    </message>
    <message>
        <location filename="../src/core/api/videoapiclient.cpp" line="89"/>
        <source>The prompt has %1 characters; the API takes at most %2. Shorten it by %3 characters.</source>
        <translation>Der Prompt hat %1 Zeichen; die API erlaubt höchstens %2. Kürzen Sie ihn um %3 Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/core/api/videoapiclient.cpp" line="109"/>
        <source>&apos;%1&apos; is not a video id (expected letters, digits, &apos;_&apos; and &apos;-&apos;, such as video_68f1…).</source>
        <translation>„%1“ ist keine Video-ID (erwartet werden Buchstaben, Ziffern, „_“ und „-“, etwa video_68f1…).</translation>
    </message>
    <message>
        <location filename="../src/core/api/videoapiclient.cpp" line="121"/>
        <source>An extension adds 4, 8, 12, 16 or 20 seconds, not &apos;%1&apos;.</source>
        <translation>Eine Verlängerung fügt 4, 8, 12, 16 oder 20 Sekunden hinzu, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../src/core/api/videoapiclient.cpp" line="128"/>
        <source>A character needs a name, the one prompts will use.</source>
        <translation>Eine Figur braucht einen Namen, den Prompts verwenden.</translation>
    </message>
    <message>
        <location filename="../src/core/api/videoapiclient.cpp" line="131"/>
        <source>A character&apos;s name has at most %1 characters; this one has %2.</source>
        <translation>Der Name einer Figur hat höchstens %1 Zeichen; dieser hat %2.</translation>
    </message>
    <message>
        <location filename="../src/core/api/videoapiclient.cpp" line="137"/>
        <source>Cannot read the character clip &apos;%1&apos;: %2</source>
        <translation>Der Clip der Figur „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/api/videoapiclient.cpp" line="140"/>
        <source>The character clip is %1 MiB; the limit is %2 MiB. Use a 2 to 4 second clip.</source>
        <translation>Der Clip der Figur ist %1 MiB groß; die Grenze liegt bei %2 MiB. Verwenden Sie einen Clip von 2 bis 4 Sekunden.</translation>
    </message>
    <message>
        <location filename="../src/core/api/videoapiclient.cpp" line="147"/>
        <source>&apos;%1&apos; is not an MP4 video; a character is made from a 2 to 4 second MP4 clip.</source>
        <translation>„%1“ ist kein MP4-Video; eine Figur entsteht aus einem MP4-Clip von 2 bis 4 Sekunden.</translation>
    </message>
    <message>
        <location filename="../src/core/api/videoapiclient.cpp" line="150"/>
        <source>The length of &apos;%1&apos; cannot be read (no movie header); export it again as a 2 to 4 second MP4.</source>
        <translation>Die Länge von „%1“ lässt sich nicht lesen (kein Movie-Header); exportieren Sie ihn erneut als MP4 von 2 bis 4 Sekunden.</translation>
    </message>
    <message>
        <location filename="../src/core/api/videoapiclient.cpp" line="155"/>
        <source>&apos;%1&apos; is %2 s long; a character is made from a clip of 2 to 4 seconds.</source>
        <translation>„%1“ ist %2 s lang; eine Figur entsteht aus einem Clip von 2 bis 4 Sekunden.</translation>
    </message>
    <message>
        <location filename="../src/core/api/videoapiclient.cpp" line="166"/>
        <source>A video can show at most %1 characters; this one names %2.</source>
        <translation>Ein Video kann höchstens %1 Figuren zeigen; dieses nennt %2.</translation>
    </message>
    <message>
        <location filename="../src/core/api/videoapiclient.cpp" line="171"/>
        <location filename="../src/core/api/videoapiclient.cpp" line="346"/>
        <source>&apos;%1&apos; is not a character id.</source>
        <translation>„%1“ ist keine Figuren-ID.</translation>
    </message>
    <message>
        <location filename="../src/core/api/videoapiclient.cpp" line="177"/>
        <source>Give one reference image: a file, an image URL or a file id, not several.</source>
        <translation>Geben Sie ein einziges Referenzbild an: eine Datei, eine Bild-URL oder eine Datei-ID, nicht mehrere.</translation>
    </message>
    <message>
        <location filename="../src/core/api/videoapiclient.cpp" line="180"/>
        <source>&apos;%1&apos; is not a size; write width x height, such as 1280x720.</source>
        <translation>„%1“ ist keine Auflösung; schreiben Sie Breite x Höhe, etwa 1280x720.</translation>
    </message>
    <message>
        <location filename="../src/core/api/videoapiclient.cpp" line="185"/>
        <source>The reference image &apos;%1&apos; does not exist.</source>
        <translation>Das Referenzbild „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../src/core/api/videoapiclient.cpp" line="188"/>
        <source>The reference image is %1 MiB; the limit is %2 MiB.</source>
        <translation>Das Referenzbild ist %1 MiB groß; die Grenze liegt bei %2 MiB.</translation>
    </message>
    <message>
        <location filename="../src/core/api/videoapiclient.cpp" line="197"/>
        <source>&apos;%1&apos; is not a JPEG, PNG or WebP image.</source>
        <translation>„%1“ ist kein JPEG-, PNG- oder WebP-Bild.</translation>
    </message>
    <message>
        <location filename="../src/core/api/videoapiclient.cpp" line="201"/>
        <source>The reference image is %1x%2 but the video is %3x%4; the API needs them to match exactly. Fit or crop the image to %3x%4 first.</source>
        <translation>Das Referenzbild hat %1x%2, das Video aber %3x%4; die API verlangt genau dieselbe Größe. Passen Sie das Bild zuerst auf %3x%4 ein oder schneiden Sie es zu.</translation>
    </message>
    <message>
        <location filename="../src/core/api/videoapiclient.cpp" line="215"/>
        <source>The image URL must be an https:// address or a data:image/… URL.</source>
        <translation>Die Bild-URL muss eine https://-Adresse oder eine data:image/…-URL sein.</translation>
    </message>
    <message>
        <location filename="../src/core/api/videoapiclient.cpp" line="363"/>
        <source>&apos;%1&apos; is not a usable file name.</source>
        <translation>„%1“ ist kein verwendbarer Dateiname.</translation>
    </message>
</context>
<context>
    <name>Dailies::Api::VideoListCall</name>
    <message>
        <location filename="../src/core/api/videolistcall.cpp" line="49"/>
        <source>The provider&apos;s list did not advance past &apos;%1&apos;; stopped paging to avoid a loop.</source>
        <translation>Die Liste des Anbieters kam nicht über „%1“ hinaus; das Blättern wurde beendet, um eine Endlosschleife zu vermeiden.</translation>
    </message>
</context>
<context>
    <name>Dailies::AppSettings</name>
    <message>
        <location filename="../src/core/settings/appsettings.cpp" line="48"/>
        <source>Choose a complete folder path (it starts at the top of a drive), not &apos;%1&apos;.</source>
        <translation>Wählen Sie einen vollständigen Ordnerpfad (er beginnt ganz oben auf einem Laufwerk), nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../src/core/settings/appsettings.cpp" line="68"/>
        <source>The file name template is empty; the default is %1.</source>
        <translation>Die Dateinamensvorlage ist leer; der Standard ist %1.</translation>
    </message>
    <message>
        <location filename="../src/core/settings/appsettings.cpp" line="87"/>
        <source>Choose between 1 and %1 jobs at the same time.</source>
        <translation>Wählen Sie zwischen 1 und %1 gleichzeitigen Aufträgen.</translation>
    </message>
    <message>
        <location filename="../src/core/settings/appsettings.cpp" line="109"/>
        <source>The shortest interval must be between 1 and %1 seconds.</source>
        <translation>Das kürzeste Intervall muss zwischen 1 und %1 Sekunden liegen.</translation>
    </message>
    <message>
        <location filename="../src/core/settings/appsettings.cpp" line="111"/>
        <source>The longest interval must be between 1 and %1 seconds.</source>
        <translation>Das längste Intervall muss zwischen 1 und %1 Sekunden liegen.</translation>
    </message>
    <message>
        <location filename="../src/core/settings/appsettings.cpp" line="113"/>
        <source>The shortest interval (%1 s) is longer than the longest (%2 s).</source>
        <translation>Das kürzeste Intervall (%1 s) ist länger als das längste (%2 s).</translation>
    </message>
    <message>
        <location filename="../src/core/settings/appsettings.cpp" line="162"/>
        <source>The profile has no name.</source>
        <translation>Das Profil hat keinen Namen.</translation>
    </message>
    <message>
        <location filename="../src/core/settings/appsettings.cpp" line="164"/>
        <source>Choose between 1 and %1 jobs at the same time, or the provider&apos;s default.</source>
        <translation>Wählen Sie zwischen 1 und %1 gleichzeitigen Aufträgen oder den Standard des Anbieters.</translation>
    </message>
    <message>
        <location filename="../src/core/settings/appsettings.cpp" line="239"/>
        <source>Dailies is not translated into &apos;%1&apos;.</source>
        <translation>Dailies ist nicht in „%1“ übersetzt.</translation>
    </message>
</context>
<context>
    <name>Dailies::AspectPreview</name>
    <message>
        <location filename="../src/widgets/aspectpreview.cpp" line="60"/>
        <source>square</source>
        <translation>quadratisch</translation>
    </message>
    <message>
        <location filename="../src/widgets/aspectpreview.cpp" line="60"/>
        <source>landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <location filename="../src/widgets/aspectpreview.cpp" line="60"/>
        <source>portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <location filename="../src/widgets/aspectpreview.cpp" line="61"/>
        <source>%1×%2 · %3 %4</source>
        <translation>%1×%2 · %3 %4</translation>
    </message>
    <message>
        <location filename="../src/widgets/aspectpreview.cpp" line="114"/>
        <location filename="../src/widgets/aspectpreview.cpp" line="119"/>
        <source>free size</source>
        <translation>freie Größe</translation>
    </message>
    <message>
        <location filename="../src/widgets/aspectpreview.cpp" line="120"/>
        <source>%1, no reference image</source>
        <translation>%1, kein Referenzbild</translation>
    </message>
    <message>
        <location filename="../src/widgets/aspectpreview.cpp" line="121"/>
        <source>%1, with the reference image as it will be sent</source>
        <translation>%1, mit dem Referenzbild, wie es gesendet wird</translation>
    </message>
</context>
<context>
    <name>Dailies::BatchFile</name>
    <message>
        <location filename="../src/core/prompt/batchfile.cpp" line="21"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/batchfile.cpp" line="22"/>
        <source>line %1, field &apos;%2&apos;: %3</source>
        <translation>Zeile %1, Feld „%2“: %3</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/batchfile.cpp" line="61"/>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/batchfile.cpp" line="71"/>
        <source>&apos;%1&apos; is neither .jsonl nor .csv; name the file after its format.</source>
        <translation>„%1“ ist weder .jsonl noch .csv; benennen Sie die Datei nach ihrem Format.</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/batchfile.cpp" line="82"/>
        <source>no column or key named &apos;%1&apos; fills {%1}</source>
        <translation>keine Spalte und kein Schlüssel namens „%1“ füllt {%1}</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/batchfile.cpp" line="104"/>
        <source>expected a number from 1 to 8, got &apos;%1&apos;</source>
        <translation>Zahl von 1 bis 8 erwartet, „%1“ erhalten</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/batchfile.cpp" line="107"/>
        <source>missing; every row needs a prompt</source>
        <translation>fehlt; jede Zeile braucht einen Prompt</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/batchfile.cpp" line="128"/>
        <source>not valid JSON (%1 at column %2)</source>
        <translation>kein gültiges JSON (%1 in Spalte %2)</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/batchfile.cpp" line="129"/>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/batchfile.cpp" line="144"/>
        <source>expected text or a number</source>
        <translation>Text oder Zahl erwartet</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/batchfile.cpp" line="152"/>
        <source>The batch file has no rows.</source>
        <translation>Die Batch-Datei hat keine Zeilen.</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/batchfile.cpp" line="223"/>
        <source>The batch file is empty; it needs a header row (prompt, model, size, …) and rows.</source>
        <translation>Die Batch-Datei ist leer; sie braucht eine Kopfzeile (prompt, model, size, …) und Zeilen.</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/batchfile.cpp" line="231"/>
        <source>the header row has no &apos;prompt&apos; column (found: %1)</source>
        <translation>die Kopfzeile hat keine Spalte „prompt“ (gefunden: %1)</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/batchfile.cpp" line="238"/>
        <source>has %1 fields but the header has %2</source>
        <translation>hat %1 Felder, die Kopfzeile aber %2</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/batchfile.cpp" line="247"/>
        <source>The batch file has a header but no rows.</source>
        <translation>Die Batch-Datei hat eine Kopfzeile, aber keine Zeilen.</translation>
    </message>
</context>
<context>
    <name>Dailies::Budget</name>
    <message>
        <location filename="../src/core/pricing/spendledger.cpp" line="56"/>
        <source>The monthly limit must be a number.</source>
        <translation>Das Monatslimit muss eine Zahl sein.</translation>
    </message>
    <message>
        <location filename="../src/core/pricing/spendledger.cpp" line="58"/>
        <source>The monthly limit cannot be negative; use 0 for no budget.</source>
        <translation>Das Monatslimit darf nicht negativ sein; 0 bedeutet kein Budget.</translation>
    </message>
    <message>
        <location filename="../src/core/pricing/spendledger.cpp" line="60"/>
        <source>A hard stop needs a monthly limit above zero.</source>
        <translation>Ein harter Stopp braucht ein Monatslimit über null.</translation>
    </message>
    <message>
        <location filename="../src/core/pricing/spendledger.cpp" line="62"/>
        <source>The budget needs a currency.</source>
        <translation>Das Budget braucht eine Währung.</translation>
    </message>
    <message>
        <location filename="../src/core/pricing/spendledger.cpp" line="65"/>
        <source>Alerts are percentages of the budget from 1 to 100, not %1.</source>
        <translation>Warnungen sind Prozentsätze des Budgets von 1 bis 100, nicht %1.</translation>
    </message>
</context>
<context>
    <name>Dailies::BudgetPage</name>
    <message>
        <location filename="../src/widgets/settings/budgetpage.cpp" line="24"/>
        <source>No budget</source>
        <translation>Kein Budget</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/budgetpage.cpp" line="49"/>
        <source>The library is not open, so the budget cannot be shown.</source>
        <translation>Die Bibliothek ist nicht geöffnet, daher kann das Budget nicht angezeigt werden.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/budgetpage.cpp" line="61"/>
        <source>Spent this month: %1 of %2 (%3 %).</source>
        <translation>Diesen Monat ausgegeben: %1 von %2 (%3 %).</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/budgetpage.cpp" line="62"/>
        <source>Spent this month: %1.</source>
        <translation>Diesen Monat ausgegeben: %1.</translation>
    </message>
</context>
<context>
    <name>Dailies::CapabilityTable</name>
    <message>
        <location filename="../src/core/providers/capabilities.cpp" line="31"/>
        <source>%1: &apos;models&apos; should be an array.</source>
        <translation>%1: „models“ sollte ein Array sein.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/capabilities.cpp" line="41"/>
        <source>%1: model %2 has no &apos;id&apos;.</source>
        <translation>%1: Modell %2 hat keine „id“.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/capabilities.cpp" line="52"/>
        <source>%1: model &apos;%2&apos; has a price for &apos;%3&apos; that is not a number of zero or more.</source>
        <translation>%1: Modell „%2“ hat für „%3“ einen Preis, der keine Zahl größer oder gleich null ist.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/capabilities.cpp" line="84"/>
        <source>The capability table is not a JSON object (%1 at byte %2).</source>
        <translation>Die Fähigkeitstabelle ist kein JSON-Objekt (%1 bei Byte %2).</translation>
    </message>
    <message>
        <location filename="../src/core/providers/capabilities.cpp" line="91"/>
        <source>capability table</source>
        <translation>Fähigkeitstabelle</translation>
    </message>
    <message>
        <location filename="../src/core/providers/capabilities.cpp" line="105"/>
        <source>provider &apos;%1&apos;</source>
        <translation>Anbieter „%1“</translation>
    </message>
    <message>
        <location filename="../src/core/providers/capabilities.cpp" line="121"/>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Dailies::CharacterPicker</name>
    <message>
        <location filename="../src/widgets/characterpicker.cpp" line="44"/>
        <source>Characters in the next take</source>
        <translation>Figuren im nächsten Take</translation>
    </message>
    <message>
        <location filename="../src/widgets/characterpicker.cpp" line="48"/>
        <source>Character upload</source>
        <translation>Hochladen der Figur</translation>
    </message>
    <message>
        <location filename="../src/widgets/characterpicker.cpp" line="116"/>
        <source>The library has no character %1 for this provider.</source>
        <translation>Die Bibliothek hat keine Figur %1 für diesen Anbieter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/characterpicker.cpp" line="120"/>
        <source>A take can show at most %n character(s); drop one first.</source>
        <translation>
            <numerusform>Ein Take kann höchstens %n Figur zeigen; entfernen Sie zuerst eine.</numerusform>
            <numerusform>Ein Take kann höchstens %n Figuren zeigen; entfernen Sie zuerst eine.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/characterpicker.cpp" line="137"/>
        <source>Characters in the next take: %1 (the prompt must name them as written)</source>
        <translation>Figuren im nächsten Take: %1 (der Prompt muss sie so nennen, wie sie geschrieben sind)</translation>
    </message>
    <message>
        <location filename="../src/widgets/characterpicker.cpp" line="172"/>
        <source>No characters for this provider yet</source>
        <translation>Noch keine Figuren für diesen Anbieter</translation>
    </message>
    <message>
        <location filename="../src/widgets/characterpicker.cpp" line="180"/>
        <source>%1 (%2): show in the next take</source>
        <translation>%1 (%2): im nächsten Take zeigen</translation>
    </message>
    <message>
        <location filename="../src/widgets/characterpicker.cpp" line="183"/>
        <source>&amp;Insert Name</source>
        <translation>Namen &amp;einfügen</translation>
    </message>
    <message>
        <location filename="../src/widgets/characterpicker.cpp" line="198"/>
        <source>Add from &amp;File…</source>
        <translation>Aus &amp;Datei hinzufügen…</translation>
    </message>
    <message>
        <location filename="../src/widgets/characterpicker.cpp" line="201"/>
        <source>Add from the Selected &amp;Clip…</source>
        <translation>Aus dem ausgewählten &amp;Clip hinzufügen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/characterpicker.cpp" line="219"/>
        <source>A take shows at most %n character(s).</source>
        <translation>
            <numerusform>Ein Take zeigt höchstens %n Figur.</numerusform>
            <numerusform>Ein Take zeigt höchstens %n Figuren.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/characterpicker.cpp" line="233"/>
        <location filename="../src/widgets/characterpicker.cpp" line="240"/>
        <source>Add a Character</source>
        <translation>Figur hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/widgets/characterpicker.cpp" line="233"/>
        <source>MPEG-4 video (*.mp4)</source>
        <translation>MPEG-4-Video (*.mp4)</translation>
    </message>
    <message>
        <location filename="../src/widgets/characterpicker.cpp" line="241"/>
        <source>Name of the character (prompts must use it as written):</source>
        <translation>Name der Figur (Prompts müssen ihn genau so verwenden):</translation>
    </message>
    <message>
        <location filename="../src/widgets/characterpicker.cpp" line="264"/>
        <source>Select a clip with a video in the library first.</source>
        <translation>Wählen Sie zuerst einen Clip mit Video in der Bibliothek aus.</translation>
    </message>
    <message>
        <location filename="../src/widgets/characterpicker.cpp" line="279"/>
        <source>Another character is still being added; wait for it.</source>
        <translation>Eine andere Figur wird noch hinzugefügt; warten Sie darauf.</translation>
    </message>
    <message>
        <location filename="../src/widgets/characterpicker.cpp" line="283"/>
        <source>Choose a provider first.</source>
        <translation>Wählen Sie zuerst einen Anbieter.</translation>
    </message>
    <message>
        <location filename="../src/widgets/characterpicker.cpp" line="293"/>
        <source>There is no provider profile named &apos;%1&apos; any more.</source>
        <translation>Es gibt kein Anbieterprofil namens „%1“ mehr.</translation>
    </message>
    <message>
        <location filename="../src/widgets/characterpicker.cpp" line="304"/>
        <source>Adding the character &apos;%1&apos;…</source>
        <translation>Die Figur „%1“ wird hinzugefügt…</translation>
    </message>
    <message>
        <location filename="../src/widgets/characterpicker.cpp" line="313"/>
        <source>The provider changed; nothing was sent.</source>
        <translation>Der Anbieter hat gewechselt; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../src/widgets/characterpicker.cpp" line="325"/>
        <source>The character may have been made although the answer was lost; it was not sent again. %1</source>
        <translation>Die Figur wurde möglicherweise angelegt, obwohl die Antwort verloren ging; sie wurde nicht erneut gesendet. %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/characterpicker.cpp" line="342"/>
        <source>The provider made the character %1, but the library could not keep it: %2</source>
        <translation>Der Anbieter hat die Figur %1 angelegt, aber die Bibliothek konnte sie nicht speichern: %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/characterpicker.cpp" line="348"/>
        <source>Added the character &apos;%1&apos; (%2).</source>
        <translation>Die Figur „%1“ (%2) wurde hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>Dailies::Cli</name>
    <message>
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
        <translation type="vanished">Aufruf: dailies COMMAND [Optionen]

Befehle:
  generate &quot;PROMPT&quot;   ein Video (oder N Varianten) einreihen, verfolgen und in der Bibliothek ablegen
  batch FILE          einen Auftrag je Zeile einer .jsonl- oder .csv-Datei einreihen (vorher geprüft)
  queue ACTION        die dauerhafte Warteschlange: list, run, pause, resume, cancel ID, retry ID, move ID POS
  library ACTION      die Offline-Bibliothek: search TEXT, rebuild, export ID... --to DEST, import-remote
  spend               Ausgaben nach Tag, Modell oder Profil; --budget AMOUNT [--hard-stop]
  videos ACTION       die reine API: list, get ID, delete ID, download ID, remix ID &quot;PROMPT&quot;
  profiles ACTION     Anbieterprofile: list, add NAME, remove NAME, default NAME
  key ACTION PROFILE  den API-Schlüssel eines Profils im Systemschlüsselbund speichern oder entfernen

Anbieteroptionen: --demo | --profile NAME | --base-url URL, --api-key-env NAME, --json
Bibliotheksoption: --library DIR (Standard: der Ordner Dailies in Ihrem Videos-Ordner)
Der Schlüssel kommt aus dem Schlüsselbund, aus OPENAI_API_KEY oder aus der mit --api-key-env benannten
Variable; niemals von der Befehlszeile.

Exit-Codes: 0 fertig, 1 ein Auftrag ist fehlgeschlagen oder hängt, 2 falscher Aufruf oder falsche Eingabe
(nichts gesendet), 3 der Anbieter antwortete mit einem Fehler, 4 der Anbieter war nicht erreichbar,
5 eine lokale Datei konnte nicht geschrieben werden.

dailies COMMAND --help zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <location filename="../src/cli/cli.cpp" line="28"/>
        <source>usage: dailies COMMAND [options]

Commands:
  generate &quot;PROMPT&quot;   queue a video (or N variations), follow it and keep it in the library
  edit ID &quot;PROMPT&quot;   a new video from a finished clip, changed as the prompt says
  extend ID &quot;PROMPT&quot; --seconds N   continue a finished clip by N seconds (up to 120 s in all)
  characters ACTION   characters for prompts: add NAME FILE.mp4, list, get ID
  batch FILE          queue one job per row of a .jsonl or .csv file (checked first)
  queue ACTION        the durable queue: list, run, pause, resume, cancel ID, retry ID, move ID POS
  library ACTION      the offline library: search TEXT, rebuild, export ID... --to DEST, import-remote
  spend               spending by day, model or profile; --budget AMOUNT [--hard-stop]
  videos ACTION       the raw API: list, get ID, delete ID, download ID, remix/edit/extend ID &quot;PROMPT&quot;,
                      create-character NAME FILE.mp4, get-character ID
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
        <translation>Aufruf: dailies COMMAND [Optionen]

Befehle:
  generate &quot;PROMPT&quot;   ein Video (oder N Varianten) einreihen, verfolgen und in der Bibliothek ablegen
  edit ID &quot;PROMPT&quot;   ein neues Video aus einem fertigen Clip, so geändert, wie der Prompt sagt
  extend ID &quot;PROMPT&quot; --seconds N   einen fertigen Clip um N Sekunden fortsetzen (insgesamt bis 120 s)
  characters ACTION   Figuren für Prompts: add NAME FILE.mp4, list, get ID
  batch FILE          einen Auftrag je Zeile einer .jsonl- oder .csv-Datei einreihen (vorher geprüft)
  queue ACTION        die dauerhafte Warteschlange: list, run, pause, resume, cancel ID, retry ID, move ID POS
  library ACTION      die Offline-Bibliothek: search TEXT, rebuild, export ID... --to DEST, import-remote
  spend               Ausgaben nach Tag, Modell oder Profil; --budget AMOUNT [--hard-stop]
  videos ACTION       die reine API: list, get ID, delete ID, download ID, remix/edit/extend ID &quot;PROMPT&quot;,
                      create-character NAME FILE.mp4, get-character ID
  profiles ACTION     Anbieterprofile: list, add NAME, remove NAME, default NAME
  key ACTION PROFILE  den API-Schlüssel eines Profils im Systemschlüsselbund speichern oder entfernen

Anbieteroptionen: --demo | --profile NAME | --base-url URL, --api-key-env NAME, --json
Bibliotheksoption: --library DIR (Standard: der Ordner Dailies in Ihrem Videos-Ordner)
Der Schlüssel kommt aus dem Schlüsselbund, aus OPENAI_API_KEY oder aus der mit --api-key-env benannten
Variable; niemals von der Befehlszeile.

Exit-Codes: 0 fertig, 1 ein Auftrag ist fehlgeschlagen oder hängt, 2 falscher Aufruf oder falsche Eingabe
(nichts gesendet), 3 der Anbieter antwortete mit einem Fehler, 4 der Anbieter war nicht erreichbar,
5 eine lokale Datei konnte nicht geschrieben werden.

dailies COMMAND --help zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <location filename="../src/cli/cli.cpp" line="101"/>
        <source>dailies: unknown command &apos;%1&apos;.

</source>
        <translation>dailies: unbekannter Befehl „%1“.

</translation>
    </message>
</context>
<context>
    <name>Dailies::Cli::CharactersCommand</name>
    <message>
        <location filename="../src/cli/characterscommand.cpp" line="38"/>
        <source>usage: dailies characters add NAME FILE.mp4 | list | get ID [options]
       dailies characters ACTION --help shows the options of one action.
</source>
        <translation>Aufruf: dailies characters add NAME FILE.mp4 | list | get ID [Optionen]
       dailies characters ACTION --help zeigt die Optionen einer Aktion.
</translation>
    </message>
    <message>
        <location filename="../src/cli/characterscommand.cpp" line="46"/>
        <source>dailies characters: unknown action &apos;%1&apos;.
</source>
        <translation>dailies characters: unbekannte Aktion „%1“.
</translation>
    </message>
    <message>
        <location filename="../src/cli/characterscommand.cpp" line="55"/>
        <source>Make a character from a 2 to 4 second MP4 clip of one person or creature, and keep it in the library. Prompts that use it must contain its name exactly.</source>
        <translation>Eine Figur aus einem MP4-Clip von 2 bis 4 Sekunden mit einer Person oder einem Wesen erstellen und in der Bibliothek ablegen. Prompts, die sie verwenden, müssen ihren Namen genau enthalten.</translation>
    </message>
    <message>
        <location filename="../src/cli/characterscommand.cpp" line="57"/>
        <source>The name prompts will use (1 to 80 characters).</source>
        <translation>Der Name, den Prompts verwenden (1 bis 80 Zeichen).</translation>
    </message>
    <message>
        <location filename="../src/cli/characterscommand.cpp" line="58"/>
        <source>The MP4 clip.</source>
        <translation>Der MP4-Clip.</translation>
    </message>
    <message>
        <location filename="../src/cli/characterscommand.cpp" line="60"/>
        <source>Fetch a character from the provider and keep it in the library.</source>
        <translation>Eine Figur vom Anbieter holen und in der Bibliothek ablegen.</translation>
    </message>
    <message>
        <location filename="../src/cli/characterscommand.cpp" line="61"/>
        <source>The character&apos;s id, e.g. char_…</source>
        <translation>Die ID der Figur, z. B. char_…</translation>
    </message>
    <message>
        <location filename="../src/cli/characterscommand.cpp" line="63"/>
        <source>List the characters the library keeps (no network).</source>
        <translation>Die Figuren der Bibliothek auflisten (ohne Netzwerk).</translation>
    </message>
    <message>
        <location filename="../src/cli/characterscommand.cpp" line="76"/>
        <source>dailies characters %1: expected %2 argument(s), got %3 (see --help).</source>
        <translation>dailies characters %1: %2 Argument(e) erwartet, %3 erhalten (siehe --help).</translation>
    </message>
    <message>
        <location filename="../src/cli/characterscommand.cpp" line="94"/>
        <source>dailies characters get: &apos;%1&apos; is not a character id.</source>
        <translation>dailies characters get: „%1“ ist keine Figuren-ID.</translation>
    </message>
    <message>
        <location filename="../src/cli/characterscommand.cpp" line="133"/>
        <source>dailies: the character may have been made although the answer was lost; it was not sent again.</source>
        <translation>dailies: die Figur wurde möglicherweise erstellt, obwohl die Antwort verloren ging; sie wurde nicht erneut gesendet.</translation>
    </message>
    <message>
        <location filename="../src/cli/characterscommand.cpp" line="195"/>
        <source>No characters yet; make one with &apos;dailies characters add NAME FILE.mp4&apos;.</source>
        <translation>Noch keine Figuren; erstellen Sie eine mit „dailies characters add NAME FILE.mp4“.</translation>
    </message>
</context>
<context>
    <name>Dailies::Cli::CliContext</name>
    <message>
        <location filename="../src/cli/clicontext.cpp" line="42"/>
        <source>Use provider profile NAME (see &apos;dailies profiles list&apos;).</source>
        <translation>Anbieterprofil NAME verwenden (siehe „dailies profiles list“).</translation>
    </message>
    <message>
        <location filename="../src/cli/clicontext.cpp" line="43"/>
        <source>Use the built-in demo provider (no key, nothing billed).</source>
        <translation>Den eingebauten Demo-Anbieter verwenden (kein Schlüssel, keine Kosten).</translation>
    </message>
    <message>
        <location filename="../src/cli/clicontext.cpp" line="45"/>
        <source>Use an OpenAI-compatible provider at URL (https, or http to this computer).</source>
        <translation>Einen OpenAI-kompatiblen Anbieter unter URL verwenden (https, oder http zu diesem Computer).</translation>
    </message>
    <message>
        <location filename="../src/cli/clicontext.cpp" line="46"/>
        <source>Read the API key from environment variable NAME.</source>
        <translation>Den API-Schlüssel aus der Umgebungsvariable NAME lesen.</translation>
    </message>
    <message>
        <location filename="../src/cli/clicontext.cpp" line="52"/>
        <source>Print the provider&apos;s JSON objects instead of text.</source>
        <translation>Die JSON-Objekte des Anbieters statt Text ausgeben.</translation>
    </message>
    <message>
        <location filename="../src/cli/clicontext.cpp" line="72"/>
        <source>dailies: use only one of --demo, --profile and --base-url.</source>
        <translation>dailies: verwenden Sie nur eine der Optionen --demo, --profile und --base-url.</translation>
    </message>
    <message>
        <location filename="../src/cli/clicontext.cpp" line="86"/>
        <source>dailies: there is no profile named &apos;%1&apos;; &apos;dailies profiles list&apos; shows them.</source>
        <translation>dailies: es gibt kein Profil namens „%1“; „dailies profiles list“ zeigt die vorhandenen.</translation>
    </message>
    <message>
        <location filename="../src/cli/clicontext.cpp" line="102"/>
        <source>dailies: environment variable %1 (named by --api-key-env) is not set or empty.</source>
        <translation>dailies: die Umgebungsvariable %1 (benannt durch --api-key-env) ist nicht gesetzt oder leer.</translation>
    </message>
    <message>
        <location filename="../src/cli/clicontext.cpp" line="123"/>
        <source>The library folder (default: %1). Its catalogue lives in its .dailies folder.</source>
        <translation>Der Bibliotheksordner (Standard: %1). Sein Katalog liegt in seinem Ordner .dailies.</translation>
    </message>
    <message>
        <location filename="../src/cli/clicontext.cpp" line="147"/>
        <source>To start a fresh library, choose another folder with --library DIR.</source>
        <translation>Um eine neue Bibliothek anzulegen, wählen Sie mit --library DIR einen anderen Ordner.</translation>
    </message>
    <message>
        <source>dailies: jobs of profile &apos;%1&apos; wait: there is no such profile any more.</source>
        <translation type="vanished">dailies: Aufträge von Profil „%1“ warten: dieses Profil gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../src/cli/clicontext.cpp" line="161"/>
        <source>dailies: jobs of profile &apos;%1&apos; wait: %2</source>
        <translation>dailies: Aufträge von Profil „%1“ warten: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/clicontext.cpp" line="167"/>
        <source>Budget: %1</source>
        <translation>Budget: %1</translation>
    </message>
</context>
<context>
    <name>Dailies::Cli::GenerateCommand</name>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="90"/>
        <source>Queue one job per row of a JSON Lines or CSV file, then follow them. Every row is checked first; nothing is sent while any row is bad.</source>
        <translation>Einen Auftrag je Zeile einer JSON-Lines- oder CSV-Datei einreihen und dann verfolgen. Jede Zeile wird vorher geprüft; solange eine Zeile fehlerhaft ist, wird nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="92"/>
        <source>A .jsonl or .csv file.</source>
        <translation>Eine .jsonl- oder .csv-Datei.</translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="93"/>
        <source>Queue the good rows even when some are bad.</source>
        <translation>Die gültigen Zeilen auch dann einreihen, wenn einige fehlerhaft sind.</translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="95"/>
        <source>Generate a video from a prompt, wait for it and keep it in the library.</source>
        <translation>Ein Video aus einem Prompt generieren, darauf warten und es in der Bibliothek ablegen.</translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="96"/>
        <source>What to film (use quotes).</source>
        <translation>Was gefilmt werden soll (in Anführungszeichen).</translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="97"/>
        <source>Model, e.g. sora-2 or sora-2-pro (default: the provider&apos;s).</source>
        <translation>Modell, z. B. sora-2 oder sora-2-pro (Standard: das des Anbieters).</translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="98"/>
        <source>Width x height, e.g. 1280x720 (default: the provider&apos;s).</source>
        <translation>Breite x Höhe, z. B. 1280x720 (Standard: die des Anbieters).</translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="100"/>
        <source>Duration in seconds, e.g. 4, 8 or 12 (default: the provider&apos;s).</source>
        <translation>Dauer in Sekunden, z. B. 4, 8 oder 12 (Standard: die des Anbieters).</translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="102"/>
        <source>Reference image (JPEG, PNG or WebP of exactly the video size) used as the first frame.</source>
        <translation>Referenzbild (JPEG, PNG oder WebP in genau der Videogröße), das als erstes Bild dient.</translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="104"/>
        <source>How many takes to generate (1-8, default 1); each is billed.</source>
        <translation>Wie viele Takes generiert werden (1–8, Standard 1); jeder wird berechnet.</translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="106"/>
        <source>Remix this finished video (its id) with the prompt instead of starting anew.</source>
        <translation>Dieses fertige Video (seine ID) mit dem Prompt remixen, statt neu zu beginnen.</translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="107"/>
        <source>File the clips under this project.</source>
        <translation>Die Clips unter diesem Projekt ablegen.</translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="109"/>
        <source>A character the video shows (its id; repeat for two). Its name must be in the prompt.</source>
        <translation>Eine Figur, die das Video zeigt (ihre ID; für zwei wiederholen). Ihr Name muss im Prompt stehen.</translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="111"/>
        <source>Generate even when the library already has the same take (paid again).</source>
        <translation>Auch generieren, wenn die Bibliothek denselben Take schon enthält (wird erneut bezahlt).</translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="113"/>
        <source>Return once the provider has the jobs; they stay queued for &apos;dailies queue run&apos;.</source>
        <translation>Zurückkehren, sobald der Anbieter die Aufträge hat; sie bleiben für „dailies queue run“ eingereiht.</translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="115"/>
        <source>Report a job as stuck when its progress has not moved for this many seconds (default 900).</source>
        <translation>Einen Auftrag als hängend melden, wenn sein Fortschritt sich so viele Sekunden nicht bewegt hat (Standard 900).</translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="49"/>
        <source>%1: give the clip and a prompt in quotes (got %2 arguments).</source>
        <translation>%1: geben Sie den Clip und einen Prompt in Anführungszeichen an (%2 Argumente erhalten).</translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="133"/>
        <source>--seconds is needed: 4, 8, 12, 16 or 20.</source>
        <translation>--seconds wird gebraucht: 4, 8, 12, 16 oder 20.</translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="50"/>
        <source>dailies batch: give exactly one file (got %1 arguments).</source>
        <translation>dailies batch: geben Sie genau eine Datei an (erhalten: %1 Argumente).</translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="51"/>
        <source>dailies generate: give exactly one prompt, in quotes (got %1 arguments).</source>
        <translation>dailies generate: geben Sie genau einen Prompt in Anführungszeichen an (erhalten: %1 Argumente).</translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="59"/>
        <source>--stuck-after takes a number of seconds.</source>
        <translation>--stuck-after erwartet eine Anzahl Sekunden.</translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="79"/>
        <source>Make a new video from a finished one, changed as the prompt says (billed for the whole clip), wait for it and keep it in the library.</source>
        <translation>Ein neues Video aus einem fertigen machen, so geändert, wie der Prompt sagt (für den ganzen Clip berechnet), darauf warten und es in der Bibliothek ablegen.</translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="81"/>
        <source>Continue a finished video by --seconds more (billed for those), wait for it and keep the whole clip in the library. Extensions make a clip at most 120 s long, in at most 6 steps.</source>
        <translation>Ein fertiges Video um --seconds fortsetzen (nur diese werden berechnet), darauf warten und den ganzen Clip in der Bibliothek ablegen. Verlängerungen machen einen Clip höchstens 120 s lang, in höchstens 6 Schritten.</translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="83"/>
        <source>The clip: its number in the library, or its video id.</source>
        <translation>Der Clip: seine Nummer in der Bibliothek oder seine Video-ID.</translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="85"/>
        <source>What to change or what happens next (use quotes).</source>
        <translation>Was sich ändern soll oder was als Nächstes geschieht (in Anführungszeichen).</translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="87"/>
        <source>How much to add: 4, 8, 12, 16 or 20 seconds.</source>
        <translation>Wie viel hinzukommt: 4, 8, 12, 16 oder 20 Sekunden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/generatecommand.cpp" line="167"/>
        <source>dailies batch: %n bad row(s); nothing was queued. Fix them, or queue the good rows with --skip-invalid.</source>
        <translation>
            <numerusform>dailies batch: %n fehlerhafte Zeile; nichts wurde eingereiht. Korrigieren Sie sie oder reihen Sie die gültigen Zeilen mit --skip-invalid ein.</numerusform>
            <numerusform>dailies batch: %n fehlerhafte Zeilen; nichts wurde eingereiht. Korrigieren Sie sie oder reihen Sie die gültigen Zeilen mit --skip-invalid ein.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="180"/>
        <source>dailies batch: no usable rows.</source>
        <translation>dailies batch: keine verwendbaren Zeilen.</translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="205"/>
        <source>dailies generate: --variations takes a number from 1 to 8, not &apos;%1&apos;.</source>
        <translation>dailies generate: --variations erwartet eine Zahl von 1 bis 8, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="267"/>
        <source>dailies: there is no clip %1 in the library.</source>
        <translation>dailies: in der Bibliothek gibt es keinen Clip %1.</translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="284"/>
        <source>dailies: clip %1 was made on profile &apos;%2&apos;; run this with --profile %2.</source>
        <translation>dailies: Clip %1 wurde mit Profil „%2“ erstellt; rufen Sie dies mit --profile %2 auf.</translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="303"/>
        <source>Budget: %1</source>
        <translation>Budget: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="309"/>
        <source>Add --again to generate it anyway.</source>
        <translation>Fügen Sie --again hinzu, um ihn trotzdem zu generieren.</translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="331"/>
        <source>Demo provider: nothing is billed.</source>
        <translation>Demo-Anbieter: es wird nichts berechnet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/generatecommand.cpp" line="333"/>
        <source>Queued %n job(s); estimated cost: %1 %2</source>
        <translation>
            <numerusform>%n Auftrag eingereiht; geschätzte Kosten: %1 %2</numerusform>
            <numerusform>%n Aufträge eingereiht; geschätzte Kosten: %1 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/generatecommand.cpp" line="337"/>
        <source>Queued %n job(s); no price is known for this model, so the cost cannot be estimated.</source>
        <translation>
            <numerusform>%n Auftrag eingereiht; für dieses Modell ist kein Preis bekannt, daher lassen sich die Kosten nicht schätzen.</numerusform>
            <numerusform>%n Aufträge eingereiht; für dieses Modell ist kein Preis bekannt, daher lassen sich die Kosten nicht schätzen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="343"/>
        <source>job %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="344"/>
        <source>The queue is paused; &apos;dailies queue resume&apos; and &apos;dailies queue run&apos; send these jobs.</source>
        <translation>Die Warteschlange ist angehalten; „dailies queue resume“ und „dailies queue run“ senden diese Aufträge.</translation>
    </message>
</context>
<context>
    <name>Dailies::Cli::JobFollower</name>
    <message>
        <location filename="../src/cli/jobfollower.cpp" line="35"/>
        <source>The queue is paused</source>
        <translation>Die Warteschlange ist angehalten</translation>
    </message>
    <message>
        <location filename="../src/cli/jobfollower.cpp" line="68"/>
        <source>dailies: job %1 cannot reach its provider (%2). It stays queued; &apos;dailies queue run&apos; picks it up later.</source>
        <translation>dailies: Auftrag %1 erreicht seinen Anbieter nicht (%2). Er bleibt eingereiht; „dailies queue run“ nimmt ihn später auf.</translation>
    </message>
    <message>
        <location filename="../src/cli/jobfollower.cpp" line="107"/>
        <source>saved %1 (%2 bytes)</source>
        <translation>%1 gespeichert (%2 Bytes)</translation>
    </message>
    <message>
        <location filename="../src/cli/jobfollower.cpp" line="110"/>
        <source>dailies: job %1 %2: %3</source>
        <translation>dailies: Auftrag %1 %2: %3</translation>
    </message>
    <message>
        <source>The provider&apos;s moderation refused it; reword the prompt (or change the image) and try again.</source>
        <translation type="vanished">Die Moderation des Anbieters hat ihn abgelehnt; formulieren Sie den Prompt um (oder ändern Sie das Bild) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../src/cli/jobfollower.cpp" line="118"/>
        <source>See &apos;dailies queue list&apos;; &apos;dailies queue retry %1&apos; sends it again.</source>
        <translation>Siehe „dailies queue list“; „dailies queue retry %1“ sendet ihn erneut.</translation>
    </message>
</context>
<context>
    <name>Dailies::Cli::KeyCommand</name>
    <message>
        <location filename="../src/cli/keycommand.cpp" line="24"/>
        <source>usage: dailies key set PROFILE    (reads the key from standard input)
       dailies key remove PROFILE
</source>
        <translation>Aufruf: dailies key set PROFILE    (liest den Schlüssel von der Standardeingabe)
        dailies key remove PROFILE
</translation>
    </message>
    <message>
        <location filename="../src/cli/keycommand.cpp" line="34"/>
        <source>dailies key: there is no profile named &apos;%1&apos;.</source>
        <translation>dailies key: es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <location filename="../src/cli/keycommand.cpp" line="43"/>
        <source>dailies key set: no key on standard input (try: dailies key set %1 &lt; keyfile).</source>
        <translation>dailies key set: kein Schlüssel auf der Standardeingabe (versuchen Sie: dailies key set %1 &lt; keyfile).</translation>
    </message>
    <message>
        <location filename="../src/cli/keycommand.cpp" line="57"/>
        <source>stored the key of &apos;%1&apos; in the %2.</source>
        <translation>Schlüssel von „%1“ gespeichert (%2).</translation>
    </message>
    <message>
        <location filename="../src/cli/keycommand.cpp" line="58"/>
        <source>removed the key of &apos;%1&apos; from the %2.</source>
        <translation>Schlüssel von „%1“ entfernt (%2).</translation>
    </message>
    <message>
        <location filename="../src/cli/keycommand.cpp" line="64"/>
        <source>dailies key: the system keychain refused (%1). Without a keychain, give the key through an environment variable: OPENAI_API_KEY, or any variable with --api-key-env NAME.</source>
        <translation>dailies key: der Systemschlüsselbund hat abgelehnt (%1). Ohne Schlüsselbund geben Sie den Schlüssel über eine Umgebungsvariable an: OPENAI_API_KEY oder eine beliebige Variable mit --api-key-env NAME.</translation>
    </message>
</context>
<context>
    <name>Dailies::Cli::LibraryCommand</name>
    <message>
        <source>day, model or profile (default day).</source>
        <translation type="vanished">day, model oder profile (Standard: day).</translation>
    </message>
    <message>
        <source>The month to report, YYYY-MM (default: this month).</source>
        <translation type="vanished">Der Monat für den Bericht, YYYY-MM (Standard: dieser Monat).</translation>
    </message>
    <message>
        <source>Set the monthly budget to AMOUNT (0 removes it).</source>
        <translation type="vanished">Das Monatsbudget auf AMOUNT setzen (0 entfernt es).</translation>
    </message>
    <message>
        <source>With --budget: refuse jobs that would pass it.</source>
        <translation type="vanished">Mit --budget: Aufträge ablehnen, die es überschreiten würden.</translation>
    </message>
    <message>
        <source>dailies spend: --by takes day, model or profile.</source>
        <translation type="vanished">dailies spend: --by erwartet day, model oder profile.</translation>
    </message>
    <message>
        <source>dailies spend: --month takes YYYY-MM, such as 2026-11.</source>
        <translation type="vanished">dailies spend: --month erwartet YYYY-MM, etwa 2026-11.</translation>
    </message>
    <message>
        <source>usage: dailies library search TEXT [--limit N] | rebuild | export ID... --to DEST[.zip] | import-remote [provider options]   [--library DIR] [--json]
</source>
        <translation type="vanished">Aufruf: dailies library search TEXT [--limit N] | rebuild | export ID... --to DEST[.zip] | import-remote [Anbieteroptionen]   [--library DIR] [--json]
</translation>
    </message>
    <message>
        <location filename="../src/cli/librarycommand.cpp" line="32"/>
        <source>usage: dailies library search TEXT [--limit N] | rebuild | export ID... --to DEST[.zip] | import-remote [provider options] | check   [--library DIR] [--json]
</source>
        <translation>Aufruf: dailies library search TEXT [--limit N] | rebuild | export ID... --to DEST[.zip] | import-remote [Anbieteroptionen] | check   [--library DIR] [--json]
</translation>
    </message>
    <message>
        <source>With search: at most N clips (default 50).</source>
        <translation type="vanished">Mit search: höchstens N Clips (Standard 50).</translation>
    </message>
    <message>
        <location filename="../src/cli/librarycommand.cpp" line="42"/>
        <source>With search: at most N clips, the newest first (default 50).</source>
        <translation>Mit search: höchstens N Clips, die neuesten zuerst (Standard 50).</translation>
    </message>
    <message>
        <location filename="../src/cli/librarycommand.cpp" line="43"/>
        <source>With export: a folder, or a file ending in .zip.</source>
        <translation>Mit export: ein Ordner oder eine Datei mit der Endung .zip.</translation>
    </message>
    <message>
        <location filename="../src/cli/librarycommand.cpp" line="52"/>
        <source>dailies library search: --limit takes a positive number.</source>
        <translation>dailies library search: --limit erwartet eine positive Zahl.</translation>
    </message>
    <message>
        <location filename="../src/cli/librarycommand.cpp" line="56"/>
        <source>dailies library search: give the words to look for.</source>
        <translation>dailies library search: geben Sie die Suchbegriffe an.</translation>
    </message>
    <message>
        <location filename="../src/cli/librarycommand.cpp" line="62"/>
        <source>dailies library export: give clip numbers and --to DEST (a folder or a .zip file).</source>
        <translation>dailies library export: geben Sie Clipnummern und --to DEST an (ein Ordner oder eine .zip-Datei).</translation>
    </message>
    <message>
        <location filename="../src/cli/librarycommand.cpp" line="92"/>
        <source>The search index was damaged or missing and has been rebuilt.</source>
        <translation>Der Suchindex war beschädigt oder fehlte und wurde neu aufgebaut.</translation>
    </message>
    <message>
        <location filename="../src/cli/librarycommand.cpp" line="95"/>
        <source>The library database %1 is sound.</source>
        <translation>Die Bibliotheksdatenbank %1 ist in Ordnung.</translation>
    </message>
    <message>
        <location filename="../src/cli/librarycommand.cpp" line="100"/>
        <source>dailies library check: the library database is damaged (%1). &apos;dailies library rebuild&apos; in a fresh folder recreates it from the clips&apos; sidecars.</source>
        <translation>dailies library check: die Bibliotheksdatenbank ist beschädigt (%1). „dailies library rebuild“ in einem neuen Ordner erstellt sie aus den Begleitdateien der Clips neu.</translation>
    </message>
    <message>
        <location filename="../src/cli/librarycommand.cpp" line="110"/>
        <source>Rebuilt from the sidecars in %1: %2 clip(s) added, %3 already present, %4 problem(s).</source>
        <translation>Aus den Sidecar-Dateien in %1 neu aufgebaut: %2 Clip(s) hinzugefügt, %3 bereits vorhanden, %4 Problem(e).</translation>
    </message>
    <message>
        <location filename="../src/cli/librarycommand.cpp" line="162"/>
        <source>No clip matches &apos;%1&apos;.</source>
        <translation>Kein Clip passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../src/cli/librarycommand.cpp" line="174"/>
        <source>dailies library export: there is no clip %1 (see &apos;dailies library search&apos;).</source>
        <translation>dailies library export: es gibt keinen Clip %1 (siehe „dailies library search“).</translation>
    </message>
    <message>
        <location filename="../src/cli/librarycommand.cpp" line="202"/>
        <source>Listed %1 video(s): %2 imported, %3 already in the library, %4 expired, %5 failed at the provider, %6 still running, %7 could not be imported.</source>
        <translation>%1 Video(s) aufgelistet: %2 importiert, %3 schon in der Bibliothek, %4 abgelaufen, %5 beim Anbieter fehlgeschlagen, %6 laufen noch, %7 konnten nicht importiert werden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount.</source>
        <translation type="vanished">„%1“ ist kein Betrag.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation type="vanished">
            <numerusform>%n Auftrag</numerusform>
            <numerusform>%n Aufträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Total for %1: %2 %3</source>
        <translation type="vanished">Summe für %1: %2 %3</translation>
    </message>
    <message>
        <source>of a %1 budget (%2 %)%3</source>
        <translation type="vanished">von einem Budget von %1 (%2 %)%3</translation>
    </message>
    <message>
        <source>, hard stop</source>
        <translation type="vanished">, harter Stopp</translation>
    </message>
</context>
<context>
    <name>Dailies::Cli::ProfilesCommand</name>
    <message>
        <source>usage: dailies profiles list [--json]
       dailies profiles add NAME --kind openai|azure|compatible --base-url URL [--organization ID] [--project ID] [--key-env NAME]
       dailies profiles remove NAME
       dailies profiles default NAME
</source>
        <translation type="vanished">Aufruf: dailies profiles list [--json]
        dailies profiles add NAME --kind openai|azure|compatible --base-url URL [--organization ID] [--project ID] [--key-env NAME]
        dailies profiles remove NAME
        dailies profiles default NAME
</translation>
    </message>
    <message>
        <source>openai, azure or compatible.</source>
        <translation type="vanished">openai, azure oder compatible.</translation>
    </message>
    <message>
        <location filename="../src/cli/profilescommand.cpp" line="27"/>
        <source>usage: dailies profiles list [--json]
       dailies profiles add NAME --kind openai|azure|compatible|litellm --base-url URL [--organization ID] [--project ID] [--key-env NAME]
       dailies profiles remove NAME
       dailies profiles default NAME
</source>
        <translation>Aufruf: dailies profiles list [--json]
        dailies profiles add NAME --kind openai|azure|compatible|litellm --base-url URL [--organization ID] [--project ID] [--key-env NAME]
        dailies profiles remove NAME
        dailies profiles default NAME
</translation>
    </message>
    <message>
        <location filename="../src/cli/profilescommand.cpp" line="40"/>
        <source>openai, azure, compatible or litellm (a LiteLLM proxy).</source>
        <translation>openai, azure, compatible oder litellm (ein LiteLLM-Proxy).</translation>
    </message>
    <message>
        <location filename="../src/cli/profilescommand.cpp" line="41"/>
        <source>The API base URL (Azure: the resource URL).</source>
        <translation>Die Basis-URL der API (Azure: die Ressourcen-URL).</translation>
    </message>
    <message>
        <location filename="../src/cli/profilescommand.cpp" line="42"/>
        <source>OpenAI-Organization header.</source>
        <translation>Header OpenAI-Organization.</translation>
    </message>
    <message>
        <location filename="../src/cli/profilescommand.cpp" line="43"/>
        <source>OpenAI-Project header.</source>
        <translation>Header OpenAI-Project.</translation>
    </message>
    <message>
        <location filename="../src/cli/profilescommand.cpp" line="45"/>
        <source>Environment variable to read the key from when the keychain has none.</source>
        <translation>Umgebungsvariable, aus der der Schlüssel gelesen wird, wenn der Schlüsselbund keinen hat.</translation>
    </message>
    <message>
        <location filename="../src/cli/profilescommand.cpp" line="64"/>
        <source>dailies profiles add: --kind takes openai, azure, compatible or litellm.</source>
        <translation>dailies profiles add: --kind erwartet openai, azure, compatible oder litellm.</translation>
    </message>
    <message>
        <location filename="../src/cli/profilescommand.cpp" line="78"/>
        <source>dailies profiles add: a %1 provider needs --base-url.</source>
        <translation>dailies profiles add: ein Anbieter der Art %1 braucht --base-url.</translation>
    </message>
    <message>
        <source>dailies profiles add: --kind takes openai, azure or compatible.</source>
        <translation type="vanished">dailies profiles add: --kind erwartet openai, azure oder compatible.</translation>
    </message>
    <message>
        <source>dailies profiles add: a compatible provider needs --base-url.</source>
        <translation type="vanished">dailies profiles add: ein kompatibler Anbieter braucht --base-url.</translation>
    </message>
    <message>
        <location filename="../src/cli/profilescommand.cpp" line="109"/>
        <source>(built in, runs on this computer)</source>
        <translation>(eingebaut, läuft auf diesem Computer)</translation>
    </message>
    <message>
        <location filename="../src/cli/profilescommand.cpp" line="121"/>
        <source>saved profile &apos;%1&apos;; store its key with &apos;dailies key set %1&apos;.</source>
        <translation>Profil „%1“ gespeichert; speichern Sie seinen Schlüssel mit „dailies key set %1“.</translation>
    </message>
    <message>
        <location filename="../src/cli/profilescommand.cpp" line="134"/>
        <source>removed profile &apos;%1&apos; with its key and options.</source>
        <translation>Profil „%1“ mit Schlüssel und Optionen entfernt.</translation>
    </message>
</context>
<context>
    <name>Dailies::Cli::QueueCommand</name>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="52"/>
        <source>usage: dailies queue list [--all] | run | pause | resume | cancel ID | retry ID | move ID POSITION
       [--library DIR] [--json] (run also takes the provider options)
</source>
        <translation>Aufruf: dailies queue list [--all] | run | pause | resume | cancel ID | retry ID | move ID POSITION
        [--library DIR] [--json] (run akzeptiert auch die Anbieteroptionen)
</translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="65"/>
        <source>With list: also jobs that have ended.</source>
        <translation>Mit list: auch beendete Aufträge.</translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="80"/>
        <source>dailies queue %1: &apos;%2&apos; is not a job number (see &apos;dailies queue list&apos;).</source>
        <translation>dailies queue %1: „%2“ ist keine Auftragsnummer (siehe „dailies queue list“).</translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="89"/>
        <source>dailies queue move: the position is a number from 1 (next to be sent).</source>
        <translation>dailies queue move: die Position ist eine Zahl ab 1 (der als Nächstes gesendete).</translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="114"/>
        <source>The queue is paused: no new job is sent; jobs already sent are still followed and saved.</source>
        <translation>Die Warteschlange ist angehalten: kein neuer Auftrag wird gesendet; bereits gesendete werden weiter verfolgt und gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="116"/>
        <source>The queue runs again; &apos;dailies queue run&apos; sends what waits.</source>
        <translation>Die Warteschlange läuft wieder; „dailies queue run“ sendet, was wartet.</translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="137"/>
        <source>The queue is paused (&apos;dailies queue resume&apos; lets it send again).</source>
        <translation>Die Warteschlange ist angehalten („dailies queue resume“ lässt sie wieder senden).</translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="139"/>
        <source>No jobs yet.</source>
        <translation>Noch keine Aufträge.</translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="140"/>
        <source>Nothing is queued or running (&apos;--all&apos; shows jobs that ended).</source>
        <translation>Nichts ist eingereiht oder läuft („--all“ zeigt beendete Aufträge).</translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="162"/>
        <source>Nothing is queued.</source>
        <translation>Nichts ist eingereiht.</translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="182"/>
        <source>Job %1 is being sent by another Dailies; it was asked to cancel it.</source>
        <translation>Auftrag %1 wird von einem anderen Dailies gesendet; es wurde gebeten, ihn abzubrechen.</translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="190"/>
        <location filename="../src/cli/queuecommand.cpp" line="203"/>
        <source>Job %1 is cancelled.</source>
        <translation>Auftrag %1 ist abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="195"/>
        <source>Job %1: the other Dailies has not answered yet; it cancels the job when it can (&apos;dailies queue list&apos; shows it).</source>
        <translation>Auftrag %1: Das andere Dailies hat noch nicht geantwortet; es bricht den Auftrag ab, sobald es kann („dailies queue list“ zeigt es).</translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="222"/>
        <source>Queued job %1 with the settings of job %2; &apos;dailies queue run&apos; sends it.</source>
        <translation>Auftrag %1 mit den Einstellungen von Auftrag %2 eingereiht; „dailies queue run“ sendet ihn.</translation>
    </message>
    <message>
        <location filename="../src/cli/queuecommand.cpp" line="241"/>
        <source>The queue is paused: jobs already sent are followed, waiting ones stay.</source>
        <translation>Die Warteschlange ist angehalten: bereits gesendete Aufträge werden verfolgt, wartende bleiben stehen.</translation>
    </message>
</context>
<context>
    <name>Dailies::Cli::SpendCommand</name>
    <message>
        <location filename="../src/cli/spendcommand.cpp" line="27"/>
        <source>day, model or profile (default day).</source>
        <translation>day, model oder profile (Standard: day).</translation>
    </message>
    <message>
        <location filename="../src/cli/spendcommand.cpp" line="28"/>
        <source>The month to report, YYYY-MM (default: this month).</source>
        <translation>Der Monat für den Bericht, YYYY-MM (Standard: dieser Monat).</translation>
    </message>
    <message>
        <location filename="../src/cli/spendcommand.cpp" line="29"/>
        <source>Set the monthly budget to AMOUNT (0 removes it).</source>
        <translation>Das Monatsbudget auf AMOUNT setzen (0 entfernt es).</translation>
    </message>
    <message>
        <location filename="../src/cli/spendcommand.cpp" line="30"/>
        <source>With --budget: refuse jobs that would pass it.</source>
        <translation>Mit --budget: Aufträge ablehnen, die es überschreiten würden.</translation>
    </message>
    <message>
        <location filename="../src/cli/spendcommand.cpp" line="37"/>
        <source>dailies spend: --by takes day, model or profile.</source>
        <translation>dailies spend: --by erwartet day, model oder profile.</translation>
    </message>
    <message>
        <location filename="../src/cli/spendcommand.cpp" line="42"/>
        <source>dailies spend: --month takes YYYY-MM, such as 2026-11.</source>
        <translation>dailies spend: --month erwartet YYYY-MM, etwa 2026-11.</translation>
    </message>
    <message>
        <location filename="../src/cli/spendcommand.cpp" line="72"/>
        <source>&apos;%1&apos; is not an amount.</source>
        <translation>„%1“ ist kein Betrag.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/spendcommand.cpp" line="104"/>
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n Auftrag</numerusform>
            <numerusform>%n Aufträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/spendcommand.cpp" line="105"/>
        <source>Total for %1: %2 %3</source>
        <translation>Summe für %1: %2 %3</translation>
    </message>
    <message>
        <location filename="../src/cli/spendcommand.cpp" line="109"/>
        <source>of a %1 budget (%2 %)%3</source>
        <translation>von einem Budget von %1 (%2 %)%3</translation>
    </message>
    <message>
        <location filename="../src/cli/spendcommand.cpp" line="112"/>
        <source>, hard stop</source>
        <translation>, harter Stopp</translation>
    </message>
</context>
<context>
    <name>Dailies::Cli::VideosCommand</name>
    <message>
        <source>usage: dailies videos list|get ID|delete ID|download ID|remix ID &quot;PROMPT&quot; [options]
       dailies videos ACTION --help shows the options of one action.
</source>
        <translation type="vanished">Aufruf: dailies videos list|get ID|delete ID|download ID|remix ID &quot;PROMPT&quot; [Optionen]
        dailies videos ACTION --help zeigt die Optionen einer Aktion.
</translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="48"/>
        <source>dailies videos: unknown action &apos;%1&apos;.
</source>
        <translation>dailies videos: unbekannte Aktion „%1“.
</translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="115"/>
        <source>List the provider&apos;s videos, newest first.</source>
        <translation>Die Videos des Anbieters auflisten, neueste zuerst.</translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="116"/>
        <source>Videos per page (1-100).</source>
        <translation>Videos pro Seite (1–100).</translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="117"/>
        <source>asc or desc.</source>
        <translation>asc oder desc.</translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="118"/>
        <source>Start after this video id (cursor).</source>
        <translation>Nach dieser Video-ID beginnen (Cursor).</translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="119"/>
        <source>Follow the cursor through every page.</source>
        <translation>Dem Cursor durch alle Seiten folgen.</translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="129"/>
        <source>The video id, e.g. video_68f1…</source>
        <translation>Die Video-ID, z. B. video_68f1…</translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="143"/>
        <source>Download a finished video&apos;s files (resumes a partial download).</source>
        <translation>Die Dateien eines fertigen Videos herunterladen (setzt einen unvollständigen Download fort).</translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="145"/>
        <source>video, thumbnail, spritesheet or all (default video).</source>
        <translation>video, thumbnail, spritesheet oder all (Standard: video).</translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="146"/>
        <source>Folder to save into (default: the current folder).</source>
        <translation>Zielordner (Standard: der aktuelle Ordner).</translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="147"/>
        <source>File name without extension (default: the video id).</source>
        <translation>Dateiname ohne Endung (Standard: die Video-ID).</translation>
    </message>
    <message>
        <source>Start a new video from a finished one with a changed prompt.</source>
        <translation type="vanished">Ein neues Video aus einem fertigen mit geändertem Prompt starten.</translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="154"/>
        <source>The new prompt, in quotes.</source>
        <translation>Der neue Prompt, in Anführungszeichen.</translation>
    </message>
    <message>
        <source>Wait for the remix and save it.</source>
        <translation type="vanished">Auf den Remix warten und ihn speichern.</translation>
    </message>
    <message>
        <source>Folder for the clip with --wait (default: %1).</source>
        <translation type="vanished">Ordner für den Clip mit --wait (Standard: %1).</translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="38"/>
        <source>usage: dailies videos list|get ID|delete ID|download ID|remix ID &quot;PROMPT&quot;|
                     edit ID &quot;PROMPT&quot;|extend ID &quot;PROMPT&quot; --seconds N|
                     create-character NAME FILE.mp4|get-character ID [options]
       dailies videos ACTION --help shows the options of one action.
</source>
        <translation>Aufruf: dailies videos list|get ID|delete ID|download ID|remix ID &quot;PROMPT&quot;|
                      edit ID &quot;PROMPT&quot;|extend ID &quot;PROMPT&quot; --seconds N|
                      create-character NAME FILE.mp4|get-character ID [Optionen]
        dailies videos ACTION --help zeigt die Optionen einer Aktion.
</translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="121"/>
        <source>Make a character from a 2 to 4 second MP4 clip (the raw API call; &apos;dailies characters add&apos; also keeps it in the library).</source>
        <translation>Eine Figur aus einem MP4-Clip von 2 bis 4 Sekunden erstellen (der reine API-Aufruf; „dailies characters add“ legt sie auch in der Bibliothek ab).</translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="123"/>
        <source>The character&apos;s name.</source>
        <translation>Der Name der Figur.</translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="124"/>
        <source>The MP4 clip.</source>
        <translation>Der MP4-Clip.</translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="126"/>
        <source>Show a character.</source>
        <translation>Eine Figur anzeigen.</translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="127"/>
        <source>The character id, e.g. char_…</source>
        <translation>Die Figuren-ID, z. B. char_…</translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="134"/>
        <source>Start a new video from a finished one, changed as the prompt says (billed). To wait for it and keep it in the library, use &apos;dailies edit ID &quot;PROMPT&quot;&apos;.</source>
        <translation>Ein neues Video aus einem fertigen starten, so geändert, wie der Prompt sagt (wird berechnet). Um darauf zu warten und es in der Bibliothek abzulegen, verwenden Sie „dailies edit ID &quot;PROMPT&quot;“.</translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="136"/>
        <source>Start an extension of a finished video by --seconds (billed). To wait for it and keep it in the library, use &apos;dailies extend ID &quot;PROMPT&quot; --seconds N&apos;.</source>
        <translation>Eine Verlängerung eines fertigen Videos um --seconds starten (wird berechnet). Um darauf zu warten und sie in der Bibliothek abzulegen, verwenden Sie „dailies extend ID &quot;PROMPT&quot; --seconds N“.</translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="138"/>
        <source>The prompt, in quotes.</source>
        <translation>Der Prompt, in Anführungszeichen.</translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="140"/>
        <source>How much to add: 4, 8, 12, 16 or 20 seconds.</source>
        <translation>Wie viel hinzukommt: 4, 8, 12, 16 oder 20 Sekunden.</translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="151"/>
        <source>Start a new video from a finished one with a changed prompt. To wait for it and keep it in the library, use &apos;dailies generate --remix-of ID &quot;PROMPT&quot;&apos;.</source>
        <translation>Startet ein neues Video aus einem fertigen mit geändertem Prompt. Um darauf zu warten und es in der Bibliothek zu behalten, „dailies generate --remix-of ID &quot;PROMPT&quot;“ verwenden.</translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="70"/>
        <source>dailies videos %1: expected %2 argument(s), got %3 (see --help).</source>
        <translation>dailies videos %1: %2 Argument(e) erwartet, %3 erhalten (siehe --help).</translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="165"/>
        <source>dailies videos list: --limit takes a number from 1 to 100.</source>
        <translation>dailies videos list: --limit erwartet eine Zahl von 1 bis 100.</translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="171"/>
        <source>dailies videos list: --order takes asc or desc.</source>
        <translation>dailies videos list: --order erwartet asc oder desc.</translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="185"/>
        <source>dailies videos download: --variant takes video, thumbnail, spritesheet or all, not &apos;%1&apos;.</source>
        <translation>dailies videos download: --variant erwartet video, thumbnail, spritesheet oder all, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="194"/>
        <source>dailies videos download: cannot create the folder &apos;%1&apos;.</source>
        <translation>dailies videos download: der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="270"/>
        <source>No videos.</source>
        <translation>Keine Videos.</translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="272"/>
        <source>More videos follow: --after %1, or --all.</source>
        <translation>Weitere Videos folgen: --after %1 oder --all.</translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="304"/>
        <source>deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="304"/>
        <source>not deleted: %1</source>
        <translation>nicht gelöscht: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="332"/>
        <source>resumed the %1 from byte %2</source>
        <translation>%1 ab Byte %2 fortgesetzt</translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="335"/>
        <source>downloading the %1</source>
        <translation>%1 wird heruntergeladen</translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="353"/>
        <source>dailies: the new video may have been created although the answer was lost; it was not sent again. Check with &apos;dailies videos list&apos;.</source>
        <translation>dailies: das neue Video wurde möglicherweise erstellt, obwohl die Antwort verloren ging; es wurde nicht erneut gesendet. Prüfen Sie mit „dailies videos list“.</translation>
    </message>
    <message>
        <source>dailies: the remix may have been created although its answer was lost; it was not sent again. Check with &apos;dailies videos list&apos;.</source>
        <translation type="vanished">dailies: der Remix wurde möglicherweise erstellt, obwohl seine Antwort verloren ging; er wurde nicht erneut gesendet. Prüfen Sie mit „dailies videos list“.</translation>
    </message>
    <message>
        <location filename="../src/cli/videoscommand.cpp" line="360"/>
        <source>Started remix %1 of %2. To wait for it and keep it in the library, use &apos;dailies generate --remix-of %2 &quot;PROMPT&quot;&apos; instead.</source>
        <translation>Remix %1 von %2 gestartet. Um darauf zu warten und ihn in der Bibliothek abzulegen, verwenden Sie stattdessen „dailies generate --remix-of %2 &quot;PROMPT&quot;“.</translation>
    </message>
</context>
<context>
    <name>Dailies::ClipRecord</name>
    <message>
        <location filename="../src/core/library/cliprecord.cpp" line="83"/>
        <source>sidecar &apos;%1&apos;: field &apos;%2&apos; %3</source>
        <translation>Sidecar „%1“: Feld „%2“ %3</translation>
    </message>
    <message>
        <location filename="../src/core/library/cliprecord.cpp" line="93"/>
        <location filename="../src/core/library/cliprecord.cpp" line="110"/>
        <location filename="../src/core/library/cliprecord.cpp" line="245"/>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../src/core/library/cliprecord.cpp" line="95"/>
        <source>is not an object</source>
        <translation>ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../src/core/library/cliprecord.cpp" line="105"/>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <location filename="../src/core/library/cliprecord.cpp" line="112"/>
        <source>is not a string</source>
        <translation>ist keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../src/core/library/cliprecord.cpp" line="124"/>
        <source>is not an ISO-8601 date and time (&apos;%1&apos;)</source>
        <translation>ist kein Datum mit Uhrzeit nach ISO 8601 („%1“)</translation>
    </message>
    <message>
        <location filename="../src/core/library/cliprecord.cpp" line="134"/>
        <source>is not true or false</source>
        <translation>ist nicht true oder false</translation>
    </message>
    <message>
        <location filename="../src/core/library/cliprecord.cpp" line="247"/>
        <source>is not a sidecar version</source>
        <translation>ist keine Sidecar-Version</translation>
    </message>
    <message>
        <location filename="../src/core/library/cliprecord.cpp" line="250"/>
        <source>is version %1; this Dailies reads up to %2</source>
        <translation>ist Version %1; dieses Dailies liest bis %2</translation>
    </message>
    <message>
        <location filename="../src/core/library/cliprecord.cpp" line="258"/>
        <source>(&apos;%1&apos;) does not match &apos;remote_id&apos; (&apos;%2&apos;)</source>
        <translation>(„%1“) stimmt nicht mit „remote_id“ („%2“) überein</translation>
    </message>
    <message>
        <location filename="../src/core/library/cliprecord.cpp" line="280"/>
        <location filename="../src/core/library/cliprecord.cpp" line="290"/>
        <source>is not a number or null</source>
        <translation>ist keine Zahl und nicht null</translation>
    </message>
    <message>
        <location filename="../src/core/library/cliprecord.cpp" line="310"/>
        <source>(&apos;%1&apos;) is not a file name beside the sidecar</source>
        <translation>(„%1“) ist kein Dateiname neben der Sidecar-Datei</translation>
    </message>
    <message>
        <location filename="../src/core/library/cliprecord.cpp" line="327"/>
        <location filename="../src/core/library/cliprecord.cpp" line="329"/>
        <source>is not a whole number from 0 to 5</source>
        <translation>ist keine ganze Zahl von 0 bis 5</translation>
    </message>
    <message>
        <location filename="../src/core/library/cliprecord.cpp" line="337"/>
        <source>holds something that is not a string</source>
        <translation>enthält etwas, das keine Zeichenkette ist</translation>
    </message>
    <message>
        <location filename="../src/core/library/cliprecord.cpp" line="343"/>
        <source>is not a list of strings</source>
        <translation>ist keine Liste von Zeichenketten</translation>
    </message>
</context>
<context>
    <name>Dailies::ComposePanel</name>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="305"/>
        <source>Demo (built in, free)</source>
        <translation>Demo (eingebaut, kostenlos)</translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="325"/>
        <source>The demo provider runs on this computer: it renders test clips in seconds, needs no key and bills nothing.</source>
        <translation>Der Demo-Anbieter läuft auf diesem Computer: Er erzeugt Testclips in Sekunden, braucht keinen Schlüssel und berechnet nichts.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="358"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="370"/>
        <source>Demo provider: nothing is billed.</source>
        <translation>Demo-Anbieter: es wird nichts berechnet.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="377"/>
        <source>Estimated cost: unknown for this model and size.</source>
        <translation>Geschätzte Kosten: für dieses Modell und diese Auflösung unbekannt.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="379"/>
        <source>Estimated cost: %1 %2</source>
        <translation>Geschätzte Kosten: %1 %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="389"/>
        <source>Budget: %1 of %2 %3 left this month</source>
        <translation>Budget: %1 von %2 %3 in diesem Monat übrig</translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="394"/>
        <source>The hard stop will refuse this: %1</source>
        <translation>Der harte Stopp wird dies ablehnen: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="397"/>
        <source> (%1 % used after this)</source>
        <translation> (danach %1 % verbraucht)</translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="417"/>
        <source>The image went to the reference slot.</source>
        <translation>Das Bild wurde in das Referenzfeld übernommen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="458"/>
        <source>Write a prompt first.</source>
        <translation>Schreiben Sie zuerst einen Prompt.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="467"/>
        <source>The reference image cannot be fitted to this size: %1</source>
        <translation>Das Referenzbild lässt sich nicht an diese Auflösung anpassen: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="473"/>
        <source>There is no provider profile named &apos;%1&apos; any more.</source>
        <translation>Es gibt kein Anbieterprofil namens „%1“ mehr.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="498"/>
        <source>The job engine is not running.</source>
        <translation>Die Auftragssteuerung läuft nicht.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="514"/>
        <source>The reference image could not be prepared: %1</source>
        <translation>Das Referenzbild konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="525"/>
        <source>The library already holds this take. Press Generate again to make another one.</source>
        <translation>Die Bibliothek enthält diesen Take bereits. Klicken Sie erneut auf Generieren, um einen weiteren zu erzeugen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="528"/>
        <source>This take is already in the queue. Press Generate again to make another one.</source>
        <translation>Dieser Take ist bereits in der Warteschlange. Klicken Sie erneut auf „Generieren“, um einen weiteren zu erstellen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="582"/>
        <source>No prompts in the history yet.</source>
        <translation>Noch keine Prompts im Verlauf.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel.cpp" line="582"/>
        <source>No earlier prompt.</source>
        <translation>Kein früherer Prompt.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel_presets.cpp" line="33"/>
        <source>There is no preset named &apos;%1&apos;.</source>
        <translation>Es gibt kein Preset namens „%1“.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel_presets.cpp" line="47"/>
        <source>Applied the preset &apos;%1&apos;. Ctrl+Z in the editor brings the earlier prompt back.</source>
        <translation>Preset „%1“ angewendet. Ctrl+Z im Editor holt den vorherigen Prompt zurück.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel_presets.cpp" line="54"/>
        <source>Saved the preset &apos;%1&apos;.</source>
        <translation>Preset „%1“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel_presets.cpp" line="61"/>
        <source>Renamed the preset &apos;%1&apos; to &apos;%2&apos;.</source>
        <translation>Preset „%1“ in „%2“ umbenannt.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel_presets.cpp" line="69"/>
        <source>Deleted the preset &apos;%1&apos;.</source>
        <translation>Preset „%1“ gelöscht.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel_presets.cpp" line="99"/>
        <source>No presets yet</source>
        <translation>Noch keine Presets</translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel_presets.cpp" line="108"/>
        <source>&amp;Save current as…</source>
        <translation>Aktuelle Einstellungen &amp;speichern als…</translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel_presets.cpp" line="111"/>
        <source>Save preset</source>
        <translation>Preset speichern</translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel_presets.cpp" line="111"/>
        <source>Name of the preset:</source>
        <translation>Name des Presets:</translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel_presets.cpp" line="113"/>
        <source>Replacing the preset &apos;%1&apos;.</source>
        <translation>Preset „%1“ wird ersetzt.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel_presets.cpp" line="117"/>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel_presets.cpp" line="118"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel_presets.cpp" line="123"/>
        <source>Rename preset</source>
        <translation>Preset umbenennen</translation>
    </message>
    <message>
        <location filename="../src/widgets/composepanel_presets.cpp" line="123"/>
        <source>New name for &apos;%1&apos;:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
</context>
<context>
    <name>Dailies::ConnectionTest</name>
    <message>
        <location filename="../src/widgets/settings/connectiontest.cpp" line="89"/>
        <source>Connected — the key works; no videos on this account yet.</source>
        <translation>Verbunden – der Schlüssel funktioniert; auf diesem Konto gibt es noch keine Videos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/settings/connectiontest.cpp" line="91"/>
        <source>Connected — the key works and videos are visible (%n shown, more on the server).</source>
        <translation>
            <numerusform>Verbunden – der Schlüssel funktioniert und Videos sind sichtbar (%n angezeigt, weitere auf dem Server).</numerusform>
            <numerusform>Verbunden – der Schlüssel funktioniert und Videos sind sichtbar (%n angezeigt, weitere auf dem Server).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/settings/connectiontest.cpp" line="92"/>
        <source>Connected — the key works; %n video(s) visible.</source>
        <translation>
            <numerusform>Verbunden – der Schlüssel funktioniert; %n Video sichtbar.</numerusform>
            <numerusform>Verbunden – der Schlüssel funktioniert; %n Videos sichtbar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/connectiontest.cpp" line="94"/>
        <source>Test cancelled.</source>
        <translation>Test abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/connectiontest.cpp" line="96"/>
        <source>The key was refused (%1). Check it in your provider&apos;s dashboard (Azure: the resource&apos;s Keys and Endpoint page), paste it again and test once more.</source>
        <translation>Der Schlüssel wurde abgelehnt (%1). Prüfen Sie ihn im Dashboard Ihres Anbieters (Azure: Seite „Schlüssel und Endpunkt“ der Ressource), fügen Sie ihn erneut ein und testen Sie noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/connectiontest.cpp" line="100"/>
        <source>%1 answered 404: the base URL is probably not the API&apos;s. It usually ends in /v1 (Azure: /openai/v1).</source>
        <translation>%1 antwortete mit 404: Die Basis-URL ist wahrscheinlich nicht die der API. Sie endet meist auf /v1 (Azure: /openai/v1).</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/connectiontest.cpp" line="104"/>
        <source>Cannot reach %1: %2. Check the address and your network.</source>
        <translation>%1 ist nicht erreichbar: %2. Prüfen Sie die Adresse und Ihr Netzwerk.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/connectiontest.cpp" line="106"/>
        <source>Connected, but the account has no quota left: %1</source>
        <translation>Verbunden, aber das Konto hat kein Kontingent mehr: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/connectiontest.cpp" line="108"/>
        <source>The provider answered with an error: %1</source>
        <translation>Der Anbieter antwortete mit einem Fehler: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/connectiontest.cpp" line="111"/>
        <source>(request id %1)</source>
        <translation>(Anfrage-ID %1)</translation>
    </message>
</context>
<context>
    <name>Dailies::Database</name>
    <message>
        <location filename="../src/core/storage/database.cpp" line="109"/>
        <source>Cannot create the folder &apos;%1&apos;.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/database.cpp" line="114"/>
        <source>Cannot read the library database &apos;%1&apos;: %2</source>
        <translation>Die Bibliotheksdatenbank „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/storage/database.cpp" line="117"/>
        <source>&apos;%1&apos; is not a Dailies library (it is not an SQLite database). It was left as it is; choose another library folder or move the file away.</source>
        <translation>„%1“ ist keine Dailies-Bibliothek (es ist keine SQLite-Datenbank). Sie wurde unverändert gelassen; wählen Sie einen anderen Bibliotheksordner oder verschieben Sie die Datei.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/database.cpp" line="125"/>
        <source>Cannot open the library database &apos;%1&apos;: %2</source>
        <translation>Die Bibliotheksdatenbank „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/storage/database.cpp" line="130"/>
        <source>The library database &apos;%1&apos; cannot be read (%2). It was left as it is; Dailies can start a fresh library elsewhere.</source>
        <translation>Die Bibliotheksdatenbank „%1“ kann nicht gelesen werden (%2). Sie wurde unverändert gelassen; Dailies kann anderswo eine neue Bibliothek anlegen.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/database.cpp" line="138"/>
        <source>&apos;%1&apos; belongs to another program (application id %2); Dailies will not change it. Choose another library folder.</source>
        <translation>„%1“ gehört zu einem anderen Programm (Anwendungs-ID %2); Dailies verändert sie nicht. Wählen Sie einen anderen Bibliotheksordner.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/database.cpp" line="144"/>
        <source>&apos;%1&apos; is an SQLite database of another program; Dailies will not change it. Choose another library folder.</source>
        <translation>„%1“ ist eine SQLite-Datenbank eines anderen Programms; Dailies verändert sie nicht. Wählen Sie einen anderen Bibliotheksordner.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/database.cpp" line="149"/>
        <source>The library &apos;%1&apos; was written by a newer Dailies (schema %2; this one knows up to %3). Update Dailies to open it.</source>
        <translation>Die Bibliothek „%1“ wurde von einem neueren Dailies geschrieben (Schema %2; diese Version kennt bis %3). Aktualisieren Sie Dailies, um sie zu öffnen.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/database.cpp" line="163"/>
        <source>The library database &apos;%1&apos; is damaged (%2). It was left as it is; &apos;dailies library rebuild&apos; can recreate it from the clips&apos; sidecars.</source>
        <translation>Die Bibliotheksdatenbank „%1“ ist beschädigt (%2). Sie wurde unverändert gelassen; „dailies library rebuild“ kann sie aus den Sidecar-Dateien der Clips neu aufbauen.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/database.cpp" line="174"/>
        <source>Cannot switch &apos;%1&apos; to WAL mode: %2</source>
        <translation>„%1“ kann nicht in den WAL-Modus geschaltet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/storage/database.cpp" line="322"/>
        <source>Cannot back up the library before updating it: %1</source>
        <translation>Die Bibliothek kann vor der Aktualisierung nicht gesichert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/storage/database.cpp" line="328"/>
        <source>Cannot back up the library before updating it to &apos;%1&apos;.</source>
        <translation>Die Bibliothek kann vor der Aktualisierung nicht nach „%1“ gesichert werden.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/database.cpp" line="334"/>
        <source>Migration %1 is missing from this build.</source>
        <translation>Migration %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/database.cpp" line="340"/>
        <source>The library is busy: another Dailies is probably updating it to this version, which takes a minute or more for a large library (%1). Nothing was changed; open it again when the other one has started.</source>
        <translation>Die Bibliothek ist belegt: Vermutlich aktualisiert ein anderes Dailies sie gerade auf diese Version, was bei einer großen Bibliothek eine Minute oder länger dauert (%1). Es wurde nichts geändert; öffnen Sie sie erneut, sobald das andere gestartet ist.</translation>
    </message>
    <message>
        <source>The library is busy (another program holds it): %1</source>
        <translation type="vanished">Die Bibliothek ist belegt (ein anderes Programm hält sie): %1</translation>
    </message>
    <message>
        <location filename="../src/core/storage/database.cpp" line="356"/>
        <source>Updating the library to schema %1 failed (%2); nothing was changed.</source>
        <translation>Die Aktualisierung der Bibliothek auf Schema %1 ist fehlgeschlagen (%2); es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/database.cpp" line="367"/>
        <source>Updating the library to schema %1 failed (%2).</source>
        <translation>Die Aktualisierung der Bibliothek auf Schema %1 ist fehlgeschlagen (%2).</translation>
    </message>
</context>
<context>
    <name>Dailies::ElementStrip</name>
    <message>
        <location filename="../src/widgets/elementstrip.cpp" line="105"/>
        <source>Prompt elements</source>
        <translation>Prompt-Elemente</translation>
    </message>
    <message>
        <location filename="../src/widgets/elementstrip.cpp" line="142"/>
        <source>%1: present</source>
        <translation>%1: vorhanden</translation>
    </message>
    <message>
        <location filename="../src/widgets/elementstrip.cpp" line="142"/>
        <source>%1: missing</source>
        <translation>%1: fehlt</translation>
    </message>
    <message>
        <location filename="../src/widgets/elementstrip.cpp" line="147"/>
        <source>%1 of %2 elements covered.</source>
        <translation>%1 von %2 Elementen abgedeckt.</translation>
    </message>
</context>
<context>
    <name>Dailies::FailureExplanation</name>
    <message>
        <location filename="../src/core/jobs/failureexplanation.cpp" line="110"/>
        <source>Nothing was made, so it was not billed.</source>
        <translation>Es wurde nichts erzeugt, also wurde auch nichts berechnet.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/failureexplanation.cpp" line="111"/>
        <source>It stopped on the provider and may still be billed.</source>
        <translation>Der Take wurde beim Anbieter abgebrochen und kann trotzdem berechnet werden.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/failureexplanation.cpp" line="121"/>
        <source>The provider refused the prompt before generating anything.</source>
        <translation>Der Anbieter hat den Prompt abgelehnt, bevor etwas generiert wurde.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/failureexplanation.cpp" line="123"/>
        <source>Reword the prompt (say it differently, drop names of real people and brands) and send it again.</source>
        <translation>Formulieren Sie den Prompt um (sagen Sie es anders, lassen Sie Namen realer Personen und Marken weg) und senden Sie ihn erneut.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/failureexplanation.cpp" line="128"/>
        <source>The prompt or the reference image goes against the provider&apos;s content policy.</source>
        <translation>Der Prompt oder das Referenzbild verstößt gegen die Inhaltsrichtlinien des Anbieters.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/failureexplanation.cpp" line="131"/>
        <source>Change what the policy forbids: real people or public figures, copyrighted characters or music, graphic content, a face in the reference image; then generate again.</source>
        <translation>Ändern Sie, was die Richtlinien verbieten: reale Personen oder Personen des öffentlichen Lebens, urheberrechtlich geschützte Figuren oder Musik, drastische Inhalte, ein Gesicht im Referenzbild; generieren Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/failureexplanation.cpp" line="137"/>
        <source>The provider&apos;s moderation blocked this take.</source>
        <translation>Die Moderation des Anbieters hat diesen Take blockiert.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/failureexplanation.cpp" line="139"/>
        <source>Reword the prompt (or use another reference image): avoid real people, public figures, copyrighted characters and graphic content, then generate again.</source>
        <translation>Formulieren Sie den Prompt um (oder verwenden Sie ein anderes Referenzbild): Vermeiden Sie reale Personen, Personen des öffentlichen Lebens, urheberrechtlich geschützte Figuren und drastische Inhalte, und generieren Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/failureexplanation.cpp" line="145"/>
        <source>The provider refused the API key.</source>
        <translation>Der Anbieter hat den API-Schlüssel abgelehnt.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/failureexplanation.cpp" line="146"/>
        <source>Open the provider&apos;s profile in Settings, enter a valid key and test the connection; then resume the queue.</source>
        <translation>Öffnen Sie das Profil des Anbieters in den Einstellungen, geben Sie einen gültigen Schlüssel ein und testen Sie die Verbindung; setzen Sie dann die Warteschlange fort.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/failureexplanation.cpp" line="152"/>
        <source>The account&apos;s quota or billing limit is used up.</source>
        <translation>Das Kontingent oder Abrechnungslimit des Kontos ist aufgebraucht.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/failureexplanation.cpp" line="153"/>
        <source>Retrying cannot help: the queue stopped sending. Raise the limit or add credit with the provider, then resume the queue.</source>
        <translation>Ein erneuter Versuch hilft nicht: Die Warteschlange sendet nicht mehr. Erhöhen Sie das Limit oder laden Sie beim Anbieter Guthaben auf, und setzen Sie dann die Warteschlange fort.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/failureexplanation.cpp" line="159"/>
        <source>The provider asked us to slow down (rate limit).</source>
        <translation>Der Anbieter hat um eine Pause gebeten (Ratenbegrenzung).</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/failureexplanation.cpp" line="161"/>
        <source>Nothing to do: it will be sent again at %1.</source>
        <translation>Nichts zu tun: Er wird um %1 erneut gesendet.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/failureexplanation.cpp" line="162"/>
        <source>Nothing to do: it will be sent again shortly.</source>
        <translation>Nichts zu tun: Er wird in Kürze erneut gesendet.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/failureexplanation.cpp" line="166"/>
        <source>The provider could not be reached.</source>
        <translation>Der Anbieter war nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/failureexplanation.cpp" line="168"/>
        <source>Check the network connection; the next attempt is at %1.</source>
        <translation>Prüfen Sie die Netzwerkverbindung; der nächste Versuch erfolgt um %1.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/failureexplanation.cpp" line="170"/>
        <source>Check the network connection and the profile&apos;s address; it will try again.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und die Adresse des Profils; es wird erneut versucht.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/failureexplanation.cpp" line="174"/>
        <source>The provider had trouble answering.</source>
        <translation>Der Anbieter hatte Probleme beim Antworten.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/failureexplanation.cpp" line="176"/>
        <source>This is on the provider&apos;s side; the next attempt is at %1.</source>
        <translation>Das Problem liegt beim Anbieter; der nächste Versuch erfolgt um %1.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/failureexplanation.cpp" line="178"/>
        <source>This is on the provider&apos;s side; retry the take later.</source>
        <translation>Das Problem liegt beim Anbieter; versuchen Sie den Take später erneut.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/failureexplanation.cpp" line="182"/>
        <source>The provider refused the request.</source>
        <translation>Der Anbieter hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/failureexplanation.cpp" line="183"/>
        <source>The provider refused the setting &apos;%1&apos;.</source>
        <translation>Der Anbieter hat die Einstellung „%1“ abgelehnt.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/failureexplanation.cpp" line="184"/>
        <source>Change the model, size, duration or reference image to one this provider takes, then generate again.</source>
        <translation>Wählen Sie ein Modell, eine Auflösung, eine Dauer oder ein Referenzbild, das dieser Anbieter akzeptiert, und generieren Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/failureexplanation.cpp" line="189"/>
        <source>The answer to this take&apos;s request was lost.</source>
        <translation>Die Antwort auf die Anfrage dieses Takes ging verloren.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/failureexplanation.cpp" line="190"/>
        <source>It may or may not have been made (and billed). Look at the provider&apos;s video list first; retry only if it is not there.</source>
        <translation>Er wurde möglicherweise erstellt (und berechnet). Sehen Sie zuerst in der Videoliste des Anbieters nach; versuchen Sie es nur erneut, wenn er dort nicht steht.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/failureexplanation.cpp" line="196"/>
        <source>This take stopped making progress on the provider.</source>
        <translation>Dieser Take kommt beim Anbieter nicht mehr voran.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/failureexplanation.cpp" line="197"/>
        <source>Cancel it and retry, or keep waiting if the provider is busy.</source>
        <translation>Brechen Sie ihn ab und versuchen Sie es erneut, oder warten Sie weiter, falls der Anbieter ausgelastet ist.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/failureexplanation.cpp" line="201"/>
        <source>The provider no longer has this take.</source>
        <translation>Der Anbieter hat diesen Take nicht mehr.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/failureexplanation.cpp" line="203"/>
        <source>Its files expired or were deleted before they were saved; generate it again.</source>
        <translation>Seine Dateien sind abgelaufen oder wurden gelöscht, bevor sie gespeichert wurden; generieren Sie ihn erneut.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/failureexplanation.cpp" line="207"/>
        <source>The clip could not be saved on this computer.</source>
        <translation>Der Clip konnte auf diesem Computer nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/failureexplanation.cpp" line="208"/>
        <source>Free some space or choose another library folder; the take keeps its place and is saved again.</source>
        <translation>Schaffen Sie Speicherplatz oder wählen Sie einen anderen Bibliotheksordner; der Take behält seinen Platz und wird erneut gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/failureexplanation.cpp" line="213"/>
        <source>The provider&apos;s profile cannot be used as it is.</source>
        <translation>Das Profil des Anbieters ist so nicht verwendbar.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/failureexplanation.cpp" line="214"/>
        <source>Open the profile in Settings and check its address and key.</source>
        <translation>Öffnen Sie das Profil in den Einstellungen und prüfen Sie Adresse und Schlüssel.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/failureexplanation.cpp" line="218"/>
        <source>The provider could not make this take.</source>
        <translation>Der Anbieter konnte diesen Take nicht erzeugen.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/failureexplanation.cpp" line="219"/>
        <source>Retry it; if it fails again, change the prompt or settings.</source>
        <translation>Versuchen Sie es erneut; schlägt es wieder fehl, ändern Sie den Prompt oder die Einstellungen.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/failureexplanation.cpp" line="233"/>
        <source>Provider said: %1</source>
        <translation>Meldung des Anbieters: %1</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/failureexplanation.cpp" line="235"/>
        <source>Request id: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
</context>
<context>
    <name>Dailies::FileNameTemplate</name>
    <message>
        <location filename="../src/core/library/filenametemplate.cpp" line="22"/>
        <source>The file name template is empty.</source>
        <translation>Die Dateinamensvorlage ist leer.</translation>
    </message>
    <message>
        <location filename="../src/core/library/filenametemplate.cpp" line="26"/>
        <source>The file name template contains &apos;\&apos;; use &apos;/&apos; to make subfolders.</source>
        <translation>Die Dateinamensvorlage enthält „\“; verwenden Sie „/“ für Unterordner.</translation>
    </message>
    <message>
        <location filename="../src/core/library/filenametemplate.cpp" line="30"/>
        <source>The file name template must be a path inside the library folder, not an absolute path.</source>
        <translation>Die Dateinamensvorlage muss ein Pfad innerhalb des Bibliotheksordners sein, kein absoluter Pfad.</translation>
    </message>
    <message>
        <location filename="../src/core/library/filenametemplate.cpp" line="36"/>
        <source>The file name template has an empty folder name (&apos;//&apos; or a &apos;/&apos; at the end).</source>
        <translation>Die Dateinamensvorlage hat einen leeren Ordnernamen („//“ oder „/“ am Ende).</translation>
    </message>
    <message>
        <location filename="../src/core/library/filenametemplate.cpp" line="40"/>
        <source>The file name template contains &apos;%1&apos;, which would leave the library folder.</source>
        <translation>Die Dateinamensvorlage enthält „%1“, womit der Bibliotheksordner verlassen würde.</translation>
    </message>
    <message>
        <location filename="../src/core/library/filenametemplate.cpp" line="56"/>
        <source>The file name template has an unmatched &apos;{&apos; or &apos;}&apos; in &apos;%1&apos;.</source>
        <translation>Die Dateinamensvorlage hat eine nicht passende „{“ oder „}“ in „%1“.</translation>
    </message>
    <message>
        <location filename="../src/core/library/filenametemplate.cpp" line="80"/>
        <source>In {prompt:%1} the length must be a whole number from 1 to %2.</source>
        <translation>In {prompt:%1} muss die Länge eine ganze Zahl von 1 bis %2 sein.</translation>
    </message>
    <message>
        <location filename="../src/core/library/filenametemplate.cpp" line="99"/>
        <source>The file name template has an unknown placeholder {%1}. Known ones: {date} {time} {prompt:N} {model} {size} {seconds} {id} {project}.</source>
        <translation>Die Dateinamensvorlage hat einen unbekannten Platzhalter {%1}. Bekannt sind: {date} {time} {prompt:N} {model} {size} {seconds} {id} {project}.</translation>
    </message>
    <message>
        <location filename="../src/core/library/filenametemplate.cpp" line="105"/>
        <source>The placeholder {%1} takes no &apos;:&apos; argument.</source>
        <translation>Der Platzhalter {%1} akzeptiert kein „:“-Argument.</translation>
    </message>
</context>
<context>
    <name>Dailies::FrameGrabber</name>
    <message>
        <location filename="../src/media/framegrabber.cpp" line="22"/>
        <source>No frame arrived in time; the clip may not be playable here.</source>
        <translation>Es kam nicht rechtzeitig ein Bild an; der Clip ist hier womöglich nicht abspielbar.</translation>
    </message>
    <message>
        <location filename="../src/media/framegrabber.cpp" line="37"/>
        <source>The clip cannot be decoded: %1</source>
        <translation>Der Clip kann nicht dekodiert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/media/framegrabber.cpp" line="39"/>
        <source>The clip ended before the frame at %1 ms.</source>
        <translation>Der Clip endete vor dem Bild bei %1 ms.</translation>
    </message>
    <message>
        <location filename="../src/media/framegrabber.cpp" line="44"/>
        <source>The clip cannot be played: %1</source>
        <translation>Der Clip kann nicht abgespielt werden: %1</translation>
    </message>
    <message>
        <location filename="../src/media/framegrabber.cpp" line="66"/>
        <source>&apos;%1&apos; does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../src/media/framegrabber.cpp" line="77"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Dailies::HistoryPopup</name>
    <message>
        <location filename="../src/widgets/historypopup.cpp" line="32"/>
        <source>Prompt history</source>
        <translation>Prompt-Verlauf</translation>
    </message>
    <message>
        <location filename="../src/widgets/historypopup.cpp" line="35"/>
        <source>Filter the prompt history</source>
        <translation>Prompt-Verlauf filtern</translation>
    </message>
    <message>
        <location filename="../src/widgets/historypopup.cpp" line="36"/>
        <source>Filter recent prompts…</source>
        <translation>Letzte Prompts filtern…</translation>
    </message>
    <message>
        <location filename="../src/widgets/historypopup.cpp" line="39"/>
        <source>Recent prompts</source>
        <translation>Letzte Prompts</translation>
    </message>
    <message>
        <location filename="../src/widgets/historypopup.cpp" line="67"/>
        <source>Used %1

%2</source>
        <translation>Verwendet %1

%2</translation>
    </message>
    <message>
        <location filename="../src/widgets/historypopup.cpp" line="72"/>
        <source>No prompts yet: the ones you generate appear here.</source>
        <translation>Noch keine Prompts: Die von Ihnen generierten erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../src/widgets/historypopup.cpp" line="73"/>
        <source>No recent prompt matches.</source>
        <translation>Kein letzter Prompt passt.</translation>
    </message>
</context>
<context>
    <name>Dailies::ImageProbe</name>
    <message>
        <location filename="../src/core/util/imageprobe.cpp" line="119"/>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Dailies::InfoTabs</name>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="27"/>
        <source>Clip details</source>
        <translation>Clip-Details</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="31"/>
        <source>Server response</source>
        <translation>Serverantwort</translation>
    </message>
    <message>
        <source>Remix chain</source>
        <translation type="vanished">Remix-Kette</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="38"/>
        <source>Press Enter or double-click to select a clip</source>
        <translation>Drücken Sie Enter oder doppelklicken Sie, um einen Clip auszuwählen</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="43"/>
        <source>Clip information</source>
        <translation>Clip-Informationen</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="44"/>
        <source>&amp;Details</source>
        <translation>Detai&amp;ls</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="45"/>
        <source>Res&amp;ponse</source>
        <translation>Ant&amp;wort</translation>
    </message>
    <message>
        <source>Remi&amp;x chain</source>
        <translation type="vanished">Remi&amp;x-Kette</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="116"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="117"/>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="118"/>
        <source>Size: %1</source>
        <translation>Auflösung: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="119"/>
        <source>Duration: %1 s</source>
        <translation>Dauer: %1 s</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="120"/>
        <source>Provider: %1</source>
        <translation>Anbieter: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="121"/>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="124"/>
        <source>Cost: %1</source>
        <translation>Kosten: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="125"/>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="127"/>
        <source>Video id: %1</source>
        <translation>Video-ID: %1</translation>
    </message>
    <message>
        <source>Remix of: %1</source>
        <translation type="vanished">Remix von: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="37"/>
        <source>Lineage</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="46"/>
        <source>&amp;Lineage</source>
        <translation>&amp;Herkunft</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="128"/>
        <source>Made from: %1</source>
        <translation>Entstanden aus: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="131"/>
        <source>Job: %1</source>
        <translation>Auftrag: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="134"/>
        <source>Clip: %1</source>
        <translation>Clip: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="135"/>
        <source>Submitted: %1</source>
        <translation>Gesendet: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="136"/>
        <source>Created: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="137"/>
        <source>Finished: %1</source>
        <translation>Fertig: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="140"/>
        <source>Elapsed: %1 s</source>
        <translation>Dauer bisher: %1 s</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="144"/>
        <source>Video file: %1</source>
        <translation>Videodatei: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="145"/>
        <source>Thumbnail: %1</source>
        <translation>Vorschaubild: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="149"/>
        <source>Picture: %1</source>
        <translation>Bild: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="150"/>
        <source>%1, %2×%3, %4 fps, %5 frames</source>
        <translation>%1, %2×%3, %4 fps, %5 Bilder</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="156"/>
        <source>Length: %1 s</source>
        <translation>Länge: %1 s</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="157"/>
        <source>Sound: %1</source>
        <translation>Ton: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="157"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="169"/>
        <source>No response from the server yet.</source>
        <translation>Noch keine Antwort vom Server.</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="181"/>
        <source>Remix</source>
        <translation>Remix</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="183"/>
        <source>Edit</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="185"/>
        <source>Extension</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="186"/>
        <source>Made from another</source>
        <translation>Aus einem anderen Clip</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="186"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="191"/>
        <source>length unknown</source>
        <translation>Länge unbekannt</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="191"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="215"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="220"/>
        <source>Made from %1 (not in the library)</source>
        <translation>Entstanden aus %1 (nicht in der Bibliothek)</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="232"/>
        <source>↳ %1</source>
        <translation>↳ %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="234"/>
        <source>↳ %1 in progress · %2</source>
        <translation>↳ %1 in Arbeit · %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="238"/>
        <source>Nothing made from this clip yet: remix (Ctrl+R), edit or extend it.</source>
        <translation>Aus diesem Clip ist noch nichts entstanden: remixen (Strg+R), bearbeiten oder verlängern Sie ihn.</translation>
    </message>
    <message>
        <source>Remix of %1 (not in the library)</source>
        <translation type="vanished">Remix von %1 (nicht in der Bibliothek)</translation>
    </message>
    <message>
        <source>Parent: %1</source>
        <translation type="vanished">Ursprung: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/infotabs.cpp" line="227"/>
        <source>This clip: %1</source>
        <translation>Dieser Clip: %1</translation>
    </message>
    <message>
        <source>Remix: %1</source>
        <translation type="vanished">Remix: %1</translation>
    </message>
    <message>
        <source>Remix in progress: %1</source>
        <translation type="vanished">Remix läuft: %1</translation>
    </message>
    <message>
        <source>No remixes yet. Press Ctrl+R to remix this clip.</source>
        <translation type="vanished">Noch keine Remixe. Drücken Sie Ctrl+R, um diesen Clip zu remixen.</translation>
    </message>
</context>
<context>
    <name>Dailies::JobEngine</name>
    <message>
        <location filename="../src/core/jobs/jobengine.cpp" line="150"/>
        <location filename="../src/core/jobs/jobengine.cpp" line="194"/>
        <source>There is no clip %1 in the library.</source>
        <translation>Es gibt keinen Clip %1 in der Bibliothek.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine.cpp" line="154"/>
        <source>&apos;%1&apos; was not made by a provider Dailies knows, so it has no settings to render again.</source>
        <translation>„%1“ stammt nicht von einem Anbieter, den Dailies kennt, und hat daher keine Einstellungen zum erneuten Rendern.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine.cpp" line="157"/>
        <source>&apos;%1&apos; is a remix; render its original instead.</source>
        <translation>„%1“ ist ein Remix; rendern Sie stattdessen das Original.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine.cpp" line="159"/>
        <source>The take has no prompt to render again.</source>
        <translation>Der Take hat keinen Prompt zum erneuten Rendern.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine.cpp" line="165"/>
        <source>&apos;%1&apos; was made on %2, and profile &apos;%3&apos; has no model beyond it to render a final on.</source>
        <translation>„%1“ wurde mit %2 erstellt, und Profil „%3“ hat kein besseres Modell für ein finales Rendering.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine.cpp" line="176"/>
        <source>&apos;%1&apos; was made from the reference image %2, which is no longer in the library; render it from the Compose panel with the image instead.</source>
        <translation>„%1“ wurde aus dem Referenzbild %2 erstellt, das nicht mehr in der Bibliothek ist; rendern Sie ihn stattdessen links im Prompt-Bereich mit dem Bild.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine.cpp" line="192"/>
        <source>&apos;%1&apos; was not made by a provider Dailies knows, so it cannot be changed there.</source>
        <translation>„%1“ wurde nicht von einem Anbieter erstellt, den Dailies kennt, und kann dort daher nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine_submit.cpp" line="66"/>
        <source>Another program updated this library for a newer Dailies; update Dailies to queue jobs.</source>
        <translation>Ein anderes Programm hat diese Bibliothek für ein neueres Dailies aktualisiert; aktualisieren Sie Dailies, um Aufträge einzureihen.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine_submit.cpp" line="69"/>
        <source>A %1 needs the video it starts from.</source>
        <translation>Ein Auftrag vom Typ %1 braucht das Video, von dem er ausgeht.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine_submit.cpp" line="70"/>
        <source>A create starts from no video; ask for a remix, edit or extension instead.</source>
        <translation>Eine Neuerstellung geht von keinem Video aus; verlangen Sie stattdessen einen Remix, eine Bearbeitung oder eine Verlängerung.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine_submit.cpp" line="84"/>
        <source>Variations must be from 1 to 8 (got %1).</source>
        <translation>Varianten müssen zwischen 1 und 8 liegen (erhalten: %1).</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine_submit.cpp" line="86"/>
        <source>No provider profile was given.</source>
        <translation>Es wurde kein Anbieterprofil angegeben.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine_submit.cpp" line="99"/>
        <source>An extension takes no characters and no reference image: it continues its source as it is.</source>
        <translation>Eine Verlängerung nimmt keine Figuren und kein Referenzbild: sie setzt ihre Quelle so fort, wie sie ist.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine_submit.cpp" line="107"/>
        <source>&apos;%1&apos; is %2 s long; %3 s more would make %4 s, and extensions make a clip at most %5 s long.</source>
        <translation>„%1“ ist %2 s lang; %3 s mehr ergäben %4 s, und Verlängerungen machen einen Clip höchstens %5 s lang.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine_submit.cpp" line="112"/>
        <source>&apos;%1&apos; is already the %2th extension of its clip, the most there can be.</source>
        <translation>„%1“ ist bereits die %2. Verlängerung seines Clips, mehr sind nicht möglich.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine_submit.cpp" line="121"/>
        <source>The library has no character %1 for profile &apos;%2&apos;; add it first (dailies characters get %1).</source>
        <translation>Die Bibliothek hat keine Figur %1 für Profil „%2“; fügen Sie sie zuerst hinzu (dailies characters get %1).</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine_submit.cpp" line="124"/>
        <source>The prompt must name the character &apos;%1&apos; exactly as it is written, or the provider refuses it.</source>
        <translation>Der Prompt muss die Figur „%1“ genau so nennen, wie sie geschrieben wird, sonst lehnt der Anbieter ihn ab.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine_submit.cpp" line="153"/>
        <source>The library already has this take (same prompt and settings): %1. Submit again only if you want to pay for another one.</source>
        <translation>Die Bibliothek hat diesen Take bereits (gleicher Prompt, gleiche Einstellungen): %1. Senden Sie ihn nur erneut, wenn Sie für einen weiteren bezahlen möchten.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine_submit.cpp" line="165"/>
        <source>The same take (same prompt and settings) is already in the queue as job %1. Submit again only if you want to pay for another one.</source>
        <translation>Derselbe Take (gleicher Prompt, gleiche Einstellungen) ist bereits als Auftrag %1 in der Warteschlange. Senden Sie ihn nur erneut, wenn Sie für einen weiteren bezahlen möchten.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine_submit.cpp" line="180"/>
        <source>The library is busy (another Dailies is writing to it); nothing was queued. Try again.</source>
        <translation>Die Bibliothek ist belegt (ein anderes Dailies schreibt gerade); nichts wurde eingereiht. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine_submit.cpp" line="202"/>
        <source>Cannot save the jobs: %1</source>
        <translation>Die Aufträge können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine_claims.cpp" line="50"/>
        <source>Another program updated this library for a newer Dailies. This one no longer sends or follows jobs; update Dailies and start it again.</source>
        <translation>Ein anderes Programm hat diese Bibliothek für ein neueres Dailies aktualisiert. Dieses sendet und verfolgt keine Aufträge mehr; aktualisieren Sie Dailies und starten Sie es neu.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine_claims.cpp" line="204"/>
        <source>The library is busy (another Dailies holds it); jobs wait a moment.</source>
        <translation>Die Bibliothek ist belegt (ein anderes Dailies hält sie); Aufträge warten einen Moment.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine_schedule.cpp" line="129"/>
        <source>The provider has reported %1 % (%2) for %3 s without moving; it seems stuck. It may still finish: check it later, or retry.</source>
        <translation>Der Anbieter meldet seit %3 s unverändert %1 % (%2); der Auftrag scheint zu hängen. Er kann noch fertig werden: Prüfen Sie ihn später oder versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine_schedule.cpp" line="188"/>
        <source>Profile &apos;%1&apos; cannot be used (no API key?); the job waits.</source>
        <translation>Profil „%1“ kann nicht verwendet werden (kein API-Schlüssel?); der Auftrag wartet.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine_submit.cpp" line="289"/>
        <source>The queue is paused: %1</source>
        <translation>Die Warteschlange ist angehalten: %1</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine_reconcile.cpp" line="52"/>
        <source>The answer to this job&apos;s create was lost and profile &apos;%1&apos; cannot be asked about it now; it will be checked when the profile works again.</source>
        <translation>Die Antwort auf das Erstellen dieses Auftrags ging verloren, und Profil „%1“ kann gerade nicht danach gefragt werden; es wird geprüft, sobald das Profil wieder funktioniert.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine_reconcile.cpp" line="76"/>
        <source>The answer to this job&apos;s request was lost, and profile &apos;%1&apos; has no list of videos (%2) to find out whether it was carried out. It was not sent again, so nothing is paid twice. Check the provider&apos;s videos; retry the job if it was not made.</source>
        <translation>Die Antwort auf die Anfrage dieses Auftrags ging verloren, und Profil „%1“ hat keine Videoliste (%2), um herauszufinden, ob sie ausgeführt wurde. Sie wurde nicht erneut gesendet, damit nichts doppelt bezahlt wird. Prüfen Sie die Videos beim Anbieter; wiederholen Sie den Auftrag, falls er nicht erstellt wurde.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine_reconcile.cpp" line="87"/>
        <source>Checking whether the lost create was carried out failed: %1</source>
        <translation>Die Prüfung, ob das verlorene Erstellen ausgeführt wurde, ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine_reconcile.cpp" line="127"/>
        <source>The answer to this job&apos;s create was lost, and the provider&apos;s list shows no job that is certainly this one. It was not sent again, so nothing is paid twice. Check the provider&apos;s videos; retry the job if it was not made.</source>
        <translation>Die Antwort auf das Erstellen dieses Auftrags ging verloren, und die Liste des Anbieters zeigt keinen Auftrag, der sicher dieser ist. Er wurde nicht erneut gesendet, damit nichts doppelt bezahlt wird. Prüfen Sie die Videos beim Anbieter; versuchen Sie den Auftrag erneut, falls er nicht erstellt wurde.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine_follow.cpp" line="33"/>
        <source>The provider made video %1 for this job, but the library already gives it to another job. It was not sent again; check the provider&apos;s videos.</source>
        <translation>Der Anbieter hat Video %1 für diesen Auftrag erstellt, aber die Bibliothek ordnet es bereits einem anderen Auftrag zu. Er wurde nicht erneut gesendet; prüfen Sie die Videos beim Anbieter.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine_follow.cpp" line="74"/>
        <source>The provider gave no reason.</source>
        <translation>Der Anbieter hat keinen Grund genannt.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine_follow.cpp" line="209"/>
        <source>Progress could not be saved: %1</source>
        <translation>Der Fortschritt konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine_follow.cpp" line="252"/>
        <source>The provider no longer knows this job (%1).</source>
        <translation>Der Anbieter kennt diesen Auftrag nicht mehr (%1).</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine_download.cpp" line="35"/>
        <source>Cannot write into the library folder &apos;%1&apos;; the job keeps its place and will try again. Check that the folder exists, is writable and has free space.</source>
        <translation>In den Bibliotheksordner „%1“ kann nicht geschrieben werden; der Auftrag behält seinen Platz und versucht es erneut. Prüfen Sie, ob der Ordner existiert, beschreibbar ist und freien Speicherplatz hat.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine_download.cpp" line="100"/>
        <source>The clip&apos;s files expired on the provider before they could be saved (%1).</source>
        <translation>Die Dateien des Clips sind beim Anbieter abgelaufen, bevor sie gespeichert werden konnten (%1).</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine_download.cpp" line="109"/>
        <source>Job %1 could not be saved: %2 It keeps its place and will try again.</source>
        <translation>Auftrag %1 konnte nicht gespeichert werden: %2 Er behält seinen Platz und versucht es erneut.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine_download.cpp" line="188"/>
        <source>The clip could not be put into the library: %1 The job keeps its files and will try again.</source>
        <translation>Der Clip konnte nicht in die Bibliothek übernommen werden: %1 Der Auftrag behält seine Dateien und versucht es erneut.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine_queue.cpp" line="132"/>
        <source>The library is busy; try again in a moment.</source>
        <translation>Die Bibliothek ist belegt; bitte gleich erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine_queue.cpp" line="164"/>
        <source>Job %1 is cancelled here; the provider keeps running it (%2). It is deleted there once it has finished.</source>
        <translation>Auftrag %1 ist hier abgebrochen; beim Anbieter läuft er weiter (%2). Er wird dort gelöscht, sobald er fertig ist.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine_queue.cpp" line="247"/>
        <source>Job %1 was sent by another process a moment ago, so it cannot be moved.</source>
        <translation>Auftrag %1 wurde gerade von einem anderen Prozess gesendet und kann daher nicht verschoben werden.</translation>
    </message>
    <message>
        <source>%1 % of this month&apos;s budget is spent (%2 of %3 %4).</source>
        <translation type="vanished">%1 % des Monatsbudgets sind ausgegeben (%2 von %3 %4).</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine_queue.cpp" line="95"/>
        <location filename="../src/core/jobs/jobengine_queue.cpp" line="200"/>
        <source>There is no job %1.</source>
        <translation>Es gibt keinen Auftrag %1.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine_queue.cpp" line="97"/>
        <source>Job %1 has already ended (%2).</source>
        <translation>Auftrag %1 ist bereits beendet (%2).</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine_queue.cpp" line="49"/>
        <location filename="../src/core/jobs/jobengine_queue.cpp" line="142"/>
        <source>Job %1 changed while it was being cancelled; look at it again.</source>
        <translation>Auftrag %1 hat sich während des Abbrechens geändert; bitte erneut prüfen.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine_queue.cpp" line="55"/>
        <source>Job %1 could not be cancelled: %2</source>
        <translation>Auftrag %1 konnte nicht abgebrochen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine_queue.cpp" line="61"/>
        <source>Job %1&apos;s create may have reached the provider; run the queue to find out before cancelling.</source>
        <translation>Das Erstellen von Auftrag %1 hat den Anbieter möglicherweise erreicht; lassen Sie die Warteschlange laufen, um es vor dem Abbrechen herauszufinden.</translation>
    </message>
    <message>
        <source>Job %1 is cancelled here; the provider keeps running it (%2).</source>
        <translation type="vanished">Auftrag %1 ist hier abgebrochen; beim Anbieter läuft er weiter (%2).</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine_queue.cpp" line="205"/>
        <source>Job %1 is still %2; cancel it first or wait.</source>
        <translation>Auftrag %1 ist noch %2; brechen Sie ihn zuerst ab oder warten Sie.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobengine_queue.cpp" line="229"/>
        <source>Job %1 is not waiting in the queue, so it cannot be moved.</source>
        <translation>Auftrag %1 wartet nicht in der Warteschlange und kann daher nicht verschoben werden.</translation>
    </message>
</context>
<context>
    <name>Dailies::JobNotifier</name>
    <message>
        <location filename="../src/widgets/jobnotifier.cpp" line="66"/>
        <source>A take needs you</source>
        <translation>Ein Take braucht Sie</translation>
    </message>
    <message>
        <location filename="../src/widgets/jobnotifier.cpp" line="70"/>
        <source>Take ready</source>
        <translation>Take fertig</translation>
    </message>
</context>
<context>
    <name>Dailies::JobStore</name>
    <message>
        <location filename="../src/core/jobs/jobstore.cpp" line="168"/>
        <source>Cannot save the job: %1</source>
        <translation>Der Auftrag kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobstore.cpp" line="234"/>
        <source>Cannot save job %1: %2</source>
        <translation>Auftrag %1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Dailies::JobsPage</name>
    <message>
        <location filename="../src/widgets/settings/jobspage.cpp" line="19"/>
        <source> s</source>
        <translation> s</translation>
    </message>
</context>
<context>
    <name>Dailies::KeychainSecretStore</name>
    <message>
        <location filename="../src/core/settings/keychainsecretstore.cpp" line="75"/>
        <source>system keychain</source>
        <translation>Systemschlüsselbund</translation>
    </message>
</context>
<context>
    <name>Dailies::LanguagePage</name>
    <message>
        <location filename="../src/widgets/settings/languagepage.cpp" line="18"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>Dailies::Library</name>
    <message>
        <location filename="../src/core/library/library_files.cpp" line="34"/>
        <source>The system trash is not available (no data folder).</source>
        <translation>Der Papierkorb des Systems ist nicht verfügbar (kein Datenordner).</translation>
    </message>
    <message>
        <location filename="../src/core/library/library_files.cpp" line="152"/>
        <location filename="../src/core/library/library_p.cpp" line="244"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/library/library_p.cpp" line="251"/>
        <source>%1: not a JSON object (%2 at offset %3)</source>
        <translation>%1: kein JSON-Objekt (%2 bei Offset %3)</translation>
    </message>
    <message>
        <location filename="../src/core/library/library_p.cpp" line="284"/>
        <location filename="../src/core/library/library_p.cpp" line="289"/>
        <source>Cannot write the sidecar &apos;%1&apos;: %2</source>
        <translation>Die Sidecar-Datei „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/library/library_p.cpp" line="333"/>
        <source>Cannot add the clip to the library database: %1</source>
        <translation>Der Clip kann nicht zur Bibliotheksdatenbank hinzugefügt werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/library/library_files.cpp" line="69"/>
        <location filename="../src/core/library/library_files.cpp" line="214"/>
        <location filename="../src/core/library/library_p.cpp" line="345"/>
        <source>There is no clip %1 in the library.</source>
        <translation>Es gibt keinen Clip %1 in der Bibliothek.</translation>
    </message>
    <message>
        <location filename="../src/core/library/library_p.cpp" line="361"/>
        <location filename="../src/core/library/library_p.cpp" line="368"/>
        <source>Cannot change the clip: %1</source>
        <translation>Der Clip kann nicht geändert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/library/library.cpp" line="108"/>
        <source>Cannot create the library folder &apos;%1&apos;.</source>
        <translation>Der Bibliotheksordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../src/core/library/library.cpp" line="111"/>
        <source>The library folder &apos;%1&apos; is not writable: %2</source>
        <translation>Der Bibliotheksordner „%1“ ist nicht beschreibbar: %2</translation>
    </message>
    <message>
        <location filename="../src/core/library/library_commit.cpp" line="131"/>
        <source>A clip needs a provider profile and the provider&apos;s video id.</source>
        <translation>Ein Clip braucht ein Anbieterprofil und die Video-ID des Anbieters.</translation>
    </message>
    <message>
        <location filename="../src/core/library/library_commit.cpp" line="133"/>
        <source>&apos;%1&apos; is not a file name inside the library folder.</source>
        <translation>„%1“ ist kein Dateiname innerhalb des Bibliotheksordners.</translation>
    </message>
    <message>
        <location filename="../src/core/library/library_commit.cpp" line="137"/>
        <source>The job could not be marked as done; the clip was kept.</source>
        <translation>Der Auftrag konnte nicht als erledigt markiert werden; der Clip wurde behalten.</translation>
    </message>
    <message>
        <location filename="../src/core/library/library_commit.cpp" line="198"/>
        <location filename="../src/core/library/library_files.cpp" line="197"/>
        <source>Cannot update the library database: %1</source>
        <translation>Die Bibliotheksdatenbank kann nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/library/library_commit.cpp" line="149"/>
        <source>No free file name is left for &apos;%1&apos;.</source>
        <translation>Für „%1“ ist kein freier Dateiname mehr übrig.</translation>
    </message>
    <message>
        <location filename="../src/core/library/library.cpp" line="152"/>
        <location filename="../src/core/library/library_commit.cpp" line="152"/>
        <location filename="../src/core/library/library_files.cpp" line="231"/>
        <location filename="../src/core/library/library_files.cpp" line="262"/>
        <source>Cannot create the folder &apos;%1&apos;.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../src/core/library/library.cpp" line="141"/>
        <source>Cannot read the reference image &apos;%1&apos;: %2</source>
        <translation>Das Referenzbild „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/library/library.cpp" line="155"/>
        <source>Cannot store the reference image in &apos;%1&apos;: %2</source>
        <translation>Das Referenzbild kann nicht in „%1“ gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/library/library_commit.cpp" line="159"/>
        <source>The downloaded video is missing from &apos;%1&apos;; nothing was added.</source>
        <translation>Das heruntergeladene Video fehlt in „%1“; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../src/core/library/library_commit.cpp" line="94"/>
        <source>Cannot replace &apos;%1&apos;.</source>
        <translation>„%1“ kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <location filename="../src/core/library/library_commit.cpp" line="100"/>
        <source>Cannot move &apos;%1&apos; into the library as &apos;%2&apos;: %3</source>
        <translation>„%1“ kann nicht als „%2“ in die Bibliothek verschoben werden: %3</translation>
    </message>
    <message>
        <location filename="../src/core/library/library_commit.cpp" line="182"/>
        <source>The job could not be marked as done; the clip&apos;s files are in the library and will be added when it is tried again.</source>
        <translation>Der Auftrag konnte nicht als erledigt markiert werden; die Dateien des Clips liegen in der Bibliothek und werden beim nächsten Versuch hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../src/core/library/library.cpp" line="252"/>
        <source>A rating goes from 0 (none) to 5 stars, not %1.</source>
        <translation>Eine Bewertung reicht von 0 (keine) bis 5 Sterne, nicht %1.</translation>
    </message>
    <message>
        <location filename="../src/core/library/library.cpp" line="274"/>
        <source>A thumbnail must be a file inside the library folder: %1</source>
        <translation>Ein Vorschaubild muss eine Datei im Bibliotheksordner sein: %1</translation>
    </message>
    <message>
        <location filename="../src/core/library/library_files.cpp" line="84"/>
        <location filename="../src/core/library/library_files.cpp" line="125"/>
        <source>Cannot remove the clip from the library database: %1</source>
        <translation>Der Clip kann nicht aus der Bibliotheksdatenbank entfernt werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/library/library_files.cpp" line="104"/>
        <source>the system has no usable trash</source>
        <translation>das System hat keinen verwendbaren Papierkorb</translation>
    </message>
    <message>
        <location filename="../src/core/library/library_files.cpp" line="106"/>
        <source>Cannot move &apos;%1&apos; to the trash (%2); the clip was kept.</source>
        <translation>„%1“ kann nicht in den Papierkorb verschoben werden (%2); der Clip wurde behalten.</translation>
    </message>
    <message>
        <location filename="../src/core/library/library_files.cpp" line="119"/>
        <source>Cannot delete &apos;%1&apos; (%2); the clip was kept.</source>
        <translation>„%1“ kann nicht gelöscht werden (%2); der Clip wurde behalten.</translation>
    </message>
    <message>
        <location filename="../src/core/library/library_files.cpp" line="159"/>
        <source>%1: not valid JSON (%2 at offset %3)</source>
        <translation>%1: kein gültiges JSON (%2 bei Offset %3)</translation>
    </message>
    <message>
        <location filename="../src/core/library/library_files.cpp" line="178"/>
        <source>sidecar &apos;%1&apos;: field &apos;files.video&apos; names &apos;%2&apos;, which does not exist</source>
        <translation>Sidecar „%1“: Feld „files.video“ nennt „%2“, das nicht existiert</translation>
    </message>
    <message>
        <location filename="../src/core/library/library_files.cpp" line="191"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/library/library_files.cpp" line="219"/>
        <source>&apos;%1&apos; is missing; nothing was exported.</source>
        <translation>„%1“ fehlt; es wurde nichts exportiert.</translation>
    </message>
    <message>
        <location filename="../src/core/library/library_files.cpp" line="227"/>
        <source>No clips to export.</source>
        <translation>Keine Clips zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../src/core/library/library_files.cpp" line="234"/>
        <location filename="../src/core/library/library_files.cpp" line="243"/>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/library/library_files.cpp" line="250"/>
        <source>&apos;%1&apos; already exists; nothing was exported.</source>
        <translation>„%1“ existiert bereits; es wurde nichts exportiert.</translation>
    </message>
    <message>
        <location filename="../src/core/library/library_files.cpp" line="270"/>
        <location filename="../src/core/library/library_files.cpp" line="277"/>
        <source>Cannot copy &apos;%1&apos; to &apos;%2&apos;: %3</source>
        <translation>„%1“ kann nicht nach „%2“ kopiert werden: %3</translation>
    </message>
    <message>
        <location filename="../src/core/library/library_lineage.cpp" line="81"/>
        <source>Cannot keep the character in the library: %1</source>
        <translation>Die Figur kann nicht in der Bibliothek abgelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/library/library_pages.cpp" line="144"/>
        <source>The library cannot be listed (%1).</source>
        <translation>Die Bibliothek kann nicht aufgelistet werden (%1).</translation>
    </message>
    <message>
        <location filename="../src/core/library/library_pages.cpp" line="145"/>
        <source>The library cannot be searched: its search index is damaged (%1). Run &apos;dailies library check&apos; to repair it.</source>
        <translation>Die Bibliothek kann nicht durchsucht werden: Ihr Suchindex ist beschädigt (%1). Führen Sie &apos;dailies library check&apos; aus, um ihn zu reparieren.</translation>
    </message>
    <message>
        <location filename="../src/core/library/library_pages.cpp" line="205"/>
        <source>The search index cannot be rebuilt: %1</source>
        <translation>Der Suchindex kann nicht neu aufgebaut werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/library/library_pages.cpp" line="211"/>
        <source>The search index cannot be rebuilt: the change could not be saved.</source>
        <translation>Der Suchindex kann nicht neu aufgebaut werden: Die Änderung konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>Dailies::LibraryActions</name>
    <message>
        <location filename="../src/widgets/library/libraryactions.cpp" line="69"/>
        <source>Job and clip actions</source>
        <translation>Aktionen für Aufträge und Clips</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/libraryactions.cpp" line="71"/>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/libraryactions.cpp" line="72"/>
        <source>&amp;Reveal in Folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/libraryactions.cpp" line="73"/>
        <source>&amp;Copy Prompt</source>
        <translation>Prompt &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/libraryactions.cpp" line="74"/>
        <source>Re&amp;use Settings</source>
        <translation>&amp;Einstellungen übernehmen</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/libraryactions.cpp" line="75"/>
        <source>Re&amp;try</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/libraryactions.cpp" line="76"/>
        <source>C&amp;ancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/libraryactions.cpp" line="77"/>
        <source>&amp;Favourite</source>
        <translation>&amp;Favorit</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/libraryactions.cpp" line="79"/>
        <source>&amp;Delete Locally…</source>
        <translation>&amp;Lokal löschen…</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/libraryactions.cpp" line="80"/>
        <source>&amp;Save As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/libraryactions.cpp" line="81"/>
        <source>Re&amp;mix…</source>
        <translation>Re&amp;mix…</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/libraryactions.cpp" line="82"/>
        <source>Render &amp;Final…</source>
        <translation>Final &amp;rendern…</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/libraryactions.cpp" line="83"/>
        <source>&amp;Tags…</source>
        <translation>Schlag&amp;wörter…</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/libraryactions.cpp" line="84"/>
        <source>Delete on &amp;Server…</source>
        <translation>Auf dem &amp;Server löschen…</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/libraryactions.cpp" line="85"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/libraryactions.cpp" line="86"/>
        <source>E&amp;xtend…</source>
        <translation>Verlän&amp;gern…</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/libraryactions_provider.cpp" line="242"/>
        <location filename="../src/widgets/library/libraryactions_provider.cpp" line="252"/>
        <source>%1: the price is not known</source>
        <translation>%1: Preis unbekannt</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/libraryactions_provider.cpp" line="255"/>
        <source>%1: %2 s × %3 = %4 %5</source>
        <translation>%1: %2 s × %3 = %4 %5</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/libraryactions_provider.cpp" line="260"/>
        <source> (the demo provider charges nothing)</source>
        <translation> (der Demo-Anbieter berechnet nichts)</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/libraryactions.cpp" line="304"/>
        <source>Save Clip As</source>
        <translation>Clip speichern unter</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/libraryactions.cpp" line="305"/>
        <source>MPEG-4 video (*.mp4)</source>
        <translation>MPEG-4-Video (*.mp4)</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/libraryactions.cpp" line="311"/>
        <source>&apos;%1&apos; is the clip itself; choose another place to save a copy.</source>
        <translation>„%1“ ist der Clip selbst; wählen Sie einen anderen Ort für die Kopie.</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/libraryactions.cpp" line="317"/>
        <source>&apos;%1&apos; already exists. Replace it with this clip?</source>
        <translation>„%1“ existiert bereits. Durch diesen Clip ersetzen?</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/libraryactions.cpp" line="319"/>
        <source>Nothing was saved: &apos;%1&apos; exists and was kept.</source>
        <translation>Nichts gespeichert: „%1“ existiert und wurde behalten.</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/libraryactions.cpp" line="324"/>
        <source>Could not save &apos;%1&apos;: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/libraryactions.cpp" line="328"/>
        <source>Saved a copy as &apos;%1&apos;.</source>
        <translation>Kopie als „%1“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/libraryactions_provider.cpp" line="88"/>
        <source>Remix on %1</source>
        <translation>Remix mit %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/libraryactions_provider.cpp" line="97"/>
        <location filename="../src/widgets/library/libraryactions_provider.cpp" line="121"/>
        <source>The job queue is not running.</source>
        <translation>Die Auftragswarteschlange läuft nicht.</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/libraryactions_provider.cpp" line="144"/>
        <source>The price is not known: the job queue is not running.</source>
        <translation>Der Preis ist nicht bekannt: Die Warteschlange läuft nicht.</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/libraryactions_provider.cpp" line="147"/>
        <source>The price is not known.</source>
        <translation>Der Preis ist nicht bekannt.</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/libraryactions_provider.cpp" line="149"/>
        <source>Demo provider: nothing is billed.</source>
        <translation>Demo-Anbieter: es wird nichts berechnet.</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/libraryactions_provider.cpp" line="155"/>
        <source>The price of %1 at %2 is not known; the provider bills %3 s.</source>
        <translation>Der Preis von %1 bei %2 ist nicht bekannt; der Anbieter berechnet %3 s.</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/libraryactions_provider.cpp" line="161"/>
        <source>Extension on %1: %2 s × %3 = %4 %5</source>
        <translation>Verlängerung mit %1: %2 s × %3 = %4 %5</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/libraryactions_provider.cpp" line="162"/>
        <source>Edit on %1 (the whole clip again): %2 s × %3 = %4 %5</source>
        <translation>Bearbeitung mit %1 (der ganze Clip erneut): %2 s × %3 = %4 %5</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/libraryactions_provider.cpp" line="187"/>
        <source>Render final works on up to %1 takes at a time; select fewer.</source>
        <translation>Final rendern arbeitet mit höchstens %1 Takes auf einmal; wählen Sie weniger aus.</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/libraryactions_provider.cpp" line="198"/>
        <source>Render on %1</source>
        <translation>Rendern mit %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/libraryactions_provider.cpp" line="213"/>
        <source>

The same prompt and settings are rendered again on the final model; the draft stays and the final take is linked to it. Go ahead?</source>
        <translation>

Derselbe Prompt wird mit denselben Einstellungen erneut mit dem finalen Modell gerendert; der Entwurf bleibt erhalten und der finale Take wird mit ihm verknüpft. Fortfahren?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/library/libraryactions_provider.cpp" line="235"/>
        <source>Queued %n final render(s).</source>
        <translation>
            <numerusform>%n finales Rendering eingereiht.</numerusform>
            <numerusform>%n finale Renderings eingereiht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/library/libraryactions.cpp" line="415"/>
        <source>Delete Locally</source>
        <translation>Lokal löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/library/libraryactions.cpp" line="416"/>
        <source>Move %n clip(s) and their files to the trash?</source>
        <translation>
            <numerusform>%n Clip samt Dateien in den Papierkorb verschieben?</numerusform>
            <numerusform>%n Clips samt Dateien in den Papierkorb verschieben?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/library/libraryactions_provider.cpp" line="311"/>
        <source>Delete %n video(s) on the provider&apos;s server? The files in your library stay, but the video(s) can no longer be remixed or downloaded again.</source>
        <translation>
            <numerusform>%n Video auf dem Server des Anbieters löschen? Die Dateien in Ihrer Bibliothek bleiben, aber das Video kann nicht mehr geremixt oder erneut heruntergeladen werden.</numerusform>
            <numerusform>%n Videos auf dem Server des Anbieters löschen? Die Dateien in Ihrer Bibliothek bleiben, aber die Videos können nicht mehr geremixt oder erneut heruntergeladen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/library/libraryactions_provider.cpp" line="316"/>
        <source>Deleting %n video(s) on the server…</source>
        <translation>
            <numerusform>%n Video wird auf dem Server gelöscht…</numerusform>
            <numerusform>%n Videos werden auf dem Server gelöscht…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/library/libraryactions_provider.cpp" line="323"/>
        <source>Deleted %n video(s) on the server; the local files stay.</source>
        <translation>
            <numerusform>%n Video auf dem Server gelöscht; die lokalen Dateien bleiben.</numerusform>
            <numerusform>%n Videos auf dem Server gelöscht; die lokalen Dateien bleiben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dailies::LibraryFilterBar</name>
    <message>
        <location filename="../src/widgets/library/filterbar.cpp" line="36"/>
        <location filename="../src/widgets/library/filterbar.cpp" line="37"/>
        <source>Search prompts</source>
        <translation>Prompts durchsuchen</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/filterbar.cpp" line="42"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/filterbar.cpp" line="43"/>
        <source>Which takes to show</source>
        <translation>Welche Takes angezeigt werden</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/filterbar.cpp" line="44"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/filterbar.cpp" line="45"/>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/filterbar.cpp" line="46"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/filterbar.cpp" line="47"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/filterbar.cpp" line="48"/>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/filterbar.cpp" line="51"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/filterbar.cpp" line="52"/>
        <source>Only the takes of one project</source>
        <translation>Nur die Takes eines Projekts</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/filterbar.cpp" line="54"/>
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/filterbar.cpp" line="58"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/filterbar.cpp" line="59"/>
        <source>Only the takes made in this time</source>
        <translation>Nur die in diesem Zeitraum erstellten Takes</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/filterbar.cpp" line="60"/>
        <source>Any time</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/filterbar.cpp" line="61"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/filterbar.cpp" line="62"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/filterbar.cpp" line="63"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/filterbar.cpp" line="64"/>
        <source>Custom range…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/filterbar.cpp" line="158"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/filterbar.cpp" line="178"/>
        <source>Date Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/filterbar.cpp" line="185"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/filterbar.cpp" line="186"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/filterbar.cpp" line="190"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/filterbar.cpp" line="191"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
</context>
<context>
    <name>Dailies::LibraryPage</name>
    <message>
        <location filename="../src/widgets/settings/librarypage.cpp" line="45"/>
        <source>Clips and the library database live here. A new folder is used the next time Dailies starts; the clips already in the old folder stay there.</source>
        <translation>Hier liegen die Clips und die Bibliotheksdatenbank. Ein neuer Ordner wird beim nächsten Start von Dailies verwendet; die Clips im alten Ordner bleiben dort.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/librarypage.cpp" line="49"/>
        <source>Choose the Library Folder</source>
        <translation>Bibliotheksordner wählen</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/librarypage.cpp" line="76"/>
        <source>Choose a complete folder path, e.g. with Browse….</source>
        <translation>Wählen Sie einen vollständigen Ordnerpfad, z. B. mit Auswählen….</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/librarypage.cpp" line="86"/>
        <source>Enter a template; the default is %1.</source>
        <translation>Geben Sie eine Vorlage ein; der Standard ist %1.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/librarypage.cpp" line="95"/>
        <source>Example: %1</source>
        <translation>Beispiel: %1</translation>
    </message>
</context>
<context>
    <name>Dailies::LibraryPanel</name>
    <message>
        <location filename="../src/widgets/library/librarypanel.cpp" line="48"/>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/librarypanel.cpp" line="49"/>
        <source>&amp;Grid</source>
        <translation>&amp;Raster</translation>
    </message>
    <message>
        <source>Search prompts</source>
        <translation type="vanished">Prompts durchsuchen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="vanished">Anzeigen</translation>
    </message>
    <message>
        <source>Which takes to show</source>
        <translation type="vanished">Welche Takes angezeigt werden</translation>
    </message>
    <message>
        <source>All</source>
        <translation type="vanished">Alle</translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="vanished">Laufend</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="vanished">Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="vanished">Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation type="vanished">Favoriten</translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="vanished">Projekt</translation>
    </message>
    <message>
        <source>Only the takes of one project</source>
        <translation type="vanished">Nur die Takes eines Projekts</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation type="vanished">Alle Projekte</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="vanished">Datum</translation>
    </message>
    <message>
        <source>Only the takes made in this time</source>
        <translation type="vanished">Nur die in diesem Zeitraum erstellten Takes</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="vanished">Beliebig</translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="vanished">Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="vanished">Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="vanished">Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation type="vanished">Eigener Zeitraum…</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/librarypanel.cpp" line="65"/>
        <source>Show as a list (%1)</source>
        <translation>Als Liste anzeigen (%1)</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/librarypanel.cpp" line="67"/>
        <source>Show as a grid (%1)</source>
        <translation>Als Raster anzeigen (%1)</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/librarypanel.cpp" line="58"/>
        <source>List view</source>
        <translation>Listenansicht</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/librarypanel.cpp" line="59"/>
        <source>Grid view</source>
        <translation>Rasteransicht</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/librarypanel.cpp" line="73"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/librarypanel.cpp" line="79"/>
        <source>Jobs and clips</source>
        <translation>Aufträge und Clips</translation>
    </message>
    <message>
        <source>Job and clip actions</source>
        <translation type="vanished">Aktionen für Aufträge und Clips</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="vanished">&amp;Öffnen</translation>
    </message>
    <message>
        <source>&amp;Reveal in Folder</source>
        <translation type="vanished">Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>&amp;Copy Prompt</source>
        <translation type="vanished">Prompt &amp;kopieren</translation>
    </message>
    <message>
        <source>Re&amp;use Settings</source>
        <translation type="vanished">&amp;Einstellungen übernehmen</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation type="vanished">Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation type="vanished">&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Favourite</source>
        <translation type="vanished">&amp;Favorit</translation>
    </message>
    <message>
        <source>&amp;Delete Locally…</source>
        <translation type="vanished">&amp;Lokal löschen…</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation type="vanished">Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Re&amp;mix…</source>
        <translation type="vanished">Re&amp;mix…</translation>
    </message>
    <message>
        <source>Render &amp;Final…</source>
        <translation type="vanished">Final &amp;rendern…</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation type="vanished">Schlag&amp;wörter…</translation>
    </message>
    <message>
        <source>Delete on &amp;Server…</source>
        <translation type="vanished">Auf dem &amp;Server löschen…</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="vanished">%1 – %2</translation>
    </message>
    <message>
        <source>Date Range</source>
        <translation type="vanished">Zeitraum</translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="vanished">Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="vanished">Letzter Tag</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="vanished">&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="vanished">&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/librarypanel.cpp" line="272"/>
        <source>No takes yet. Write a prompt on the left and press Ctrl+Enter.</source>
        <translation>Noch keine Takes. Schreiben Sie links einen Prompt und drücken Sie Ctrl+Enter.</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/librarypanel.cpp" line="274"/>
        <source>No takes match &apos;%1&apos; — clear the search (Esc)</source>
        <translation>Keine Takes passen zu „%1“ – Suche leeren (Esc)</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/librarypanel.cpp" line="278"/>
        <source>No running takes</source>
        <translation>Keine laufenden Takes</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/librarypanel.cpp" line="281"/>
        <source>No finished takes</source>
        <translation>Keine fertigen Takes</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/librarypanel.cpp" line="284"/>
        <source>No failed takes</source>
        <translation>Keine fehlgeschlagenen Takes</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/librarypanel.cpp" line="287"/>
        <source>No favourite takes. Select a take and press F to mark it.</source>
        <translation>Keine Favoriten. Wählen Sie einen Take und drücken Sie F, um ihn zu markieren.</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/librarypanel.cpp" line="290"/>
        <source>No takes match the project and date filters</source>
        <translation>Keine Takes passen zu den Projekt- und Datumsfiltern</translation>
    </message>
    <message>
        <source>%1: the price is not known</source>
        <translation type="vanished">%1: Preis unbekannt</translation>
    </message>
    <message>
        <source>%1: %2 s × %3 = %4 %5</source>
        <translation type="vanished">%1: %2 s × %3 = %4 %5</translation>
    </message>
    <message>
        <source> (the demo provider charges nothing)</source>
        <translation type="vanished"> (der Demo-Anbieter berechnet nichts)</translation>
    </message>
    <message>
        <source>Save Clip As</source>
        <translation type="vanished">Clip speichern unter</translation>
    </message>
    <message>
        <source>MPEG-4 video (*.mp4)</source>
        <translation type="vanished">MPEG-4-Video (*.mp4)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the clip itself; choose another place to save a copy.</source>
        <translation type="vanished">„%1“ ist der Clip selbst; wählen Sie einen anderen Ort für die Kopie.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists. Replace it with this clip?</source>
        <translation type="vanished">„%1“ existiert bereits. Durch diesen Clip ersetzen?</translation>
    </message>
    <message>
        <source>Nothing was saved: &apos;%1&apos; exists and was kept.</source>
        <translation type="vanished">Nichts gespeichert: „%1“ existiert und wurde behalten.</translation>
    </message>
    <message>
        <source>Could not save &apos;%1&apos;: %2</source>
        <translation type="vanished">„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved a copy as &apos;%1&apos;.</source>
        <translation type="vanished">Kopie als „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Remix on %1</source>
        <translation type="vanished">Remix mit %1</translation>
    </message>
    <message>
        <source>The job queue is not running.</source>
        <translation type="vanished">Die Auftragswarteschlange läuft nicht.</translation>
    </message>
    <message>
        <source>Render final works on up to %1 takes at a time; select fewer.</source>
        <translation type="vanished">Final rendern arbeitet mit höchstens %1 Takes auf einmal; wählen Sie weniger aus.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was made from the reference image %2, which is no longer in the library; render it from the Compose panel with the image instead.</source>
        <translation type="vanished">„%1“ wurde aus dem Referenzbild %2 erstellt, das nicht mehr in der Bibliothek ist; rendern Sie ihn stattdessen links im Prompt-Bereich mit dem Bild.</translation>
    </message>
    <message>
        <source>Render on %1</source>
        <translation type="vanished">Rendern mit %1</translation>
    </message>
    <message>
        <source>

The same prompt and settings are rendered again on the final model; the draft stays and the final take is linked to it. Go ahead?</source>
        <translation type="vanished">

Derselbe Prompt wird mit denselben Einstellungen erneut mit dem finalen Modell gerendert; der Entwurf bleibt erhalten und der finale Take wird mit ihm verknüpft. Fortfahren?</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n final render(s).</source>
        <translation type="vanished">
            <numerusform>%n finales Rendering eingereiht.</numerusform>
            <numerusform>%n finale Renderings eingereiht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Locally</source>
        <translation type="vanished">Lokal löschen</translation>
    </message>
    <message numerus="yes">
        <source>Move %n clip(s) and their files to the trash?</source>
        <translation type="vanished">
            <numerusform>%n Clip samt Dateien in den Papierkorb verschieben?</numerusform>
            <numerusform>%n Clips samt Dateien in den Papierkorb verschieben?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n video(s) on the provider&apos;s server? The files in your library stay, but the video(s) can no longer be remixed or downloaded again.</source>
        <translation type="vanished">
            <numerusform>%n Video auf dem Server des Anbieters löschen? Die Dateien in Ihrer Bibliothek bleiben, aber das Video kann nicht mehr geremixt oder erneut heruntergeladen werden.</numerusform>
            <numerusform>%n Videos auf dem Server des Anbieters löschen? Die Dateien in Ihrer Bibliothek bleiben, aber die Videos können nicht mehr geremixt oder erneut heruntergeladen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n video(s) on the server; the local files stay.</source>
        <translation type="vanished">
            <numerusform>%n Video auf dem Server gelöscht; die lokalen Dateien bleiben.</numerusform>
            <numerusform>%n Videos auf dem Server gelöscht; die lokalen Dateien bleiben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n video(s) on the server…</source>
        <translation type="vanished">
            <numerusform>%n Video wird auf dem Server gelöscht…</numerusform>
            <numerusform>%n Videos werden auf dem Server gelöscht…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the provider profile &apos;%2&apos; no longer exists.</source>
        <translation type="vanished">%1: Das Anbieterprofil „%2“ existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="vanished">%1: %2</translation>
    </message>
</context>
<context>
    <name>Dailies::MainWindow</name>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="101"/>
        <source>The library database is damaged (%1). Your clips and their sidecars are safe in the library folder; close Dailies and run &apos;dailies library rebuild&apos; in a fresh folder to recreate it.</source>
        <translation>Die Bibliotheksdatenbank ist beschädigt (%1). Ihre Clips und deren Begleitdateien liegen sicher im Bibliotheksordner; schließen Sie Dailies und führen Sie „dailies library rebuild“ in einem neuen Ordner aus, um sie neu zu erstellen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="115"/>
        <source>Dailies</source>
        <translation>Dailies</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="135"/>
        <source>Jobs in flight</source>
        <translation>Laufende Aufträge</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="137"/>
        <source>Spend this month</source>
        <translation>Ausgaben diesen Monat</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="208"/>
        <source>Budget: %1</source>
        <translation>Budget: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="227"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="228"/>
        <source>Open Library &amp;Folder</source>
        <translation>Bibliotheks&amp;ordner öffnen</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="230"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="235"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="238"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="239"/>
        <source>Go to &amp;Prompt</source>
        <translation>Zum &amp;Prompt</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="241"/>
        <source>Go to &amp;Library</source>
        <translation>Zur &amp;Bibliothek</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="243"/>
        <source>Go to Pre&amp;view</source>
        <translation>Zur &amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="245"/>
        <source>&amp;Search Prompts</source>
        <translation>Prompts &amp;suchen</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="257"/>
        <source>F&amp;ull Screen Window</source>
        <translation>Vollbild&amp;fenster</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="262"/>
        <source>&amp;Jobs</source>
        <translation>Auf&amp;träge</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="263"/>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="267"/>
        <location filename="../src/widgets/mainwindow.cpp" line="373"/>
        <source>&amp;Pause Queue</source>
        <translation>Warteschlange &amp;anhalten</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="280"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="281"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="284"/>
        <source>&amp;About Dailies</source>
        <translation>Ü&amp;ber Dailies</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="339"/>
        <source>No provider</source>
        <translation>Kein Anbieter</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="350"/>
        <location filename="../src/widgets/mainwindow.cpp" line="355"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="359"/>
        <source>Provider health</source>
        <translation>Anbieterstatus</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="367"/>
        <source>No jobs running</source>
        <translation>Keine laufenden Aufträge</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/mainwindow.cpp" line="367"/>
        <source>%n job(s) in flight</source>
        <translation>
            <numerusform>%n laufender Auftrag</numerusform>
            <numerusform>%n laufende Aufträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="369"/>
        <source>Queue paused · %1</source>
        <translation>Warteschlange angehalten · %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="373"/>
        <source>Resume &amp;Queue</source>
        <translation>Warteschlange &amp;fortsetzen</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="377"/>
        <source>This month: %1 %2</source>
        <translation>Diesen Monat: %1 %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="392"/>
        <source>Provider said: %1</source>
        <translation>Meldung des Anbieters: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="394"/>
        <source>Request id: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="401"/>
        <source>&amp;Edit the Prompt</source>
        <translation>Prompt &amp;bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="408"/>
        <source>&amp;Show the Take</source>
        <translation>Take &amp;zeigen</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="412"/>
        <source>&amp;Open the Profile</source>
        <translation>Profil ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="423"/>
        <source>&amp;Resume Queue</source>
        <translation>Warteschlange &amp;fortsetzen</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="454"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="456"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="457"/>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="461"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="463"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="463"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="482"/>
        <source>Generate</source>
        <translation>Generieren</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="483"/>
        <source>Play or pause</source>
        <translation>Abspielen oder pausieren</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="484"/>
        <source>Context menu of the selection</source>
        <translation>Kontextmenü der Auswahl</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="507"/>
        <source>About Dailies</source>
        <translation>Über Dailies</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="508"/>
        <source>&lt;h3&gt;Dailies %1&lt;/h3&gt;&lt;p&gt;A studio for short videos made with the OpenAI Videos API and compatible providers.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dailies %1&lt;/h3&gt;&lt;p&gt;Ein Studio für kurze Videos, erstellt mit der OpenAI Videos API und kompatiblen Anbietern.&lt;/p&gt;&lt;p&gt;Bibliothek: %2&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL, Version 3 oder neuer.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Dailies::MediaProbe</name>
    <message>
        <location filename="../src/media/mediaprobe.cpp" line="47"/>
        <source>The file is truncated: it ends at byte %1, inside a box.</source>
        <translation>Die Datei ist abgeschnitten: Sie endet bei Byte %1 innerhalb eines Blocks.</translation>
    </message>
    <message>
        <location filename="../src/media/mediaprobe.cpp" line="51"/>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/media/mediaprobe.cpp" line="72"/>
        <source>The file is truncated: a box header at byte %1 is cut off.</source>
        <translation>Die Datei ist abgeschnitten: Ein Block-Header bei Byte %1 ist unvollständig.</translation>
    </message>
    <message>
        <location filename="../src/media/mediaprobe.cpp" line="93"/>
        <source>The box &apos;%1&apos; at byte %2 has an impossible size of %3 bytes.</source>
        <translation>Der Block „%1“ bei Byte %2 hat eine unmögliche Größe von %3 Bytes.</translation>
    </message>
    <message>
        <location filename="../src/media/mediaprobe.cpp" line="101"/>
        <source>The file is truncated: the box &apos;%1&apos; at byte %2 needs %3 bytes, but only %4 are left.</source>
        <translation>Die Datei ist abgeschnitten: Der Block „%1“ bei Byte %2 braucht %3 Bytes, es sind aber nur %4 übrig.</translation>
    </message>
    <message>
        <location filename="../src/media/mediaprobe.cpp" line="106"/>
        <source>The box &apos;%1&apos; at byte %2 is larger than the box that holds it.</source>
        <translation>Der Block „%1“ bei Byte %2 ist größer als der Block, der ihn enthält.</translation>
    </message>
    <message>
        <location filename="../src/media/mediaprobe.cpp" line="314"/>
        <source>&apos;%1&apos; cannot be opened: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/media/mediaprobe.cpp" line="315"/>
        <source>&apos;%1&apos; does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../src/media/mediaprobe.cpp" line="321"/>
        <source>&apos;%1&apos;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/media/mediaprobe.cpp" line="334"/>
        <source>This is not an MP4 or QuickTime file: it is only %n byte(s) long.</source>
        <translation>
            <numerusform>Dies ist keine MP4- oder QuickTime-Datei: Sie ist nur %n Byte lang.</numerusform>
            <numerusform>Dies ist keine MP4- oder QuickTime-Datei: Sie ist nur %n Bytes lang.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/media/mediaprobe.cpp" line="340"/>
        <source>This is not an MP4 or QuickTime file.</source>
        <translation>Dies ist keine MP4- oder QuickTime-Datei.</translation>
    </message>
    <message>
        <location filename="../src/media/mediaprobe.cpp" line="361"/>
        <source>The file has no movie header (&apos;moov&apos; box); it may be incomplete.</source>
        <translation>Die Datei hat keinen Movie-Header („moov“-Block); sie ist möglicherweise unvollständig.</translation>
    </message>
    <message>
        <location filename="../src/media/mediaprobe.cpp" line="401"/>
        <source>The movie has no video or audio track.</source>
        <translation>Der Film hat weder Video- noch Audiospur.</translation>
    </message>
</context>
<context>
    <name>Dailies::MemorySecretStore</name>
    <message>
        <location filename="../src/core/settings/secretstore.cpp" line="29"/>
        <source>No key is stored for &apos;%1&apos;.</source>
        <translation>Für „%1“ ist kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/core/settings/secretstore.cpp" line="53"/>
        <source>this session only</source>
        <translation>nur für diese Sitzung</translation>
    </message>
</context>
<context>
    <name>Dailies::MessageBanner</name>
    <message>
        <location filename="../src/widgets/messagebanner.cpp" line="36"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../src/widgets/messagebanner.cpp" line="56"/>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../src/widgets/messagebanner.cpp" line="57"/>
        <source>Close the message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>Dailies::Mp4Probe</name>
    <message>
        <location filename="../src/core/util/mp4probe.cpp" line="103"/>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Dailies::NotificationsPage</name>
    <message>
        <location filename="../src/widgets/settings/notificationspage.cpp" line="16"/>
        <source>Every finished job</source>
        <translation>Jeder beendete Auftrag</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/notificationspage.cpp" line="17"/>
        <source>Failed jobs only</source>
        <translation>Nur fehlgeschlagene Aufträge</translation>
    </message>
</context>
<context>
    <name>Dailies::PresetStore</name>
    <message>
        <location filename="../src/core/prompt/presetstore.cpp" line="83"/>
        <location filename="../src/core/prompt/presetstore.cpp" line="110"/>
        <source>Give the preset a name.</source>
        <translation>Geben Sie dem Preset einen Namen.</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/presetstore.cpp" line="85"/>
        <location filename="../src/core/prompt/presetstore.cpp" line="112"/>
        <source>A preset name can have at most %1 characters.</source>
        <translation>Ein Preset-Name darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/presetstore.cpp" line="87"/>
        <source>A preset needs at least one variation.</source>
        <translation>Ein Preset braucht mindestens eine Variante.</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/presetstore.cpp" line="89"/>
        <location filename="../src/core/prompt/presetstore.cpp" line="118"/>
        <source>There is already a preset named &apos;%1&apos;.</source>
        <translation>Es gibt bereits ein Preset namens „%1“.</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/presetstore.cpp" line="102"/>
        <source>The preset could not be saved: %1</source>
        <translation>Das Preset konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/presetstore.cpp" line="114"/>
        <location filename="../src/core/prompt/presetstore.cpp" line="137"/>
        <source>There is no preset named &apos;%1&apos;.</source>
        <translation>Es gibt kein Preset namens „%1“.</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/presetstore.cpp" line="125"/>
        <source>The preset could not be renamed: %1</source>
        <translation>Das Preset konnte nicht umbenannt werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/presetstore.cpp" line="135"/>
        <source>The preset could not be deleted: %1</source>
        <translation>Das Preset konnte nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>Dailies::PreviewPanel</name>
    <message>
        <location filename="../src/widgets/preview/previewpanel.cpp" line="59"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/previewpanel.cpp" line="60"/>
        <source>Double-click for full screen (F11); Esc leaves it</source>
        <translation>Doppelklick für Vollbild (F11); Esc beendet es</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/previewpanel.cpp" line="68"/>
        <source>Take shown</source>
        <translation>Angezeigter Take</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/previewpanel.cpp" line="95"/>
        <source>Play/Pause</source>
        <translation>Abspielen/Pause</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/previewpanel.cpp" line="95"/>
        <source>Play or pause (Space)</source>
        <translation>Abspielen oder pausieren (Space)</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/previewpanel.cpp" line="96"/>
        <source>Previous frame</source>
        <translation>Vorheriges Bild</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/previewpanel.cpp" line="96"/>
        <source>One frame back (,)</source>
        <translation>Ein Bild zurück (,)</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/previewpanel.cpp" line="97"/>
        <source>Next frame</source>
        <translation>Nächstes Bild</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/previewpanel.cpp" line="97"/>
        <source>One frame forward (.)</source>
        <translation>Ein Bild vor (.)</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/previewpanel.cpp" line="98"/>
        <source>Slower</source>
        <translation>Langsamer</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/previewpanel.cpp" line="98"/>
        <source>Play slower ([)</source>
        <translation>Langsamer abspielen ([)</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/previewpanel.cpp" line="99"/>
        <source>Faster</source>
        <translation>Schneller</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/previewpanel.cpp" line="99"/>
        <source>Play faster (])</source>
        <translation>Schneller abspielen (])</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/previewpanel.cpp" line="100"/>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/previewpanel.cpp" line="100"/>
        <source>Mute or unmute (M)</source>
        <translation>Stumm schalten oder Ton an (M)</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/previewpanel.cpp" line="101"/>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/previewpanel.cpp" line="101"/>
        <source>Full screen (F11, or double-click the video; Esc leaves)</source>
        <translation>Vollbild (F11 oder Doppelklick auf das Video; Esc beendet es)</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/previewpanel.cpp" line="103"/>
        <location filename="../src/widgets/preview/previewpanel.cpp" line="465"/>
        <source>Pin as A</source>
        <translation>Als A anheften</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/previewpanel.cpp" line="103"/>
        <source>Pin this take as A, then select another take (B) to compare them</source>
        <translation>Diesen Take als A anheften und dann einen anderen Take (B) zum Vergleichen auswählen</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/previewpanel.cpp" line="105"/>
        <location filename="../src/widgets/preview/previewpanel.cpp" line="469"/>
        <source>A/B</source>
        <translation>A/B</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/previewpanel.cpp" line="105"/>
        <source>Switch between take A and take B at the same position (\)</source>
        <translation>Bei gleicher Position zwischen Take A und Take B wechseln (\)</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/previewpanel.cpp" line="107"/>
        <source>Remix…</source>
        <translation>Remix…</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/previewpanel.cpp" line="107"/>
        <source>Remix this clip with a new prompt (Ctrl+R)</source>
        <translation>Diesen Clip mit einem neuen Prompt remixen (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/previewpanel.cpp" line="110"/>
        <source>Reveal folder</source>
        <translation>Ordner zeigen</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/previewpanel.cpp" line="110"/>
        <source>Open the folder where the clip should be</source>
        <translation>Den Ordner öffnen, in dem der Clip liegen sollte</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/previewpanel.cpp" line="111"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/previewpanel.cpp" line="111"/>
        <source>Make a new clip from this one with a change to it</source>
        <translation>Einen neuen Clip aus diesem machen, mit einer Änderung</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/previewpanel.cpp" line="112"/>
        <source>Extend…</source>
        <translation>Verlängern…</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/previewpanel.cpp" line="112"/>
        <source>Make a longer clip that continues this one</source>
        <translation>Einen längeren Clip machen, der diesen fortsetzt</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/previewpanel.cpp" line="176"/>
        <source>This clip cannot be played: %1</source>
        <translation>Dieser Clip kann nicht abgespielt werden: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/previewpanel.cpp" line="266"/>
        <source>Select a clip to play it here.</source>
        <translation>Wählen Sie einen Clip, um ihn hier abzuspielen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/previewpanel.cpp" line="285"/>
        <source>The video file is missing from the library folder:
%1</source>
        <translation>Die Videodatei fehlt im Bibliotheksordner:
%1</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/previewpanel.cpp" line="465"/>
        <source>Unpin A</source>
        <translation>A lösen</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/previewpanel.cpp" line="476"/>
        <source>select another take</source>
        <translation>anderen Take auswählen</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/previewpanel.cpp" line="476"/>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/previewpanel.cpp" line="478"/>
        <source>Showing A: %1   (B: %2)</source>
        <translation>Zeige A: %1   (B: %2)</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/previewpanel.cpp" line="478"/>
        <source>Showing B: %1   (A: %2)</source>
        <translation>Zeige B: %1   (A: %2)</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/previewpanel.cpp" line="480"/>
        <source>A → B</source>
        <translation>A → B</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/previewpanel.cpp" line="480"/>
        <source>B → A</source>
        <translation>B → A</translation>
    </message>
</context>
<context>
    <name>Dailies::ProfileDraft</name>
    <message>
        <location filename="../src/widgets/settings/profiledraft.cpp" line="80"/>
        <source>Use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64), starting with a letter or digit.</source>
        <translation>Verwenden Sie Buchstaben, Ziffern, „.“, „_“ und „-“ (höchstens 64), beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/profiledraft.cpp" line="82"/>
        <source>&apos;%1&apos; is the name of a built-in profile; choose another.</source>
        <translation>„%1“ ist der Name eines eingebauten Profils; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/profiledraft.cpp" line="87"/>
        <source>Another profile is already called &apos;%1&apos;.</source>
        <translation>Ein anderes Profil heißt bereits „%1“.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/profiledraft.cpp" line="90"/>
        <source>Enter the resource endpoint of your Azure OpenAI resource, e.g. https://NAME.openai.azure.com.</source>
        <translation>Geben Sie den Ressourcen-Endpunkt Ihrer Azure-OpenAI-Ressource ein, z. B. https://NAME.openai.azure.com.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/profiledraft.cpp" line="92"/>
        <source>Enter the provider&apos;s base URL.</source>
        <translation>Geben Sie die Basis-URL des Anbieters ein.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/profiledraft.cpp" line="149"/>
        <source>The stored key will be removed when you apply (%1).</source>
        <translation>Der gespeicherte Schlüssel wird beim Übernehmen entfernt (%1).</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/profiledraft.cpp" line="151"/>
        <source>The new key will be stored when you apply (%1).</source>
        <translation>Der neue Schlüssel wird beim Übernehmen gespeichert (%1).</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/profiledraft.cpp" line="155"/>
        <source>Looking for a stored key…</source>
        <translation>Gespeicherter Schlüssel wird gesucht…</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/profiledraft.cpp" line="158"/>
        <source>A key is stored (%1).</source>
        <translation>Ein Schlüssel ist gespeichert (%1).</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/profiledraft.cpp" line="161"/>
        <source>Not set.</source>
        <translation>Nicht gesetzt.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/profiledraft.cpp" line="164"/>
        <source>Used for this session only: kept in memory and forgotten when Dailies quits.</source>
        <translation>Nur für diese Sitzung verwendet: im Speicher gehalten und beim Beenden von Dailies vergessen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/profiledraft.cpp" line="168"/>
        <source>The keychain does not answer (%1), so Dailies cannot store or read keys there.</source>
        <translation>Der Schlüsselbund antwortet nicht (%1), daher kann Dailies dort keine Schlüssel speichern oder lesen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/profiledraft.cpp" line="169"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/profiledraft.cpp" line="177"/>
        <source>The key is read from the environment variable %1, which is set.</source>
        <translation>Der Schlüssel wird aus der Umgebungsvariable %1 gelesen, die gesetzt ist.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/profiledraft.cpp" line="178"/>
        <source>The environment variable %1 is not set in this session.</source>
        <translation>Die Umgebungsvariable %1 ist in dieser Sitzung nicht gesetzt.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/profiledraft.cpp" line="197"/>
        <source>There is no key to test with: type one in the API key field.</source>
        <translation>Kein Schlüssel zum Testen: Geben Sie einen im Feld API-Schlüssel ein.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/profiledraft.cpp" line="198"/>
        <source>The address changed: type the key for %1 in the API key field (the stored key is only sent to %2).</source>
        <translation>Die Adresse hat sich geändert: Geben Sie den Schlüssel für %1 in das Feld „API-Schlüssel“ ein (der gespeicherte Schlüssel wird nur an %2 gesendet).</translation>
    </message>
</context>
<context>
    <name>Dailies::ProfileStore</name>
    <message>
        <location filename="../src/core/settings/profilestore.cpp" line="74"/>
        <source>&apos;%1&apos; is not a usable profile name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64).</source>
        <translation>„%1“ ist kein verwendbarer Profilname: Verwenden Sie Buchstaben, Ziffern, „.“, „_“ und „-“ (höchstens 64).</translation>
    </message>
    <message>
        <location filename="../src/core/settings/profilestore.cpp" line="77"/>
        <source>The demo profile is built in and cannot be changed.</source>
        <translation>Das Demo-Profil ist eingebaut und kann nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../src/core/settings/profilestore.cpp" line="95"/>
        <source>Profile &apos;%1&apos; is built in and cannot be removed.</source>
        <translation>Profil „%1“ ist eingebaut und kann nicht entfernt werden.</translation>
    </message>
    <message>
        <location filename="../src/core/settings/profilestore.cpp" line="97"/>
        <location filename="../src/core/settings/profilestore.cpp" line="115"/>
        <source>There is no profile named &apos;%1&apos;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
</context>
<context>
    <name>Dailies::PromptCheck</name>
    <message>
        <location filename="../src/core/prompt/promptcheck.cpp" line="204"/>
        <source>Subject</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/promptcheck.cpp" line="206"/>
        <source>Action</source>
        <translation>Handlung</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/promptcheck.cpp" line="208"/>
        <source>Setting</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/promptcheck.cpp" line="210"/>
        <source>Camera &amp; lighting</source>
        <translation>Kamera &amp; Licht</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/promptcheck.cpp" line="212"/>
        <source>Style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/promptcheck.cpp" line="261"/>
        <source>dialogue</source>
        <translation>Dialog</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/promptcheck.cpp" line="269"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/promptcheck.cpp" line="270"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../src/core/prompt/promptcheck.cpp" line="280"/>
        <source>Subject: %1.</source>
        <translation>Motiv: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/promptcheck.cpp" line="282"/>
        <source>Subject: described in the text; a “Subject:” line makes it explicit.</source>
        <translation>Motiv: im Text beschrieben; eine Zeile „Motiv:“ macht es eindeutig.</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/promptcheck.cpp" line="285"/>
        <source>Subject: say who or what the shot is about (e.g. an old fisherman in a yellow raincoat).</source>
        <translation>Motiv: Sagen Sie, wer oder was im Mittelpunkt steht (z. B. ein alter Fischer in gelbem Regenmantel).</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/promptcheck.cpp" line="289"/>
        <source>Action: found %1.</source>
        <translation>Handlung: %1 gefunden.</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/promptcheck.cpp" line="291"/>
        <source>Action: add one clear action (e.g. turns toward the window and smiles).</source>
        <translation>Handlung: Fügen Sie eine klare Handlung hinzu (z. B. dreht sich zum Fenster und lächelt).</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/promptcheck.cpp" line="295"/>
        <source>Setting: found %1.</source>
        <translation>Ort: %1 gefunden.</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/promptcheck.cpp" line="297"/>
        <source>Setting: say where and when (e.g. a rainy harbour at dawn).</source>
        <translation>Ort: Sagen Sie, wo und wann (z. B. ein verregneter Hafen im Morgengrauen).</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/promptcheck.cpp" line="302"/>
        <source>Camera &amp; lighting: found %1.</source>
        <translation>Kamera &amp; Licht: %1 gefunden.</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/promptcheck.cpp" line="306"/>
        <source>Camera &amp; lighting: camera found (%1); add the light (e.g. warm backlight at golden hour).</source>
        <translation>Kamera &amp; Licht: Kamera gefunden (%1); ergänzen Sie das Licht (z. B. warmes Gegenlicht zur goldenen Stunde).</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/promptcheck.cpp" line="311"/>
        <source>Camera &amp; lighting: light found (%1); add a shot type or movement (e.g. slow dolly-in).</source>
        <translation>Kamera &amp; Licht: Licht gefunden (%1); ergänzen Sie eine Einstellungsgröße oder Bewegung (z. B. langsame Dolly-Fahrt nach vorn).</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/promptcheck.cpp" line="316"/>
        <source>Camera &amp; lighting: add a shot type or movement and the light (e.g. slow dolly-in, soft window light).</source>
        <translation>Kamera &amp; Licht: Ergänzen Sie eine Einstellungsgröße oder Bewegung und das Licht (z. B. langsame Dolly-Fahrt nach vorn, weiches Fensterlicht).</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/promptcheck.cpp" line="322"/>
        <source>Style: found %1.</source>
        <translation>Stil: %1 gefunden.</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/promptcheck.cpp" line="324"/>
        <source>Style: name a look (e.g. cinematic, hand-drawn animation, muted palette).</source>
        <translation>Stil: Nennen Sie einen Look (z. B. filmisch, handgezeichnete Animation, gedämpfte Farben).</translation>
    </message>
</context>
<context>
    <name>Dailies::ProvidersPage</name>
    <message>
        <location filename="../src/widgets/settings/providerspage.cpp" line="29"/>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/providerspage.cpp" line="31"/>
        <source>Azure OpenAI</source>
        <translation>Azure OpenAI</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/providerspage.cpp" line="33"/>
        <source>OpenAI-compatible gateway</source>
        <translation>OpenAI-kompatibles Gateway</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/providerspage.cpp" line="35"/>
        <source>Demo (on this computer)</source>
        <translation>Demo (auf diesem Computer)</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/providerspage.cpp" line="37"/>
        <source>LiteLLM gateway (Veo, Runway, Sora)</source>
        <translation>LiteLLM-Gateway (Veo, Runway, Sora)</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/providerspage.cpp" line="188"/>
        <source>The demo provider runs inside Dailies on this computer: it needs no key and costs nothing, so you can try everything before connecting a real provider.</source>
        <translation>Der Demo-Anbieter läuft in Dailies auf diesem Computer: Er braucht keinen Schlüssel und kostet nichts, sodass Sie alles ausprobieren können, bevor Sie einen echten Anbieter verbinden.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/providerspage.cpp" line="199"/>
        <source>The demo and openai profiles are built in: the demo is the profile that always works, and openai is the reference every other profile starts from. Forget the key instead.</source>
        <translation>Die Profile demo und openai sind eingebaut: demo ist das Profil, das immer funktioniert, und openai ist die Vorlage, von der jedes andere Profil ausgeht. Vergessen Sie stattdessen den Schlüssel.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/providerspage.cpp" line="201"/>
        <source>Remove this profile and its stored key.</source>
        <translation>Dieses Profil und seinen gespeicherten Schlüssel entfernen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/providerspage.cpp" line="207"/>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/providerspage.cpp" line="225"/>
        <source>(built in, chosen when Dailies starts)</source>
        <translation>(eingebaut, beim Start von Dailies gewählt)</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/providerspage.cpp" line="228"/>
        <source>The resource endpoint from the Azure portal (Keys and Endpoint); /openai/v1 is added when it is missing. Models are your deployment names.</source>
        <translation>Der Ressourcen-Endpunkt aus dem Azure-Portal (Schlüssel und Endpunkt); /openai/v1 wird ergänzt, wenn es fehlt. Modelle sind Ihre Deployment-Namen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/providerspage.cpp" line="232"/>
        <source>Up to and including the version path, e.g. …/v1. Plain http is allowed only to this computer (127.0.0.1, localhost).</source>
        <translation>Bis einschließlich Versionspfad, z. B. …/v1. Unverschlüsseltes http ist nur zu diesem Computer erlaubt (127.0.0.1, localhost).</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/providerspage.cpp" line="236"/>
        <source>The proxy&apos;s address up to …/v1, and a LiteLLM virtual key as the API key. Models are named as LiteLLM names them (gemini/veo-3.1-generate-preview, runwayml/gen4_turbo); their prices come from the capability table.</source>
        <translation>Die Adresse des Proxys bis einschließlich …/v1 und ein virtueller LiteLLM-Schlüssel als API-Schlüssel. Die Modelle heißen so, wie LiteLLM sie nennt (gemini/veo-3.1-generate-preview, runwayml/gen4_turbo); ihre Preise stammen aus der Fähigkeitstabelle.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/providerspage.cpp" line="241"/>
        <source>Up to and including the version path, e.g. …/v1.</source>
        <translation>Bis einschließlich Versionspfad, z. B. …/v1.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/providerspage.cpp" line="259"/>
        <location filename="../src/widgets/settings/providerspage.cpp" line="264"/>
        <source>default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/providerspage.cpp" line="264"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/providerspage.cpp" line="266"/>
        <source>Provider default (%1)</source>
        <translation>Standard des Anbieters (%1)</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/providerspage.cpp" line="335"/>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/providerspage.cpp" line="372"/>
        <source>No key needed.</source>
        <translation>Kein Schlüssel nötig.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/providerspage.cpp" line="383"/>
        <source>Keys can still be used: keep the typed key for this session only (it is never written anywhere), or let Dailies read it from an environment variable each time it starts.</source>
        <translation>Schlüssel lassen sich trotzdem verwenden: Behalten Sie den eingegebenen Schlüssel nur für diese Sitzung (er wird nirgends gespeichert), oder lassen Sie Dailies ihn bei jedem Start aus einer Umgebungsvariable lesen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/providerspage.cpp" line="387"/>
        <source>Stored — type a new key to replace it</source>
        <translation>Gespeichert – neuen Schlüssel eingeben, um ihn zu ersetzen</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/providerspage.cpp" line="388"/>
        <source>Paste the key</source>
        <translation>Schlüssel einfügen</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/providerspage.cpp" line="390"/>
        <source>Name the environment variable that holds the key.</source>
        <translation>Nennen Sie die Umgebungsvariable, die den Schlüssel enthält.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/providerspage.cpp" line="401"/>
        <source>Type the key first.</source>
        <translation>Geben Sie zuerst den Schlüssel ein.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/providerspage.cpp" line="448"/>
        <source>Correct the name above first.</source>
        <translation>Korrigieren Sie zuerst den Namen oben.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/providerspage.cpp" line="448"/>
        <source>Correct the base URL above first.</source>
        <translation>Korrigieren Sie zuerst die Basis-URL oben.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/providerspage.cpp" line="469"/>
        <source>Cancel &amp;test</source>
        <translation>&amp;Test abbrechen</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/providerspage.cpp" line="470"/>
        <source>Cancel the connection test</source>
        <translation>Verbindungstest abbrechen</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/providerspage.cpp" line="472"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/providerspage.cpp" line="478"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/providerspage.cpp" line="479"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/providerspage.cpp" line="545"/>
        <source>The key of &apos;%1&apos; cannot be read from the keychain yet, so it cannot move to the new name. Rename the profile once its key shows as stored, or type the key again.</source>
        <translation>Der Schlüssel von „%1“ kann noch nicht aus dem Schlüsselbund gelesen werden und daher nicht zum neuen Namen umziehen. Benennen Sie das Profil um, sobald der Schlüssel als gespeichert angezeigt wird, oder geben Sie ihn erneut ein.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/providerspage.cpp" line="550"/>
        <source>A profile named &apos;%1&apos; already exists.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
</context>
<context>
    <name>Dailies::ReferenceImage</name>
    <message>
        <location filename="../src/widgets/referenceimage.cpp" line="38"/>
        <source>The image is empty.</source>
        <translation>Das Bild ist leer.</translation>
    </message>
    <message>
        <location filename="../src/widgets/referenceimage.cpp" line="40"/>
        <source>Choose a size such as 1280x720 first; the image is fitted to it.</source>
        <translation>Wählen Sie zuerst eine Auflösung wie 1280x720; das Bild wird daran angepasst.</translation>
    </message>
    <message>
        <location filename="../src/widgets/referenceimage.cpp" line="42"/>
        <source>The image is only %1×%2 pixels; it needs at least %3 on each side.</source>
        <translation>Das Bild hat nur %1×%2 Pixel; es braucht mindestens %3 auf jeder Seite.</translation>
    </message>
    <message>
        <location filename="../src/widgets/referenceimage.cpp" line="49"/>
        <source>The image is too narrow to fit into %1×%2; try Crop.</source>
        <translation>Das Bild ist zu schmal, um in %1×%2 zu passen; versuchen Sie Zuschneiden.</translation>
    </message>
    <message>
        <location filename="../src/widgets/referenceimage.cpp" line="53"/>
        <source>Cropping this image to %1×%2 would leave almost nothing; try Fit.</source>
        <translation>Dieses Bild auf %1×%2 zuzuschneiden ließe fast nichts übrig; versuchen Sie Einpassen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/referenceimage.cpp" line="91"/>
        <source>There is no image to save.</source>
        <translation>Es gibt kein Bild zum Speichern.</translation>
    </message>
    <message>
        <location filename="../src/widgets/referenceimage.cpp" line="93"/>
        <source>Cannot create the folder &apos;%1&apos;.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../src/widgets/referenceimage.cpp" line="99"/>
        <location filename="../src/widgets/referenceimage.cpp" line="105"/>
        <source>The image could not be encoded.</source>
        <translation>Das Bild konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <location filename="../src/widgets/referenceimage.cpp" line="116"/>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Dailies::ReferenceSlot</name>
    <message>
        <location filename="../src/widgets/referenceslot.cpp" line="49"/>
        <source>&amp;Browse…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <location filename="../src/widgets/referenceslot.cpp" line="50"/>
        <source>P&amp;aste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location filename="../src/widgets/referenceslot.cpp" line="51"/>
        <source>C&amp;lear</source>
        <translation>Lös&amp;chen</translation>
    </message>
    <message>
        <location filename="../src/widgets/referenceslot.cpp" line="52"/>
        <source>&amp;Fit</source>
        <translation>Ein&amp;passen</translation>
    </message>
    <message>
        <location filename="../src/widgets/referenceslot.cpp" line="53"/>
        <source>Cr&amp;op</source>
        <translation>&amp;Zuschneiden</translation>
    </message>
    <message>
        <location filename="../src/widgets/referenceslot.cpp" line="54"/>
        <source>Images with real people&apos;s faces are refused by the provider.</source>
        <translation>Bilder mit Gesichtern realer Personen lehnt der Anbieter ab.</translation>
    </message>
    <message>
        <location filename="../src/widgets/referenceslot.cpp" line="69"/>
        <source>Reference image and frame shape</source>
        <translation>Referenzbild und Bildformat</translation>
    </message>
    <message>
        <location filename="../src/widgets/referenceslot.cpp" line="71"/>
        <source>Drop an image here, or give this focus and press Ctrl+V</source>
        <translation>Bild hier ablegen, oder Fokus hierher setzen und Ctrl+V drücken</translation>
    </message>
    <message>
        <location filename="../src/widgets/referenceslot.cpp" line="72"/>
        <source>Drop or paste an image</source>
        <translation>Bild ablegen oder einfügen</translation>
    </message>
    <message>
        <location filename="../src/widgets/referenceslot.cpp" line="74"/>
        <source>Reference image file</source>
        <translation>Referenzbilddatei</translation>
    </message>
    <message>
        <location filename="../src/widgets/referenceslot.cpp" line="78"/>
        <source>Browse for a reference image</source>
        <translation>Referenzbild auswählen</translation>
    </message>
    <message>
        <location filename="../src/widgets/referenceslot.cpp" line="80"/>
        <source>Paste a reference image</source>
        <translation>Referenzbild einfügen</translation>
    </message>
    <message>
        <location filename="../src/widgets/referenceslot.cpp" line="82"/>
        <source>Clear the reference image</source>
        <translation>Referenzbild entfernen</translation>
    </message>
    <message>
        <location filename="../src/widgets/referenceslot.cpp" line="84"/>
        <source>Fit the whole image, with black bars</source>
        <translation>Ganzes Bild einpassen, mit schwarzen Balken</translation>
    </message>
    <message>
        <location filename="../src/widgets/referenceslot.cpp" line="85"/>
        <source>Scale the whole image into the frame; the rest is black</source>
        <translation>Das ganze Bild in den Rahmen skalieren; der Rest ist schwarz</translation>
    </message>
    <message>
        <location filename="../src/widgets/referenceslot.cpp" line="87"/>
        <source>Crop the image to fill the frame</source>
        <translation>Bild zuschneiden, bis es den Rahmen füllt</translation>
    </message>
    <message>
        <location filename="../src/widgets/referenceslot.cpp" line="88"/>
        <source>Scale the image to fill the frame and cut the centre</source>
        <translation>Das Bild skalieren, bis es den Rahmen füllt, und die Mitte ausschneiden</translation>
    </message>
    <message>
        <location filename="../src/widgets/referenceslot.cpp" line="95"/>
        <source>Note about faces</source>
        <translation>Hinweis zu Gesichtern</translation>
    </message>
    <message>
        <location filename="../src/widgets/referenceslot.cpp" line="105"/>
        <source>Reference image problem</source>
        <translation>Problem mit dem Referenzbild</translation>
    </message>
    <message>
        <location filename="../src/widgets/referenceslot.cpp" line="194"/>
        <source>&apos;%1&apos; is not a file.</source>
        <translation>„%1“ ist keine Datei.</translation>
    </message>
    <message>
        <location filename="../src/widgets/referenceslot.cpp" line="200"/>
        <source>&apos;%1&apos; is not an image Dailies can read (use PNG, JPEG or WebP).</source>
        <translation>„%1“ ist kein Bild, das Dailies lesen kann (verwenden Sie PNG, JPEG oder WebP).</translation>
    </message>
    <message>
        <location filename="../src/widgets/referenceslot.cpp" line="205"/>
        <source>&apos;%1&apos; cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/referenceslot.cpp" line="214"/>
        <source>%1 holds no image.</source>
        <translation>%1 enthält kein Bild.</translation>
    </message>
    <message>
        <location filename="../src/widgets/referenceslot.cpp" line="220"/>
        <location filename="../src/widgets/referenceslot.cpp" line="302"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/referenceslot.cpp" line="241"/>
        <source>Pasted image</source>
        <translation>Eingefügtes Bild</translation>
    </message>
    <message>
        <location filename="../src/widgets/referenceslot.cpp" line="244"/>
        <source>That holds no image.</source>
        <translation>Das enthält kein Bild.</translation>
    </message>
    <message>
        <location filename="../src/widgets/referenceslot.cpp" line="252"/>
        <source>The clipboard holds no image.</source>
        <translation>Die Zwischenablage enthält kein Bild.</translation>
    </message>
    <message>
        <location filename="../src/widgets/referenceslot.cpp" line="285"/>
        <source>Choose a reference image</source>
        <translation>Referenzbild auswählen</translation>
    </message>
    <message>
        <location filename="../src/widgets/referenceslot.cpp" line="288"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</translation>
    </message>
    <message>
        <location filename="../src/widgets/referenceslot.cpp" line="288"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/widgets/referenceslot.cpp" line="326"/>
        <source>%1 (%2×%3), sent as %4</source>
        <translation>%1 (%2×%3), gesendet als %4</translation>
    </message>
    <message>
        <location filename="../src/widgets/referenceslot.cpp" line="330"/>
        <source>nothing yet</source>
        <translation>noch nichts</translation>
    </message>
    <message>
        <location filename="../src/widgets/referenceslot.cpp" line="331"/>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message>
        <location filename="../src/widgets/referenceslot.cpp" line="332"/>
        <source>No reference image</source>
        <translation>Kein Referenzbild</translation>
    </message>
</context>
<context>
    <name>Dailies::RemixDialog</name>
    <message>
        <source>Remix</source>
        <translation type="vanished">Remix</translation>
    </message>
    <message>
        <source>The take to remix</source>
        <translation type="vanished">Der zu remixende Take</translation>
    </message>
    <message>
        <source>Prompt of the take to remix</source>
        <translation type="vanished">Prompt des zu remixenden Takes</translation>
    </message>
    <message>
        <source>&amp;What changes:</source>
        <translation type="vanished">&amp;Was sich ändert:</translation>
    </message>
    <message>
        <source>Remix prompt</source>
        <translation type="vanished">Remix-Prompt</translation>
    </message>
    <message>
        <source>Describe the change, e.g. &quot;the same shot at dusk, in the rain&quot;</source>
        <translation type="vanished">Beschreiben Sie die Änderung, z. B. „dieselbe Einstellung in der Abenddämmerung, im Regen“</translation>
    </message>
    <message>
        <source>Cost of the remix</source>
        <translation type="vanished">Kosten des Remix</translation>
    </message>
    <message>
        <source>Problem with the remix</source>
        <translation type="vanished">Problem mit dem Remix</translation>
    </message>
    <message>
        <source>&amp;Remix</source>
        <translation type="vanished">&amp;Remix</translation>
    </message>
    <message>
        <source>Write what the remix should change.</source>
        <translation type="vanished">Schreiben Sie, was der Remix ändern soll.</translation>
    </message>
    <message>
        <source>The prompt is %1 characters long; the limit is %2.</source>
        <translation type="vanished">Der Prompt ist %1 Zeichen lang; die Grenze liegt bei %2.</translation>
    </message>
    <message>
        <source>Remix is not available here.</source>
        <translation type="vanished">Remix ist hier nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>Dailies::RemoteImport</name>
    <message>
        <location filename="../src/core/library/remoteimport.cpp" line="82"/>
        <source>The provider&apos;s list of videos could not be read: %1</source>
        <translation>Die Videoliste des Anbieters konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/library/remoteimport.cpp" line="145"/>
        <source>%1: the video could not be downloaded: %2</source>
        <translation>%1: Das Video konnte nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/library/remoteimport.cpp" line="163"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Dailies::SettingsDialog</name>
    <message>
        <location filename="../src/widgets/settingsdialog.cpp" line="61"/>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../src/widgets/settingsdialog.cpp" line="62"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location filename="../src/widgets/settingsdialog.cpp" line="63"/>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location filename="../src/widgets/settingsdialog.cpp" line="64"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../src/widgets/settingsdialog.cpp" line="66"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../src/widgets/settingsdialog.cpp" line="68"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>Dailies::SourceJobDialog</name>
    <message>
        <location filename="../src/widgets/library/sourcejobdialog.cpp" line="37"/>
        <source>Remix</source>
        <translation>Remix</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/sourcejobdialog.cpp" line="38"/>
        <source>The take to remix</source>
        <translation>Der zu remixende Take</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/sourcejobdialog.cpp" line="39"/>
        <location filename="../src/widgets/library/sourcejobdialog.cpp" line="46"/>
        <source>&amp;What changes:</source>
        <translation>&amp;Was sich ändert:</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/sourcejobdialog.cpp" line="40"/>
        <source>Describe the change, e.g. &quot;the same shot at dusk, in the rain&quot;</source>
        <translation>Beschreiben Sie die Änderung, z. B. „dieselbe Einstellung in der Abenddämmerung, im Regen“</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/sourcejobdialog.cpp" line="41"/>
        <source>&amp;Remix</source>
        <translation>&amp;Remix</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/sourcejobdialog.cpp" line="44"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/sourcejobdialog.cpp" line="45"/>
        <source>The take to edit</source>
        <translation>Der zu bearbeitende Take</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/sourcejobdialog.cpp" line="47"/>
        <source>Describe the change, e.g. &quot;make it night and let the lamps glow&quot;</source>
        <translation>Beschreiben Sie die Änderung, z. B. „mach es Nacht und lass die Laternen leuchten“</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/sourcejobdialog.cpp" line="48"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/sourcejobdialog.cpp" line="51"/>
        <source>Extend</source>
        <translation>Verlängern</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/sourcejobdialog.cpp" line="52"/>
        <source>The take to extend</source>
        <translation>Der zu verlängernde Take</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/sourcejobdialog.cpp" line="53"/>
        <source>&amp;What happens next:</source>
        <translation>&amp;Was als Nächstes geschieht:</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/sourcejobdialog.cpp" line="54"/>
        <source>Describe how the shot goes on, e.g. &quot;the camera keeps rising over the roofs&quot;</source>
        <translation>Beschreiben Sie, wie die Einstellung weitergeht, z. B. „die Kamera steigt weiter über die Dächer“</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/sourcejobdialog.cpp" line="55"/>
        <source>E&amp;xtend</source>
        <translation>&amp;Verlängern</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/sourcejobdialog.cpp" line="71"/>
        <source>Prompt of the take</source>
        <translation>Prompt des Takes</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/sourcejobdialog.cpp" line="83"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/sourcejobdialog.cpp" line="88"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/sourcejobdialog.cpp" line="91"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/sourcejobdialog.cpp" line="109"/>
        <source>The edit is a new clip of the same length, made from this take with your change; the take itself stays.</source>
        <translation>Die Bearbeitung ist ein neuer Clip derselben Länge, aus diesem Take mit Ihrer Änderung; der Take selbst bleibt.</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/sourcejobdialog.cpp" line="111"/>
        <source>The extension is a new clip: this take, followed by the seconds you add. The take itself stays.</source>
        <translation>Die Verlängerung ist ein neuer Clip: dieser Take, gefolgt von den Sekunden, die Sie hinzufügen. Der Take selbst bleibt.</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/sourcejobdialog.cpp" line="123"/>
        <source>&amp;Add:</source>
        <translation>&amp;Hinzufügen:</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/sourcejobdialog.cpp" line="144"/>
        <source>Seconds to add</source>
        <translation>Hinzuzufügende Sekunden</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/sourcejobdialog.cpp" line="145"/>
        <source>How many seconds the extension adds</source>
        <translation>Wie viele Sekunden die Verlängerung hinzufügt</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/sourcejobdialog.cpp" line="148"/>
        <source>Length after the extension</source>
        <translation>Länge nach der Verlängerung</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/sourcejobdialog.cpp" line="153"/>
        <source>+%1 s</source>
        <translation>+%1 s</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/sourcejobdialog.cpp" line="159"/>
        <source>That would make the clip %1 s long; the most is %2 s.</source>
        <translation>Damit wäre der Clip %1 s lang; höchstens sind %2 s möglich.</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/sourcejobdialog.cpp" line="169"/>
        <source>This take is already extension %1 of %2 of its clip; it cannot be extended again.</source>
        <translation>Dieser Take ist bereits Verlängerung %1 von %2 seines Clips; er kann nicht weiter verlängert werden.</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/sourcejobdialog.cpp" line="173"/>
        <source>This take is %1 s long; any extension would make it longer than %2 s, the most there can be.</source>
        <translation>Dieser Take ist %1 s lang; jede Verlängerung machte ihn länger als %2 s, das Höchstmaß.</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/sourcejobdialog.cpp" line="214"/>
        <source>%1 s → %2 s, extension %3 of %4</source>
        <translation>%1 s → %2 s, Verlängerung %3 von %4</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/sourcejobdialog.cpp" line="228"/>
        <source>Choose a length that keeps the clip within %1 s.</source>
        <translation>Wählen Sie eine Länge, mit der der Clip höchstens %1 s lang wird.</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/sourcejobdialog.cpp" line="231"/>
        <source>Write what happens in the extension.</source>
        <translation>Schreiben Sie, was in der Verlängerung geschieht.</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/sourcejobdialog.cpp" line="232"/>
        <source>Write what the edit should change.</source>
        <translation>Schreiben Sie, was die Bearbeitung ändern soll.</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/sourcejobdialog.cpp" line="233"/>
        <source>Write what the remix should change.</source>
        <translation>Schreiben Sie, was der Remix ändern soll.</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/sourcejobdialog.cpp" line="235"/>
        <source>The prompt is %1 characters long; the limit is %2.</source>
        <translation>Der Prompt ist %1 Zeichen lang; die Grenze liegt bei %2.</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/sourcejobdialog.cpp" line="248"/>
        <source>This is not available here.</source>
        <translation>Das ist hier nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>Dailies::SpendLedger</name>
    <message>
        <location filename="../src/core/pricing/spendledger.cpp" line="173"/>
        <source>The budget could not be saved in the library database.</source>
        <translation>Das Budget konnte nicht in der Bibliotheksdatenbank gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../src/core/pricing/spendledger.cpp" line="198"/>
        <source>This would cost %1, but only %2 of this month&apos;s budget of %3 is left.</source>
        <translation>Dies würde %1 kosten, aber vom Monatsbudget von %3 sind nur noch %2 übrig.</translation>
    </message>
    <message>
        <location filename="../src/core/pricing/spendledger.cpp" line="200"/>
        <source>This month&apos;s budget of %1 is used up (%2 spent, nothing left), so nothing more is sent.</source>
        <translation>Das Monatsbudget von %1 ist aufgebraucht (%2 ausgegeben, nichts übrig), daher wird nichts mehr gesendet.</translation>
    </message>
    <message>
        <location filename="../src/core/pricing/spendledger.cpp" line="203"/>
        <source>This goes over this month&apos;s budget of %1 by %2 (%3 left before it).</source>
        <translation>Dies überschreitet das Monatsbudget von %1 um %2 (davor %3 übrig).</translation>
    </message>
    <message>
        <location filename="../src/core/pricing/spendledger.cpp" line="207"/>
        <source>This takes this month&apos;s spending past %1 % of the budget (%2 of %3).</source>
        <translation>Damit übersteigen die Ausgaben dieses Monats %1 % des Budgets (%2 von %3).</translation>
    </message>
    <message>
        <location filename="../src/core/pricing/spendledger.cpp" line="222"/>
        <source>%1 % of this month&apos;s budget is spent (%2 of %3 %4).</source>
        <translation>%1 % des Monatsbudgets sind ausgegeben (%2 von %3 %4).</translation>
    </message>
</context>
<context>
    <name>Dailies::StatusPage</name>
    <message>
        <location filename="../src/widgets/preview/statuspage.cpp" line="49"/>
        <source>Job status</source>
        <translation>Auftragsstatus</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/statuspage.cpp" line="53"/>
        <source>Job progress</source>
        <translation>Auftragsfortschritt</translation>
    </message>
</context>
<context>
    <name>Dailies::StudioDelegate</name>
    <message>
        <location filename="../src/widgets/library/studiodelegate.cpp" line="76"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/studiodelegate.cpp" line="79"/>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/studiodelegate.cpp" line="287"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>Dailies::StudioModel</name>
    <message>
        <location filename="../src/core/models/studiomodel_roles.cpp" line="72"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../src/core/models/studiomodel_roles.cpp" line="74"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../src/core/models/studiomodel_roles.cpp" line="76"/>
        <source>Submitting</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location filename="../src/core/models/studiomodel_roles.cpp" line="78"/>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <location filename="../src/core/models/studiomodel_roles.cpp" line="80"/>
        <source>Rendering %1 %</source>
        <translation>Rendert %1 %</translation>
    </message>
    <message>
        <location filename="../src/core/models/studiomodel_roles.cpp" line="82"/>
        <source>Downloading</source>
        <translation>Lädt herunter</translation>
    </message>
    <message>
        <location filename="../src/core/models/studiomodel_roles.cpp" line="84"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../src/core/models/studiomodel_roles.cpp" line="86"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/core/models/studiomodel_roles.cpp" line="88"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/core/models/studiomodel_roles.cpp" line="90"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../src/core/models/studiomodel_roles.cpp" line="92"/>
        <source>Needs attention</source>
        <translation>Eingriff nötig</translation>
    </message>
</context>
<context>
    <name>Dailies::StudioStartup</name>
    <message>
        <location filename="../src/widgets/studiostartup.cpp" line="38"/>
        <location filename="../src/widgets/studiostartup.cpp" line="41"/>
        <source>Dailies</source>
        <translation>Dailies</translation>
    </message>
    <message>
        <location filename="../src/widgets/studiostartup.cpp" line="42"/>
        <source>The library in %1 cannot be opened.</source>
        <translation>Die Bibliothek in %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../src/widgets/studiostartup.cpp" line="45"/>
        <source>It is left untouched. You can start a fresh library in another folder.</source>
        <translation>Sie bleibt unverändert. Sie können in einem anderen Ordner eine neue Bibliothek anlegen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/studiostartup.cpp" line="46"/>
        <source>Choose Another Folder…</source>
        <translation>Anderen Ordner wählen…</translation>
    </message>
    <message>
        <location filename="../src/widgets/studiostartup.cpp" line="51"/>
        <source>Folder for a Fresh Library</source>
        <translation>Ordner für eine neue Bibliothek</translation>
    </message>
    <message>
        <source>Jobs of profile &apos;%1&apos; wait: there is no such profile any more.</source>
        <translation type="vanished">Aufträge von Profil „%1“ warten: dieses Profil gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../src/widgets/studiostartup.cpp" line="66"/>
        <source>Jobs of profile &apos;%1&apos; wait: %2</source>
        <translation>Aufträge von Profil „%1“ warten: %2</translation>
    </message>
</context>
<context>
    <name>Dailies::SyntaxDefinition</name>
    <message>
        <location filename="../src/core/prompt/syntaxdefinition.cpp" line="231"/>
        <location filename="../src/core/prompt/syntaxdefinition.cpp" line="235"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/syntaxdefinition.cpp" line="242"/>
        <source>the document is not a syntax definition (no &lt;language&gt; element)</source>
        <translation>das Dokument ist keine Syntaxdefinition (kein &lt;language&gt;-Element)</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/syntaxdefinition.cpp" line="256"/>
        <source>the definition has no contexts</source>
        <translation>die Definition hat keine Kontexte</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/syntaxdefinition.cpp" line="324"/>
        <source>itemData &apos;%1&apos; has an unknown defStyleNum &apos;%2&apos;; dsNormal is used</source>
        <translation>itemData „%1“ hat einen unbekannten defStyleNum „%2“; dsNormal wird verwendet</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/syntaxdefinition.cpp" line="375"/>
        <source>IncludeRules of another definition (&apos;%1&apos;) is not supported; rule left out</source>
        <translation>IncludeRules einer anderen Definition („%1“) wird nicht unterstützt; Regel ausgelassen</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/syntaxdefinition.cpp" line="398"/>
        <source>rule &lt;%1&gt; is not supported by the built-in highlighter; rule left out</source>
        <translation>Regel &lt;%1&gt; wird vom eingebauten Highlighter nicht unterstützt; Regel ausgelassen</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/syntaxdefinition.cpp" line="403"/>
        <source>dynamic &lt;%1&gt; rules are not supported by the built-in highlighter; rule left out</source>
        <translation>dynamische &lt;%1&gt;-Regeln werden vom eingebauten Highlighter nicht unterstützt; Regel ausgelassen</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/syntaxdefinition.cpp" line="420"/>
        <source>&lt;%1&gt; needs a single character in &apos;%2&apos;</source>
        <translation>&lt;%1&gt; braucht ein einzelnes Zeichen in „%2“</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/syntaxdefinition.cpp" line="444"/>
        <source>&lt;%1&gt; needs a non-empty String</source>
        <translation>&lt;%1&gt; braucht einen nicht leeren String</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/syntaxdefinition.cpp" line="458"/>
        <source>invalid regular expression &apos;%1&apos;: %2 at offset %3</source>
        <translation>ungültiger regulärer Ausdruck „%1“: %2 bei Offset %3</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/syntaxdefinition.cpp" line="484"/>
        <source>rules nested in &lt;%1&gt; are not supported; they are left out</source>
        <translation>in &lt;%1&gt; verschachtelte Regeln werden nicht unterstützt; sie werden ausgelassen</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/syntaxdefinition.cpp" line="510"/>
        <source>context &apos;%1&apos; is in another definition, which is not supported</source>
        <translation>Kontext „%1“ liegt in einer anderen Definition, was nicht unterstützt wird</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/syntaxdefinition.cpp" line="513"/>
        <source>unknown context &apos;%1&apos;</source>
        <translation>unbekannter Kontext „%1“</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/syntaxdefinition.cpp" line="523"/>
        <source>unknown itemData &apos;%1&apos;</source>
        <translation>unbekanntes itemData „%1“</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/syntaxdefinition.cpp" line="536"/>
        <source>keyword list &apos;%1&apos; includes the unknown list &apos;%2&apos;</source>
        <translation>Schlüsselwortliste „%1“ schließt die unbekannte Liste „%2“ ein</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/syntaxdefinition.cpp" line="560"/>
        <source>IncludeRules names the unknown context &apos;%1&apos;</source>
        <translation>IncludeRules nennt den unbekannten Kontext „%1“</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/syntaxdefinition.cpp" line="562"/>
        <source>IncludeRules of &apos;%1&apos; is circular; left out</source>
        <translation>IncludeRules von „%1“ ist zirkulär; ausgelassen</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/syntaxdefinition.cpp" line="585"/>
        <source>the definition has no itemData</source>
        <translation>die Definition hat kein itemData</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/syntaxdefinition.cpp" line="621"/>
        <source>a lookAhead rule must switch context; rule left out</source>
        <translation>eine lookAhead-Regel muss den Kontext wechseln; Regel ausgelassen</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/syntaxdefinition.cpp" line="632"/>
        <source>unknown keyword list &apos;%1&apos;</source>
        <translation>unbekannte Schlüsselwortliste „%1“</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/syntaxdefinition.cpp" line="783"/>
        <source>Cannot read the syntax definition &apos;%1&apos;: %2</source>
        <translation>Die Syntaxdefinition „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/prompt/syntaxdefinition.cpp" line="814"/>
        <source>No syntax definition is loaded.</source>
        <translation>Es ist keine Syntaxdefinition geladen.</translation>
    </message>
</context>
<context>
    <name>Dailies::TagsDialog</name>
    <message>
        <location filename="../src/widgets/library/tagsdialog.cpp" line="31"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/tagsdialog.cpp" line="42"/>
        <source>Tags of the selected clips</source>
        <translation>Schlagwörter der ausgewählten Clips</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/tagsdialog.cpp" line="52"/>
        <source>&amp;New tag:</source>
        <translation>&amp;Neues Schlagwort:</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/tagsdialog.cpp" line="55"/>
        <source>New tag</source>
        <translation>Neues Schlagwort</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/tagsdialog.cpp" line="56"/>
        <source>night, coast, final cut</source>
        <translation>Nacht, Küste, Endfassung</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/tagsdialog.cpp" line="62"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/widgets/library/tagsdialog.cpp" line="128"/>
        <source>A tag can be at most %1 characters long.</source>
        <translation>Ein Schlagwort darf höchstens %1 Zeichen lang sein.</translation>
    </message>
</context>
<context>
    <name>Dailies::Thumbnailer</name>
    <message>
        <location filename="../src/media/thumbnailer.cpp" line="54"/>
        <source>There is no picture to save.</source>
        <translation>Es gibt kein Bild zum Speichern.</translation>
    </message>
    <message>
        <location filename="../src/media/thumbnailer.cpp" line="59"/>
        <location filename="../src/media/thumbnailer.cpp" line="64"/>
        <location filename="../src/media/thumbnailer.cpp" line="67"/>
        <source>Cannot write the thumbnail &apos;%1&apos;: %2</source>
        <translation>Das Vorschaubild „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Dailies::TransportBar</name>
    <message>
        <location filename="../src/widgets/preview/transportbar.cpp" line="95"/>
        <source>Play or pause</source>
        <translation>Abspielen oder pausieren</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/transportbar.cpp" line="97"/>
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/transportbar.cpp" line="98"/>
        <source>Play the clip again and again</source>
        <translation>Den Clip immer wieder abspielen</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/transportbar.cpp" line="102"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/transportbar.cpp" line="103"/>
        <source>Drag to scrub; , and . step one frame</source>
        <translation>Ziehen zum Scrubben; , und . gehen ein Bild weiter</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/transportbar.cpp" line="106"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/transportbar.cpp" line="109"/>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/transportbar.cpp" line="110"/>
        <source>Playback speed ([ slower, ] faster)</source>
        <translation>Wiedergabegeschwindigkeit ([ langsamer, ] schneller)</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/transportbar.cpp" line="117"/>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/transportbar.cpp" line="119"/>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location filename="../src/widgets/preview/transportbar.cpp" line="120"/>
        <source>Volume (M mutes)</source>
        <translation>Lautstärke (M schaltet stumm)</translation>
    </message>
</context>
<context>
    <name>Dailies::Workspace</name>
    <message>
        <location filename="../src/session/workspace.cpp" line="86"/>
        <source>the file name template in the settings is not usable (%1); using the default.</source>
        <translation>die Dateinamensvorlage in den Einstellungen ist nicht verwendbar (%1); der Standard wird verwendet.</translation>
    </message>
    <message>
        <location filename="../src/session/workspace.cpp" line="168"/>
        <source>the profile &apos;%1&apos; is removed, but its key could not be removed from the keychain (%2); remove it there by hand.</source>
        <translation>Das Profil „%1“ ist entfernt, aber sein Schlüssel konnte nicht aus dem Schlüsselbund entfernt werden (%2); entfernen Sie ihn dort von Hand.</translation>
    </message>
    <message>
        <location filename="../src/session/workspace.cpp" line="347"/>
        <source>no API key for profile &apos;%1&apos;. Store one with &apos;dailies key set %1&apos; (it reads the key from standard input), set %2, or name another variable with --api-key-env.</source>
        <translation>kein API-Schlüssel für Profil „%1“. Speichern Sie einen mit „dailies key set %1“ (liest den Schlüssel von der Standardeingabe), setzen Sie %2 oder nennen Sie mit --api-key-env eine andere Variable.</translation>
    </message>
    <message>
        <location filename="../src/session/workspace.cpp" line="349"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../src/session/workspace.cpp" line="351"/>
        <source>Note: %1.</source>
        <translation>Hinweis: %1.</translation>
    </message>
    <message>
        <location filename="../src/session/workspace.cpp" line="357"/>
        <source>the demo provider could not start: %1</source>
        <translation>der Demo-Anbieter konnte nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../src/session/workspace.cpp" line="382"/>
        <source>the system keychain did not answer (%1)</source>
        <translation>der Systemschlüsselbund hat nicht geantwortet (%1)</translation>
    </message>
    <message>
        <location filename="../src/session/workspace.cpp" line="414"/>
        <source>%1: the provider profile &apos;%2&apos; no longer exists.</source>
        <translation>%1: Das Anbieterprofil „%2“ existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../src/session/workspace.cpp" line="419"/>
        <location filename="../src/session/workspace.cpp" line="426"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/session/workspace.cpp" line="456"/>
        <source>there is no such profile any more.</source>
        <translation>dieses Profil gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Dailies::ZipWriter</name>
    <message>
        <location filename="../src/core/library/zipwriter.cpp" line="91"/>
        <location filename="../src/core/library/zipwriter.cpp" line="186"/>
        <source>Cannot write the zip file: %1</source>
        <translation>Die ZIP-Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/library/zipwriter.cpp" line="98"/>
        <location filename="../src/core/library/zipwriter.cpp" line="194"/>
        <source>The zip file is already finished.</source>
        <translation>Die ZIP-Datei ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../src/core/library/zipwriter.cpp" line="102"/>
        <source>The zip file is not open for writing.</source>
        <translation>Die ZIP-Datei ist nicht zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <location filename="../src/core/library/zipwriter.cpp" line="105"/>
        <source>&apos;%1&apos; cannot be stored in a zip file: names must be relative paths.</source>
        <translation>„%1“ kann nicht in einer ZIP-Datei gespeichert werden: Namen müssen relative Pfade sein.</translation>
    </message>
    <message>
        <location filename="../src/core/library/zipwriter.cpp" line="107"/>
        <source>A zip file without Zip64 holds at most 65,535 files.</source>
        <translation>Eine ZIP-Datei ohne Zip64 enthält höchstens 65.535 Dateien.</translation>
    </message>
    <message>
        <location filename="../src/core/library/zipwriter.cpp" line="109"/>
        <location filename="../src/core/library/zipwriter.cpp" line="220"/>
        <source>The zip file would grow past 4 GiB, which needs Zip64.</source>
        <translation>Die ZIP-Datei würde über 4 GiB wachsen, was Zip64 erfordert.</translation>
    </message>
    <message>
        <location filename="../src/core/library/zipwriter.cpp" line="136"/>
        <location filename="../src/core/library/zipwriter.cpp" line="157"/>
        <location filename="../src/core/library/zipwriter.cpp" line="175"/>
        <source>&apos;%1&apos; is too large for a zip file without Zip64.</source>
        <translation>„%1“ ist zu groß für eine ZIP-Datei ohne Zip64.</translation>
    </message>
    <message>
        <location filename="../src/core/library/zipwriter.cpp" line="155"/>
        <location filename="../src/core/library/zipwriter.cpp" line="169"/>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>JobsPage</name>
    <message>
        <location filename="../ui/settings/jobspage.ui" line="12"/>
        <source>&amp;Jobs at once:</source>
        <translation>Gleich&amp;zeitige Aufträge:</translation>
    </message>
    <message>
        <location filename="../ui/settings/jobspage.ui" line="22"/>
        <source>Jobs at once per profile</source>
        <translation>Gleichzeitige Aufträge pro Profil</translation>
    </message>
    <message>
        <location filename="../ui/settings/jobspage.ui" line="41"/>
        <source>Per provider; a provider profile can set its own limit.</source>
        <translation>Pro Anbieter; ein Anbieterprofil kann ein eigenes Limit setzen.</translation>
    </message>
    <message>
        <location filename="../ui/settings/jobspage.ui" line="57"/>
        <source>Check progress at most &amp;every:</source>
        <translation>Fortschritt prüfen höchstens &amp;alle:</translation>
    </message>
    <message>
        <location filename="../ui/settings/jobspage.ui" line="67"/>
        <source>Shortest polling interval in seconds</source>
        <translation>Kürzestes Abfrageintervall in Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/settings/jobspage.ui" line="86"/>
        <source>…and at &amp;least every:</source>
        <translation>…und &amp;mindestens alle:</translation>
    </message>
    <message>
        <location filename="../ui/settings/jobspage.ui" line="96"/>
        <source>Longest polling interval in seconds</source>
        <translation>Längstes Abfrageintervall in Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/settings/jobspage.ui" line="134"/>
        <source>Dailies checks often while a job is young and less often as it runs longer, within these bounds.</source>
        <translation>Dailies prüft häufig, solange ein Auftrag jung ist, und seltener, je länger er läuft – innerhalb dieser Grenzen.</translation>
    </message>
    <message>
        <location filename="../ui/settings/jobspage.ui" line="150"/>
        <source>Download the &amp;spritesheet of each clip (used for scrubbing previews)</source>
        <translation>&amp;Spritesheet jedes Clips herunterladen (für Scrubbing-Vorschauen)</translation>
    </message>
    <message>
        <location filename="../ui/settings/jobspage.ui" line="153"/>
        <source>Download spritesheets</source>
        <translation>Spritesheets herunterladen</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../ui/settings/languagepage.ui" line="12"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/settings/languagepage.ui" line="22"/>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <location filename="../ui/settings/languagepage.ui" line="32"/>
        <source>A new language takes effect the next time Dailies starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von Dailies wirksam.</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../ui/settings/librarypage.ui" line="12"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/settings/librarypage.ui" line="24"/>
        <source>Library folder</source>
        <translation>Bibliotheksordner</translation>
    </message>
    <message>
        <location filename="../ui/settings/librarypage.ui" line="31"/>
        <source>&amp;Browse…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <location filename="../ui/settings/librarypage.ui" line="34"/>
        <source>Choose the library folder</source>
        <translation>Bibliotheksordner wählen</translation>
    </message>
    <message>
        <location filename="../ui/settings/librarypage.ui" line="78"/>
        <source>File &amp;names:</source>
        <translation>&amp;Dateinamen:</translation>
    </message>
    <message>
        <location filename="../ui/settings/librarypage.ui" line="88"/>
        <source>File name template</source>
        <translation>Dateinamensvorlage</translation>
    </message>
    <message>
        <location filename="../ui/settings/librarypage.ui" line="98"/>
        <source>Example file name</source>
        <translation>Beispiel-Dateiname</translation>
    </message>
    <message>
        <location filename="../ui/settings/librarypage.ui" line="130"/>
        <source>Placeholders: {date} {time} {prompt:N} {model} {size} {seconds} {id} {project}; “/” makes a folder.</source>
        <translation>Platzhalter: {date} {time} {prompt:N} {model} {size} {seconds} {id} {project}; „/“ erzeugt einen Ordner.</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <location filename="../ui/settings/notificationspage.ui" line="12"/>
        <source>Show a &amp;notification when a job ends while Dailies is in the background</source>
        <translation>&amp;Benachrichtigung anzeigen, wenn ein Auftrag endet, während Dailies im Hintergrund ist</translation>
    </message>
    <message>
        <location filename="../ui/settings/notificationspage.ui" line="15"/>
        <source>Tray notification when a job ends</source>
        <translation>Tray-Benachrichtigung, wenn ein Auftrag endet</translation>
    </message>
    <message>
        <location filename="../ui/settings/notificationspage.ui" line="22"/>
        <source>Play a &amp;sound with the notification</source>
        <translation>&amp;Ton zur Benachrichtigung abspielen</translation>
    </message>
    <message>
        <location filename="../ui/settings/notificationspage.ui" line="25"/>
        <source>Notification sound</source>
        <translation>Benachrichtigungston</translation>
    </message>
    <message>
        <location filename="../ui/settings/notificationspage.ui" line="32"/>
        <source>Notify &amp;about:</source>
        <translation>Benachrichtigen b&amp;ei:</translation>
    </message>
    <message>
        <location filename="../ui/settings/notificationspage.ui" line="42"/>
        <source>Which jobs to notify about</source>
        <translation>Bei welchen Aufträgen benachrichtigt wird</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <location filename="../ui/settings/providerspage.ui" line="12"/>
        <source>Provider profiles</source>
        <translation>Anbieterprofile</translation>
    </message>
    <message>
        <location filename="../ui/settings/providerspage.ui" line="27"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/settings/providerspage.ui" line="30"/>
        <source>Add a profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/settings/providerspage.ui" line="43"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/settings/providerspage.ui" line="46"/>
        <source>Remove the profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <location filename="../ui/settings/providerspage.ui" line="109"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/settings/providerspage.ui" line="119"/>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <location filename="../ui/settings/providerspage.ui" line="122"/>
        <source>e.g. azure-eu</source>
        <translation>z. B. azure-eu</translation>
    </message>
    <message>
        <location filename="../ui/settings/providerspage.ui" line="148"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <location filename="../ui/settings/providerspage.ui" line="158"/>
        <source>Provider kind</source>
        <translation>Anbietertyp</translation>
    </message>
    <message>
        <location filename="../ui/settings/providerspage.ui" line="165"/>
        <source>Base &amp;URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <location filename="../ui/settings/providerspage.ui" line="175"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location filename="../ui/settings/providerspage.ui" line="178"/>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <location filename="../ui/settings/providerspage.ui" line="220"/>
        <source>&amp;Draft model:</source>
        <translation>Ent&amp;wurfsmodell:</translation>
    </message>
    <message>
        <location filename="../ui/settings/providerspage.ui" line="230"/>
        <source>Draft model</source>
        <translation>Entwurfsmodell</translation>
    </message>
    <message>
        <location filename="../ui/settings/providerspage.ui" line="240"/>
        <source>&amp;Final model:</source>
        <translation>&amp;Finales Modell:</translation>
    </message>
    <message>
        <location filename="../ui/settings/providerspage.ui" line="250"/>
        <source>Final model</source>
        <translation>Finales Modell</translation>
    </message>
    <message>
        <location filename="../ui/settings/providerspage.ui" line="260"/>
        <source>Render final re-runs a draft on this model, at full quality.</source>
        <translation>Final rendern führt einen Entwurf erneut mit diesem Modell aus, in voller Qualität.</translation>
    </message>
    <message>
        <location filename="../ui/settings/providerspage.ui" line="276"/>
        <source>&amp;Jobs at once:</source>
        <translation>Gleich&amp;zeitige Aufträge:</translation>
    </message>
    <message>
        <location filename="../ui/settings/providerspage.ui" line="286"/>
        <source>Jobs at once on this profile</source>
        <translation>Gleichzeitige Aufträge mit diesem Profil</translation>
    </message>
    <message>
        <location filename="../ui/settings/providerspage.ui" line="305"/>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/settings/providerspage.ui" line="317"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/settings/providerspage.ui" line="320"/>
        <source>Type a new key to replace the stored one</source>
        <translation>Neuen Schlüssel eingeben, um den gespeicherten zu ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/settings/providerspage.ui" line="330"/>
        <source>Forget key</source>
        <translation>Schlüssel vergessen</translation>
    </message>
    <message>
        <location filename="../ui/settings/providerspage.ui" line="333"/>
        <source>Forget the stored key</source>
        <translation>Gespeicherten Schlüssel vergessen</translation>
    </message>
    <message>
        <location filename="../ui/settings/providerspage.ui" line="385"/>
        <source>Use this key for this &amp;session only</source>
        <translation>Schlüssel nur für &amp;diese Sitzung verwenden</translation>
    </message>
    <message>
        <location filename="../ui/settings/providerspage.ui" line="388"/>
        <source>Use this key for this session only</source>
        <translation>Schlüssel nur für diese Sitzung verwenden</translation>
    </message>
    <message>
        <location filename="../ui/settings/providerspage.ui" line="395"/>
        <source>Read it from an en&amp;vironment variable</source>
        <translation>Aus einer &amp;Umgebungsvariable lesen</translation>
    </message>
    <message>
        <location filename="../ui/settings/providerspage.ui" line="398"/>
        <source>Read the key from an environment variable</source>
        <translation>Schlüssel aus einer Umgebungsvariable lesen</translation>
    </message>
    <message>
        <location filename="../ui/settings/providerspage.ui" line="423"/>
        <source>&amp;Environment variable:</source>
        <translation>Umgebungs&amp;variable:</translation>
    </message>
    <message>
        <location filename="../ui/settings/providerspage.ui" line="433"/>
        <source>Environment variable that holds the key</source>
        <translation>Umgebungsvariable mit dem Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/settings/providerspage.ui" line="436"/>
        <source>e.g. AZURE_OPENAI_API_KEY</source>
        <translation>z. B. AZURE_OPENAI_API_KEY</translation>
    </message>
    <message>
        <location filename="../ui/settings/providerspage.ui" line="464"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../ui/settings/providerspage.ui" line="467"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../ui/settings/providerspage.ui" line="489"/>
        <source>Testing the connection</source>
        <translation>Verbindung wird getestet</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.ui" line="15"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="23"/>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="51"/>
        <source>Settings page</source>
        <translation>Einstellungsseite</translation>
    </message>
</context>
</TS>
