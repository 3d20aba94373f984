# net.blocks_app_servers, net.blocks_this_computer and site.unexplained between vantages
# (crates/engine/src/catalog/vantage.rs). Menu names of Wordfence, Cloudflare and the security
# plugins stay as those products show them.

vantage-relay-fallback = dem Relay
vantage-differences = Dieselben Anfragen erhielten unterschiedliche Antworten: { $differences }.
vantage-app-title-agent = Der Shop lehnt Anfragen ab, die angeben, von { $app } zu kommen
vantage-app-title-rate-limited = Der Shop drosselt die Server der App, aber nicht diesen Computer
vantage-app-title = Der Shop antwortet diesem Computer, blockiert aber die Server der App
vantage-app-summary-agent = Der Shop lehnt Anfragen ab, die sich als { $app } ausweisen, während er einem Webbrowser antwortet.
vantage-app-summary = Der Shop lehnt die Server von { $app } ab, während er diesem Computer antwortet, daher kann sich { $app } nicht verbinden, obwohl der Shop für Sie in Ordnung aussieht.
vantage-app-action-agent-vendor = Entfernen Sie die Regel in { $vendor }, die den User-Agent von { $app } blockiert, wie die Lösung unten zeigt.
vantage-app-action-agent = Entfernen Sie die Regel, die den User-Agent von { $app } blockiert, in Ihrem Sicherheits-Plugin oder Ihrer Firewall, wie die Lösungen unten zeigen.
vantage-app-action-vendor = Lassen Sie die Server von { $app } in { $vendor } mit der Lösung unten zu.
vantage-app-action = Lassen Sie die Server von { $app } mit den Lösungen unten durch die Firewall Ihres Hosting-Anbieters oder Ihr Sicherheits-Plugin zu, oder senden Sie Ihrem Hosting-Anbieter die Nachricht.
vantage-app-refused = Anfragen von der Seite von { $app } wurden abgelehnt, während dieselben Anfragen von diesem Computer beantwortet wurden.
vantage-app-by-address = Die Seite der App wurde von { $place } aus geprüft, von der Netzwerkseite, von der die Server von { $app } aufrufen; { $app } stößt also auf diese Ablehnung, während von hier aus alles in Ordnung aussieht.
vantage-app-by-agent-known = Die abgelehnte und die beantwortete Anfrage unterscheiden sich nur im User-Agent-Header, dem von { $app } ("{ $agent }") gegenüber dem eines Webbrowsers, daher lehnt eine Regel, die nach dem Agent filtert, { $app } ab.
vantage-app-by-agent-unknown = Die abgelehnte und die beantwortete Anfrage unterscheiden sich nur im User-Agent-Header, dem dieser Prüfung ("{ $agent }") gegenüber dem eines Webbrowsers; das Profil sagt nicht, welchen Agent { $app } sendet, setzen Sie also dessen user_agent, um genau diesen zu prüfen.
vantage-app-refusals-vendor = Die Ablehnungen kamen von der Sperrseite von { $vendor }{ $marker }, die zu ändernde Regel liegt also dort.
vantage-app-refusals-server-page = Die Ablehnungen sind die eigene Fehlerseite des Webservers, die eine Adress- oder Agent-Regel in seiner Konfiguration oder .htaccess ausgibt, oder eine Firewall, die der Hosting-Anbieter davor betreibt.
vantage-app-refusals-rate-limit = HTTP 429 ist eine Drosselung, und eine, die nach Adresse zählt, greift beim gleichmäßigen Verkehr von { $app } von wenigen Servern lange bevor sie bei Ihrem greift.
vantage-app-refusals-unknown = Die ablehnenden Antworten sagen nicht, welche Firewall oder Regel sie gesendet hat, daher nennt diese Prüfung keine: Sehen Sie in allem nach, was den Verkehr vor WordPress filtert (ein CDN, die Firewall des Hosting-Anbieters, ein Sicherheits-Plugin).
vantage-fix-addresses-title = Die Adressen erfragen, von denen { $app } aufruft
vantage-fix-addresses = Das Integrationsprofil nennt keine Adressen für { $app }, daher können die Lösungen sie nicht nennen. Fragen Sie den Support von { $app } (oder sehen Sie in dessen Hilfeseiten nach) nach den IP-Adressen, von denen seine Server Ihren Shop aufrufen, und lassen Sie genau diese dort zu, wo die Ablehnung herkam.{ $checked } Prüfen Sie dann erneut mit einem Profil, das sie nennt (allow_ips).
vantage-fix-addresses-checked = Die Anfragen dieser Prüfung kamen von { $relay }; die eigenen Server der App verwenden vielleicht andere Adressen.
vantage-agent-title = Den User-Agent von { $app } nicht mehr blockieren
vantage-agent-lead-wordfence = Wordfence hat geantwortet: Öffnen Sie in WordPress Wordfence → Firewall → Blocking, suchen Sie die Custom-Pattern-Sperre, deren Browser User Agent auf "{ $agent }" passt, und löschen Sie sie (Wordfence → Tools → Live Traffic zeigt die blockierte Anfrage und die Regel).
vantage-agent-lead-cloudflare = Cloudflare hat geantwortet: Öffnen Sie Security → WAF → Tools → User Agent Blocking und löschen Sie die Regel, die auf "{ $agent }" passt; prüfen Sie auch Security → WAF → Custom rules auf einen Ausdruck mit http.user_agent (Security → Events zeigt die Regel, die gegriffen hat).
vantage-agent-lead-vendor = { $vendor } hat geantwortet: Suchen Sie in seinen Regeln eine, die auf den User-Agent "{ $agent }" passt, und entfernen oder verengen Sie sie.
vantage-agent-places =
    Die Anfragen mit dem User-Agent "{ $agent }" wurden abgelehnt, und dieselben Anfragen mit dem Agent eines Webbrowsers wurden beantwortet. Regeln, die nach Agent sperren, liegen an diesen Stellen; entfernen Sie die, die auf "{ $agent }" (oder einen Teil davon) passt:
    - Wordfence: Firewall → Blocking → Custom Pattern (Browser User Agent)
    - All-In-One Security: Firewall → 6G / 5G firewall rules (bad bots) und Firewall → Blacklist / User agents
    - Solid Security (iThemes): Security → Settings → Ban Users → Ban User Agents
    - Cloudflare: Security → WAF → Tools → User Agent Blocking, und Custom rules mit http.user_agent
    - .htaccess: Zeilen mit { $htaccess }, die ihn sperren
    Prüfen Sie dann erneut.
vantage-support-recipient = Ihren Hosting-Anbieter
vantage-support-subject = Bitte lassen Sie { $app } auf { $host } zugreifen
vantage-support-from = Die abgelehnten Anfragen kamen von { $relay }, einer Prüfung von der Netzwerkseite aus, von der die App aufruft.
vantage-support-what-agent = Anfragen mit dem User-Agent "{ $agent }" werden abgelehnt, während dieselben Anfragen mit dem Agent eines Webbrowsers beantwortet werden.
vantage-support-what = Dieselben Anfragen werden von meinem Computer aus beantwortet, von der Seite von { $app } aus aber abgelehnt.
vantage-support-who = Die Ablehnungen sind die Sperrseite von { $vendor }.
vantage-support-ask-agent = die Firewall-Regel, das Sicherheits-Plugin oder die Servereinstellung finden, die den User-Agent "{ $agent }" ablehnt, und sie entfernen oder verengen
vantage-support-ask = die Firewall-Regel, das Sicherheits-Plugin oder die Servereinstellung finden, die diese Anfragen ablehnt, und die Server von { $app } dort zulassen
vantage-this-title = Der Shop antwortet den Servern der App, aber nicht diesem Computer
vantage-this-summary = Der Shop lehnt diesen Computer ab, antwortet aber den Servern von { $app }, daher ist { $app } von dieser Sperre nicht betroffen.
vantage-this-action = Geben Sie die Adresse dieses Computers in Ihrem Sicherheits-Plugin frei oder bitten Sie Ihren Hosting-Anbieter darum, wie unten gezeigt.
vantage-this-refused = Anfragen von diesem Computer wurden abgelehnt, während dieselben Anfragen von der Seite der App beantwortet wurden.
vantage-this-relay-answered = Von { $place } aus, der Netzwerkseite, von der die Server von { $app } aufrufen, hat der Shop geantwortet, daher hält diese Sperre { $app } nicht auf.
vantage-this-no-answer = Dieser Computer erhielt überhaupt keine Antwort: So verhält sich eine Firewall, die eine Adresse verwirft (oft nach fehlgeschlagenen Anmeldungen, etwa fail2ban, CSF oder Imunify360 beim Hosting-Anbieter), und ebenso ein Problem im eigenen Netzwerk dieses Computers.
vantage-this-refused-address = Etwas lehnt die Adresse dieses Computers ab: oft ein Sicherheits-Plugin oder die Firewall des Hosting-Anbieters, die sie nach fehlgeschlagenen Anmeldungen gesperrt hat, oder eine Regel, die Ihr Netzwerk oder Land sperrt.
vantage-this-other-findings = Andere Befunde von diesem Computer können von dieser Sperre statt vom Shop selbst stammen.
vantage-this-fix-title = Die Adresse dieses Computers freigeben
vantage-this-fix =
    Die Adresse dieses Computers wird von der Sicherheit des Shops abgelehnt. So finden Sie die Sperre und heben sie auf:
    - Wordfence: Wordfence → Firewall → Blocking (und Wordfence → Tools → Live Traffic), dann diese Adresse entsperren (Unblock)
    - Solid Security (iThemes): Security → Dashboard → Active Lockouts → Release
    - Limit Login Attempts Reloaded: Einstellungen → Limit Login Attempts → Logs → die Sperre entfernen
    - All-In-One Security: Firewall → Blacklist, und User Login → Locked IP addresses
    - Cloudflare: Security → Events zeigt die Regel; Security → WAF → Tools listet die IP Access rules
    - Die Firewall des Hosting-Anbieters (fail2ban, CSF, Imunify360): Fragen Sie Ihren Hosting-Anbieter mit der Nachricht unten.
    Führen Sie die Prüfung danach erneut aus.
vantage-this-support-subject = Meine eigene Adresse wird von { $host } gesperrt
vantage-this-support-problem = Dieselben Anfragen werden aus einem anderen Netzwerk beantwortet, von meinem Computer aus aber abgelehnt (zum Vergleich geprüft von { $place }). Möglicherweise wurde ich nach fehlgeschlagenen Anmeldungen gesperrt.
vantage-this-support-ask = mir sagen, welche Firewall- oder Sicherheitsregel meine Adresse sperrt, und die Sperre aufheben
vantage-unexplained-title = Die Server der App erhalten andere Antworten als dieser Computer, aus einem Grund, den diese Prüfung nicht nennen kann
vantage-unexplained-summary = Der Shop antwortet diesem Computer, aber die Seite von { $app } erhielt keine normale Antwort, aus einem Grund, den diese Prüfung nicht nennen kann.
vantage-unexplained-action = Senden Sie Ihrem Hosting-Anbieter die Nachricht unten: Sie zeigt beide Seiten, sodass er die Anfragen in seinen Protokollen suchen kann.
vantage-unexplained-differ = Die Seite der App erhielt andere Antworten als dieser Computer.
vantage-unexplained-checked = Die Seite der App wurde von { $place } aus geprüft, und ihre Antworten enthalten weder die Sperrseite einer Firewall noch eine Ablehnung, daher nennt diese Prüfung keine Ursache.
vantage-unexplained-maybe = Es kann am Netzwerk zwischen dieser Seite und dem Shop liegen oder an einer Firewall, die Verbindungen ohne Antwort verwirft; wer den Server betreibt, sieht in seinen Protokollen, ob diese Anfragen angekommen sind.
vantage-unexplained-support-subject = Anfragen an { $host } aus einem anderen Netzwerk erhalten keine normale Antwort
vantage-unexplained-support-problem = Dieselben Anfragen werden von meinem Computer aus beantwortet, aber nicht von { $place } aus: { $differences }.
vantage-unexplained-see-below = siehe unten
vantage-unexplained-support-ask = in den Protokollen des Servers und der Firewall prüfen, ob diese Anfragen angekommen sind und was sie beantwortet oder verworfen hat
vantage-relay-at = dem Relay unter { $address }
vantage-relay-at-labelled = dem Relay unter { $address } ({ $label })
vantage-relay-labelled = dem Relay ({ $label })
vantage-diff-sides = { $request }: von diesem Computer aus { $here }, von den Servern der App aus { $there }
vantage-diff-sides-browser = { $request } mit dem User-Agent eines Webbrowsers: von diesem Computer aus { $here }, von den Servern der App aus { $there }
vantage-diff-agent-here = { $request }: mit dem User-Agent der App abgelehnt und mit dem eines Webbrowsers beantwortet, von diesem Computer aus
vantage-diff-agent-there = { $request }: mit dem User-Agent der App abgelehnt und mit dem eines Webbrowsers beantwortet, von den Servern der App aus
vantage-diff-agent-both = { $request }: mit dem User-Agent der App abgelehnt und mit dem eines Webbrowsers beantwortet, von diesem Computer und von den Servern der App aus
vantage-answer-normal = normal beantwortet
vantage-answer-status = HTTP { $status }
vantage-answer-server-page = HTTP { $status } ({ $marker })
vantage-answer-firewall = HTTP { $status } (Sperrseite von { $vendor })
vantage-answer-unknown-firewall = HTTP { $status } (eine Sperrseite ohne die Signatur einer bekannten Firewall)
vantage-answer-none = keine Antwort
vantage-answer-none-why = keine Antwort ({ $why })
vantage-answer-not-checked = nicht geprüft
