/// The outlets `OutletDirectory` knows, one a line: the address it publishes at, a tab, and the
/// outlet's name as the outlet spells it (accents, capitals, `The` when it is part of the name).
/// An address is a registrable domain (`lemonde.fr`), a host (`news.sky.com`) or a host and a
/// path prefix (`www3.nhk.or.jp/nhkworld`), in lower case and without `www.`; a line that starts
/// with `#` is a comment. Only outlets whose address and name are known for certain belong here.
///
/// One string literal rather than a dictionary literal, which the compiler would take long to
/// type-check; it is parsed once, on first use (`OutletDirectory.builtIn`).
enum OutletList {
    static let text = #"""
# Wire services and news agencies
reuters.com	Reuters
apnews.com	The Associated Press
ap.org	The Associated Press
afp.com	Agence France-Presse
bloomberg.com	Bloomberg
upi.com	United Press International
dpa.com	Deutsche Presse-Agentur
efe.com	Agencia EFE
europapress.es	Europa Press
ansa.it	ANSA
agi.it	AGI
adnkronos.com	Adnkronos
askanews.it	askanews
lapresse.it	LaPresse
apa.at	Austria Presse Agentur
keystone-sda.ch	Keystone-SDA
belganewsagency.eu	Belga News Agency
lusa.pt	Lusa
pap.pl	Polish Press Agency
agerpres.ro	Agerpres
bta.bg	BTA
ukrinform.net	Ukrinform
ukrinform.ua	Ukrinform
unian.info	UNIAN
unian.net	UNIAN
tass.com	TASS
tass.ru	TASS
ria.ru	RIA Novosti
interfax.com	Interfax
interfax.ru	Interfax
kyodonews.net	Kyodo News
jiji.com	Jiji Press
yna.co.kr	Yonhap News Agency
xinhuanet.com	Xinhua
news.cn	Xinhua
chinanews.com.cn	China News Service
cna.com.tw	Central News Agency
focustaiwan.tw	Focus Taiwan
ptinews.com	Press Trust of India
aninews.in	ANI
app.com.pk	Associated Press of Pakistan
bernama.com	Bernama
antaranews.com	Antara
pna.gov.ph	Philippine News Agency
aap.com.au	Australian Associated Press
thecanadianpress.com	The Canadian Press
aa.com.tr	Anadolu Agency
aa.com.tr/tr	Anadolu Ajansı
wam.ae	Emirates News Agency
spa.gov.sa	Saudi Press Agency
qna.org.qa	Qatar News Agency
kuna.net.kw	Kuwait News Agency
irna.ir	Islamic Republic News Agency
mehrnews.com	Mehr News Agency
tasnimnews.com	Tasnim News Agency
farsnews.ir	Fars News Agency
sana.sy	Syrian Arab News Agency
gna.org.gh	Ghana News Agency
andina.pe	Andina
agenciabrasil.ebc.com.br	Agência Brasil
telam.com.ar	Télam
armenpress.am	Armenpress
jta.org	Jewish Telegraphic Agency
jns.org	Jewish News Syndicate

# International broadcasters and outlets read worldwide
bbc.co.uk	BBC News
bbc.com	BBC News
bbc.co.uk/sport	BBC Sport
bbc.com/sport	BBC Sport
bbc.com/travel	BBC Travel
bbc.com/culture	BBC Culture
bbc.com/future	BBC Future
bbc.com/worklife	BBC Worklife
bbc.com/mundo	BBC News Mundo
bbc.com/portuguese	BBC News Brasil
bbc.com/afrique	BBC News Afrique
cnn.com	CNN
cnnespanol.cnn.com	CNN en Español
aljazeera.com	Al Jazeera
aljazeera.net	Al Jazeera
dw.com	DW
france24.com	France 24
rfi.fr	Radio France Internationale
euronews.com	Euronews
voanews.com	Voice of America
rferl.org	Radio Free Europe/Radio Liberty
rfa.org	Radio Free Asia
rt.com	RT
sputnikglobe.com	Sputnik
sputniknews.com	Sputnik
cgtn.com	CGTN
trtworld.com	TRT World
presstv.ir	Press TV
i24news.tv	i24NEWS
africanews.com	Africanews
tv5monde.com	TV5Monde
arte.tv	Arte
swissinfo.ch	SWI swissinfo.ch
vaticannews.va	Vatican News
osservatoreromano.va	L'Osservatore Romano
economist.com	The Economist
ft.com	Financial Times
politico.eu	Politico Europe
euractiv.com	Euractiv
euobserver.com	EUobserver
theconversation.com	The Conversation
thediplomat.com	The Diplomat
asiatimes.com	Asia Times
eastasiaforum.org	East Asia Forum
middleeasteye.net	Middle East Eye
al-monitor.com	Al-Monitor
theafricareport.com	The Africa Report
allafrica.com	AllAfrica
jeuneafrique.com	Jeune Afrique
mercopress.com	MercoPress
eurasianet.org	Eurasianet
balkaninsight.com	Balkan Insight
thenewhumanitarian.org	The New Humanitarian
devex.com	Devex
occrp.org	OCCRP
bellingcat.com	Bellingcat
nature.com	Nature
science.org	Science
newscientist.com	New Scientist
thelocal.de	The Local Germany
thelocal.at	The Local Austria
thelocal.ch	The Local Switzerland
thelocal.fr	The Local France
thelocal.it	The Local Italy
thelocal.es	The Local Spain
thelocal.se	The Local Sweden
thelocal.dk	The Local Denmark
thelocal.no	The Local Norway

# United States: newspapers
nytimes.com	The New York Times
nytimes.com/athletic	The Athletic
washingtonpost.com	The Washington Post
wsj.com	The Wall Street Journal
usatoday.com	USA Today
latimes.com	Los Angeles Times
chicagotribune.com	Chicago Tribune
suntimes.com	Chicago Sun-Times
bostonglobe.com	The Boston Globe
bostonherald.com	Boston Herald
sfchronicle.com	San Francisco Chronicle
sfgate.com	SFGATE
nypost.com	New York Post
nydailynews.com	New York Daily News
newsday.com	Newsday
inquirer.com	The Philadelphia Inquirer
seattletimes.com	The Seattle Times
dallasnews.com	The Dallas Morning News
houstonchronicle.com	Houston Chronicle
expressnews.com	San Antonio Express-News
statesman.com	Austin American-Statesman
star-telegram.com	Fort Worth Star-Telegram
ajc.com	The Atlanta Journal-Constitution
miamiherald.com	Miami Herald
elnuevoherald.com	El Nuevo Herald
tampabay.com	Tampa Bay Times
sun-sentinel.com	South Florida Sun Sentinel
orlandosentinel.com	Orlando Sentinel
palmbeachpost.com	The Palm Beach Post
startribune.com	Star Tribune
denverpost.com	The Denver Post
azcentral.com	The Arizona Republic
baltimoresun.com	The Baltimore Sun
oregonlive.com	The Oregonian
sacbee.com	The Sacramento Bee
fresnobee.com	The Fresno Bee
mercurynews.com	The Mercury News
sandiegouniontribune.com	The San Diego Union-Tribune
ocregister.com	Orange County Register
dailynews.com	Los Angeles Daily News
pressdemocrat.com	The Press Democrat
detroitnews.com	The Detroit News
freep.com	Detroit Free Press
jsonline.com	Milwaukee Journal Sentinel
stltoday.com	St. Louis Post-Dispatch
kansascity.com	The Kansas City Star
post-gazette.com	Pittsburgh Post-Gazette
tennessean.com	The Tennessean
commercialappeal.com	The Commercial Appeal
charlotteobserver.com	The Charlotte Observer
newsobserver.com	The News & Observer
courier-journal.com	Courier Journal
indystar.com	The Indianapolis Star
dispatch.com	The Columbus Dispatch
cincinnati.com	The Cincinnati Enquirer
desmoinesregister.com	The Des Moines Register
omaha.com	Omaha World-Herald
oklahoman.com	The Oklahoman
tulsaworld.com	Tulsa World
arkansasonline.com	Arkansas Democrat-Gazette
theadvocate.com	The Advocate
reviewjournal.com	Las Vegas Review-Journal
sltrib.com	The Salt Lake Tribune
deseret.com	Deseret News
abqjournal.com	Albuquerque Journal
spokesman.com	The Spokesman-Review
staradvertiser.com	Honolulu Star-Advertiser
adn.com	Anchorage Daily News
pressherald.com	Portland Press Herald
unionleader.com	New Hampshire Union Leader
providencejournal.com	The Providence Journal
courant.com	Hartford Courant
buffalonews.com	The Buffalo News
timesunion.com	Times Union
richmond.com	Richmond Times-Dispatch
pilotonline.com	The Virginian-Pilot
postandcourier.com	The Post and Courier
thestate.com	The State
clarionledger.com	The Clarion-Ledger
washingtontimes.com	The Washington Times
csmonitor.com	The Christian Science Monitor
stripes.com	Stars and Stripes
laopinion.com	La Opinión

# United States: broadcasters
npr.org	NPR
pbs.org	PBS
pbs.org/newshour	PBS News
abcnews.go.com	ABC News
abcnews.com	ABC News
cbsnews.com	CBS News
nbcnews.com	NBC News
today.com	TODAY
msnbc.com	MSNBC
foxnews.com	Fox News
foxbusiness.com	Fox Business
cnbc.com	CNBC
newsmax.com	Newsmax
univision.com	Univision
telemundo.com	Telemundo
wnyc.org	WNYC
wbur.org	WBUR
kqed.org	KQED
marketplace.org	Marketplace
democracynow.org	Democracy Now!
espn.com	ESPN

# United States: news sites and magazines
politico.com	Politico
axios.com	Axios
thehill.com	The Hill
rollcall.com	Roll Call
punchbowl.news	Punchbowl News
semafor.com	Semafor
washingtonexaminer.com	Washington Examiner
news.yahoo.com	Yahoo News
finance.yahoo.com	Yahoo Finance
businessinsider.com	Business Insider
forbes.com	Forbes
fortune.com	Fortune
marketwatch.com	MarketWatch
barrons.com	Barron's
qz.com	Quartz
fastcompany.com	Fast Company
hbr.org	Harvard Business Review
time.com	Time
newsweek.com	Newsweek
theatlantic.com	The Atlantic
newyorker.com	The New Yorker
nymag.com	New York Magazine
vanityfair.com	Vanity Fair
harpers.org	Harper's Magazine
theweek.com	The Week
vox.com	Vox
slate.com	Slate
salon.com	Salon
huffpost.com	HuffPost
buzzfeednews.com	BuzzFeed News
vice.com	Vice
thedailybeast.com	The Daily Beast
motherjones.com	Mother Jones
thenation.com	The Nation
newrepublic.com	The New Republic
nationalreview.com	National Review
theamericanconservative.com	The American Conservative
reason.com	Reason
jacobin.com	Jacobin
thefp.com	The Free Press
breitbart.com	Breitbart News
dailycaller.com	The Daily Caller
thefederalist.com	The Federalist
rawstory.com	Raw Story
talkingpointsmemo.com	Talking Points Memo
mediaite.com	Mediaite
foreignpolicy.com	Foreign Policy
foreignaffairs.com	Foreign Affairs
propublica.org	ProPublica
theintercept.com	The Intercept
themarshallproject.org	The Marshall Project
texastribune.org	The Texas Tribune
calmatters.org	CalMatters
the19thnews.org	The 19th
courthousenews.com	Courthouse News Service
lawfaremedia.org	Lawfare
justsecurity.org	Just Security
defensenews.com	Defense News
defenseone.com	Defense One
breakingdefense.com	Breaking Defense
militarytimes.com	Military Times
twz.com	The War Zone
statnews.com	STAT
kffhealthnews.org	KFF Health News
grist.org	Grist
insideclimatenews.org	Inside Climate News
eenews.net	E&E News
theverge.com	The Verge
wired.com	Wired
arstechnica.com	Ars Technica
techcrunch.com	TechCrunch
engadget.com	Engadget
cnet.com	CNET
404media.co	404 Media
themarkup.org	The Markup
scientificamerican.com	Scientific American
nationalgeographic.com	National Geographic
rollingstone.com	Rolling Stone
variety.com	Variety
hollywoodreporter.com	The Hollywood Reporter
deadline.com	Deadline
si.com	Sports Illustrated
theathletic.com	The Athletic

# United Kingdom
theguardian.com	The Guardian
guardian.co.uk	The Guardian
observer.co.uk	The Observer
thetimes.co.uk	The Times
thetimes.com	The Times
telegraph.co.uk	The Telegraph
independent.co.uk	The Independent
dailymail.co.uk	Daily Mail
thisismoney.co.uk	This is Money
mirror.co.uk	Daily Mirror
thesun.co.uk	The Sun
express.co.uk	Daily Express
dailystar.co.uk	Daily Star
standard.co.uk	The Standard
metro.co.uk	Metro
inews.co.uk	The i Paper
cityam.com	City A.M.
spectator.co.uk	The Spectator
newstatesman.com	New Statesman
prospectmagazine.co.uk	Prospect
private-eye.co.uk	Private Eye
unherd.com	UnHerd
tortoisemedia.com	Tortoise
bylinetimes.com	Byline Times
opendemocracy.net	openDemocracy
morningstaronline.co.uk	Morning Star
huffingtonpost.co.uk	HuffPost UK
politicshome.com	PoliticsHome
pressgazette.co.uk	Press Gazette
thejc.com	The Jewish Chronicle
pinknews.co.uk	PinkNews
news.sky.com	Sky News
skysports.com	Sky Sports
itv.com	ITV
itv.com/news	ITV News
channel4.com	Channel 4
channel4.com/news	Channel 4 News
lbc.co.uk	LBC
gbnews.com	GB News
scotsman.com	The Scotsman
heraldscotland.com	The Herald
thenational.scot	The National
dailyrecord.co.uk	Daily Record
pressandjournal.co.uk	The Press and Journal
thecourier.co.uk	The Courier
walesonline.co.uk	WalesOnline
belfasttelegraph.co.uk	Belfast Telegraph
irishnews.com	The Irish News
newsletter.co.uk	The News Letter
manchestereveningnews.co.uk	Manchester Evening News
liverpoolecho.co.uk	Liverpool Echo
birminghammail.co.uk	Birmingham Mail
yorkshirepost.co.uk	The Yorkshire Post
thenorthernecho.co.uk	The Northern Echo
thestar.co.uk	The Star
shropshirestar.com	Shropshire Star
expressandstar.com	Express & Star
edp24.co.uk	Eastern Daily Press
theargus.co.uk	The Argus
oxfordmail.co.uk	Oxford Mail

# Ireland
irishtimes.com	The Irish Times
independent.ie	Irish Independent
irishexaminer.com	Irish Examiner
rte.ie	RTÉ
thejournal.ie	The Journal
breakingnews.ie	BreakingNews.ie
businesspost.ie	Business Post
irishmirror.ie	Irish Mirror
thesun.ie	The Irish Sun
sundayworld.com	Sunday World
newstalk.com	Newstalk

# Canada
theglobeandmail.com	The Globe and Mail
thestar.com	Toronto Star
nationalpost.com	National Post
financialpost.com	Financial Post
cbc.ca	CBC News
cbc.ca/sports	CBC Sports
radio-canada.ca	Radio-Canada
ctvnews.ca	CTV News
globalnews.ca	Global News
citynews.ca	CityNews
cp24.com	CP24
aptnnews.ca	APTN News
torontosun.com	Toronto Sun
ottawacitizen.com	Ottawa Citizen
montrealgazette.com	Montreal Gazette
vancouversun.com	Vancouver Sun
theprovince.com	The Province
calgaryherald.com	Calgary Herald
edmontonjournal.com	Edmonton Journal
winnipegfreepress.com	Winnipeg Free Press
leaderpost.com	Regina Leader-Post
thestarphoenix.com	Saskatoon StarPhoenix
thechronicleherald.ca	The Chronicle Herald
timescolonist.com	Times Colonist
thespec.com	The Hamilton Spectator
lfpress.com	The London Free Press
windsorstar.com	Windsor Star
nunatsiaq.com	Nunatsiaq News
macleans.ca	Maclean's
thewalrus.ca	The Walrus
thetyee.ca	The Tyee
thenarwhal.ca	The Narwhal
hilltimes.com	The Hill Times
ipolitics.ca	iPolitics
thelogic.co	The Logic
lapresse.ca	La Presse
ledevoir.com	Le Devoir
journaldemontreal.com	Le Journal de Montréal
journaldequebec.com	Le Journal de Québec
lesoleil.com	Le Soleil
ledroit.com	Le Droit
tvanouvelles.ca	TVA Nouvelles
noovo.info	Noovo Info
lactualite.com	L'actualité

# Australia
abc.net.au	ABC News
sbs.com.au	SBS News
smh.com.au	The Sydney Morning Herald
theage.com.au	The Age
brisbanetimes.com.au	Brisbane Times
watoday.com.au	WAtoday
canberratimes.com.au	The Canberra Times
theaustralian.com.au	The Australian
afr.com	Australian Financial Review
news.com.au	news.com.au
dailytelegraph.com.au	The Daily Telegraph
heraldsun.com.au	Herald Sun
couriermail.com.au	The Courier-Mail
adelaidenow.com.au	The Advertiser
themercury.com.au	The Mercury
ntnews.com.au	NT News
goldcoastbulletin.com.au	Gold Coast Bulletin
geelongadvertiser.com.au	Geelong Advertiser
townsvillebulletin.com.au	Townsville Bulletin
cairnspost.com.au	The Cairns Post
thewest.com.au	The West Australian
perthnow.com.au	PerthNow
newcastleherald.com.au	Newcastle Herald
illawarramercury.com.au	Illawarra Mercury
9news.com.au	9News
7news.com.au	7NEWS
skynews.com.au	Sky News Australia
crikey.com.au	Crikey
thenewdaily.com.au	The New Daily
themonthly.com.au	The Monthly
thesaturdaypaper.com.au	The Saturday Paper
independentaustralia.net	Independent Australia

# New Zealand
nzherald.co.nz	The New Zealand Herald
stuff.co.nz	Stuff
rnz.co.nz	RNZ
1news.co.nz	1News
tvnz.co.nz	TVNZ
newshub.co.nz	Newshub
newsroom.co.nz	Newsroom
thespinoff.co.nz	The Spinoff
odt.co.nz	Otago Daily Times
thepress.co.nz	The Press
thepost.co.nz	The Post
waikatotimes.co.nz	Waikato Times
interest.co.nz	interest.co.nz
businessdesk.co.nz	BusinessDesk

# India
timesofindia.indiatimes.com	The Times of India
economictimes.indiatimes.com	The Economic Times
navbharattimes.indiatimes.com	Navbharat Times
hindustantimes.com	Hindustan Times
livehindustan.com	Hindustan
thehindu.com	The Hindu
frontline.thehindu.com	Frontline
thehindubusinessline.com	The Hindu BusinessLine
indianexpress.com	The Indian Express
newindianexpress.com	The New Indian Express
financialexpress.com	The Financial Express
livemint.com	Mint
business-standard.com	Business Standard
businesstoday.in	Business Today
moneycontrol.com	Moneycontrol
deccanherald.com	Deccan Herald
deccanchronicle.com	Deccan Chronicle
telegraphindia.com	The Telegraph
tribuneindia.com	The Tribune
thestatesman.com	The Statesman
asianage.com	The Asian Age
freepressjournal.in	The Free Press Journal
mid-day.com	Mid-Day
ndtv.com	NDTV
indiatoday.in	India Today
aajtak.in	Aaj Tak
news18.com	News18
zeenews.india.com	Zee News
wionews.com	WION
republicworld.com	Republic World
dnaindia.com	DNA India
firstpost.com	Firstpost
thewire.in	The Wire
scroll.in	Scroll
theprint.in	ThePrint
thequint.com	The Quint
thenewsminute.com	The News Minute
thefederal.com	The Federal
newslaundry.com	Newslaundry
newsclick.in	NewsClick
outlookindia.com	Outlook India
theweek.in	The Week
downtoearth.org.in	Down To Earth
bhaskar.com	Dainik Bhaskar
jagran.com	Dainik Jagran
amarujala.com	Amar Ujala
anandabazar.com	Anandabazar Patrika
lokmat.com	Lokmat
mathrubhumi.com	Mathrubhumi
onmanorama.com	Onmanorama
eenadu.net	Eenadu
dinamalar.com	Dinamalar

# Pakistan
dawn.com	Dawn
tribune.com.pk	The Express Tribune
thenews.com.pk	The News International
jang.com.pk	Daily Jang
geo.tv	Geo News
arynews.tv	ARY News
dunyanews.tv	Dunya News
samaa.tv	Samaa TV
aaj.tv	Aaj News
nation.com.pk	The Nation
brecorder.com	Business Recorder
pakistantoday.com.pk	Pakistan Today
dailytimes.com.pk	Daily Times
thefridaytimes.com	The Friday Times

# Bangladesh, Sri Lanka, Nepal, Afghanistan
thedailystar.net	The Daily Star
dhakatribune.com	Dhaka Tribune
prothomalo.com	Prothom Alo
bdnews24.com	bdnews24.com
newagebd.net	New Age
tbsnews.net	The Business Standard
thefinancialexpress.com.bd	The Financial Express
dailymirror.lk	Daily Mirror
sundaytimes.lk	The Sunday Times
island.lk	The Island
dailynews.lk	Daily News
ft.lk	Daily FT
economynext.com	EconomyNext
newsfirst.lk	News 1st
kathmandupost.com	The Kathmandu Post
thehimalayantimes.com	The Himalayan Times
risingnepaldaily.com	The Rising Nepal
onlinekhabar.com	Onlinekhabar
tolonews.com	TOLOnews
pajhwok.com	Pajhwok Afghan News
amu.tv	Amu TV
afintl.com	Afghanistan International

# Singapore
straitstimes.com	The Straits Times
channelnewsasia.com	CNA
todayonline.com	TODAY
businesstimes.com.sg	The Business Times
zaobao.com.sg	Lianhe Zaobao
mothership.sg	Mothership
asiaone.com	AsiaOne
theedgesingapore.com	The Edge Singapore

# Malaysia
thestar.com.my	The Star
nst.com.my	New Straits Times
malaymail.com	Malay Mail
freemalaysiatoday.com	Free Malaysia Today
malaysiakini.com	Malaysiakini
theedgemalaysia.com	The Edge Malaysia
thesun.my	The Sun
bharian.com.my	Berita Harian
hmetro.com.my	Harian Metro
utusan.com.my	Utusan Malaysia
sinchew.com.my	Sin Chew Daily
astroawani.com	Astro Awani
themalaysianinsight.com	The Malaysian Insight

# Philippines
inquirer.net	Philippine Daily Inquirer
philstar.com	The Philippine Star
rappler.com	Rappler
gmanetwork.com	GMA Network
gmanetwork.com/news	GMA News
news.abs-cbn.com	ABS-CBN News
mb.com.ph	Manila Bulletin
manilatimes.net	The Manila Times
bworldonline.com	BusinessWorld
businessmirror.com.ph	BusinessMirror
sunstar.com.ph	SunStar
cnnphilippines.com	CNN Philippines
onenews.ph	One News

# Indonesia, Thailand, Vietnam, Cambodia, Myanmar
thejakartapost.com	The Jakarta Post
jakartaglobe.id	Jakarta Globe
kompas.com	Kompas.com
kompas.id	Kompas
tempo.co	Tempo
detik.com	detikcom
cnnindonesia.com	CNN Indonesia
republika.co.id	Republika
tribunnews.com	Tribunnews
liputan6.com	Liputan6
bangkokpost.com	Bangkok Post
nationthailand.com	The Nation
khaosodenglish.com	Khaosod English
thaipbsworld.com	Thai PBS World
thethaiger.com	The Thaiger
vnexpress.net	VnExpress
e.vnexpress.net	VnExpress International
tuoitre.vn	Tuổi Trẻ
tuoitrenews.vn	Tuoi Tre News
thanhnien.vn	Thanh Niên
vietnamnews.vn	Viet Nam News
vietnamplus.vn	VietnamPlus
phnompenhpost.com	The Phnom Penh Post
khmertimeskh.com	Khmer Times
irrawaddy.com	The Irrawaddy
mizzima.com	Mizzima
frontiermyanmar.net	Frontier Myanmar

# Hong Kong, Taiwan, mainland China
scmp.com	South China Morning Post
thestandard.com.hk	The Standard
hongkongfp.com	Hong Kong Free Press
rthk.hk	RTHK
hk01.com	HK01
mingpao.com	Ming Pao
hket.com	Hong Kong Economic Times
hkej.com	Hong Kong Economic Journal
taipeitimes.com	Taipei Times
taiwannews.com.tw	Taiwan News
udn.com	United Daily News
ltn.com.tw	Liberty Times
chinatimes.com	China Times
chinadaily.com.cn	China Daily
globaltimes.cn	Global Times
people.com.cn	People's Daily
people.cn	People's Daily
caixin.com	Caixin
caixinglobal.com	Caixin Global
sixthtone.com	Sixth Tone
thepaper.cn	The Paper
shine.cn	Shanghai Daily

# Japan
nhk.or.jp	NHK
www3.nhk.or.jp/nhkworld	NHK World-Japan
japantimes.co.jp	The Japan Times
asahi.com	The Asahi Shimbun
mainichi.jp	The Mainichi Shimbun
mainichi.jp/english	The Mainichi
yomiuri.co.jp	The Yomiuri Shimbun
japannews.yomiuri.co.jp	The Japan News
nikkei.com	Nikkei
asia.nikkei.com	Nikkei Asia
sankei.com	The Sankei Shimbun
japan-forward.com	Japan Forward
tokyo-np.co.jp	Tokyo Shimbun
japantoday.com	Japan Today
nippon.com	Nippon.com

# South Korea
koreaherald.com	The Korea Herald
koreatimes.co.kr	The Korea Times
koreajoongangdaily.joins.com	Korea JoongAng Daily
joongang.co.kr	JoongAng Ilbo
chosun.com	The Chosun Ilbo
donga.com	The Dong-A Ilbo
hani.co.kr	The Hankyoreh
kbs.co.kr	KBS
nknews.org	NK News

# Israel
haaretz.com	Haaretz
haaretz.co.il	Haaretz
timesofisrael.com	The Times of Israel
jpost.com	The Jerusalem Post
ynetnews.com	Ynetnews
ynet.co.il	Ynet
israelhayom.com	Israel Hayom
israelnationalnews.com	Israel National News
globes.co.il	Globes
kan.org.il	Kan
972mag.com	+972 Magazine
forward.com	The Forward

# Gulf, Levant, Egypt, Iraq, Iran
arabnews.com	Arab News
saudigazette.com.sa	Saudi Gazette
aawsat.com	Asharq Al-Awsat
alarabiya.net	Al Arabiya
english.alarabiya.net	Al Arabiya English
thenationalnews.com	The National
gulfnews.com	Gulf News
khaleejtimes.com	Khaleej Times
arabianbusiness.com	Arabian Business
zawya.com	Zawya
gulf-times.com	Gulf Times
thepeninsulaqatar.com	The Peninsula
timesofoman.com	Times of Oman
omanobserver.om	Oman Observer
gdnonline.com	Gulf Daily News
kuwaittimes.com	Kuwait Times
arabtimesonline.com	Arab Times
jordantimes.com	The Jordan Times
lorientlejour.com	L'Orient-Le Jour
today.lorientlejour.com	L'Orient Today
naharnet.com	Naharnet
newarab.com	The New Arab
ahram.org.eg	Al-Ahram
english.ahram.org.eg	Ahram Online
egypttoday.com	Egypt Today
dailynewsegypt.com	Daily News Egypt
egyptindependent.com	Egypt Independent
madamasr.com	Mada Masr
rudaw.net	Rudaw
kurdistan24.net	Kurdistan24
shafaq.com	Shafaq News
enabbaladi.net	Enab Baladi
tehrantimes.com	Tehran Times
iranintl.com	Iran International
iranwire.com	IranWire

# Turkey
dailysabah.com	Daily Sabah
hurriyetdailynews.com	Hürriyet Daily News
duvarenglish.com	Duvar English
turkishminute.com	Turkish Minute
bianet.org	Bianet
hurriyet.com.tr	Hürriyet
milliyet.com.tr	Milliyet
sabah.com.tr	Sabah
sozcu.com.tr	Sözcü
cumhuriyet.com.tr	Cumhuriyet
haberturk.com	Habertürk
ntv.com.tr	NTV
trthaber.com	TRT Haber

# Russia
themoscowtimes.com	The Moscow Times
meduza.io	Meduza
novayagazeta.ru	Novaya Gazeta
novayagazeta.eu	Novaya Gazeta Europe
kommersant.ru	Kommersant
vedomosti.ru	Vedomosti
rbc.ru	RBC
iz.ru	Izvestia
rg.ru	Rossiyskaya Gazeta
kp.ru	Komsomolskaya Pravda
lenta.ru	Lenta.ru
gazeta.ru	Gazeta.Ru

# Ukraine, Belarus, the Caucasus, Central Asia
kyivindependent.com	The Kyiv Independent
kyivpost.com	Kyiv Post
pravda.com.ua	Ukrainska Pravda
euromaidanpress.com	Euromaidan Press
english.nv.ua	The New Voice of Ukraine
suspilne.media	Suspilne
hromadske.ua	Hromadske
belsat.eu	Belsat
civil.ge	Civil Georgia
oc-media.org	OC Media
azernews.az	AzerNews
timesca.com	The Times of Central Asia
astanatimes.com	The Astana Times
akipress.com	AKIpress
kun.uz	Kun.uz

# Poland, the Baltics, Czechia, Hungary, Romania, Bulgaria
notesfrompoland.com	Notes from Poland
tvpworld.com	TVP World
wyborcza.pl	Gazeta Wyborcza
rp.pl	Rzeczpospolita
tvn24.pl	TVN24
polsatnews.pl	Polsat News
onet.pl	Onet
wp.pl	Wirtualna Polska
lrt.lt	LRT
delfi.lt	Delfi
err.ee	ERR
news.err.ee	ERR News
lsm.lv	LSM
radio.cz	Radio Prague International
idnes.cz	iDNES.cz
novinky.cz	Novinky.cz
irozhlas.cz	iROZHLAS
seznamzpravy.cz	Seznam Zprávy
hungarytoday.hu	Hungary Today
dailynewshungary.com	Daily News Hungary
telex.hu	Telex
index.hu	Index
hvg.hu	HVG
444.hu	444
magyarnemzet.hu	Magyar Nemzet
romania-insider.com	Romania Insider
digi24.ro	Digi24
hotnews.ro	HotNews.ro
g4media.ro	G4Media
novinite.com	Novinite

# Greece, Cyprus, Malta
ekathimerini.com	eKathimerini
kathimerini.gr	Kathimerini
tovima.com	To Vima
greekreporter.com	Greek Reporter
ertnews.gr	ERT News
cyprus-mail.com	Cyprus Mail
timesofmalta.com	Times of Malta
maltatoday.com.mt	MaltaToday
independent.com.mt	The Malta Independent

# The Nordic countries
yle.fi	Yle
hs.fi	Helsingin Sanomat
svt.se	SVT
sverigesradio.se	Sveriges Radio
dn.se	Dagens Nyheter
svd.se	Svenska Dagbladet
aftonbladet.se	Aftonbladet
expressen.se	Expressen
nrk.no	NRK
aftenposten.no	Aftenposten
vg.no	VG
dagbladet.no	Dagbladet
dr.dk	DR
politiken.dk	Politiken
berlingske.dk	Berlingske
jyllands-posten.dk	Jyllands-Posten
tv2.dk	TV 2
ruv.is	RÚV
mbl.is	Morgunblaðið
icelandreview.com	Iceland Review
grapevine.is	The Reykjavík Grapevine

# The Netherlands, Flanders, Luxembourg
nos.nl	NOS
nrc.nl	NRC
volkskrant.nl	de Volkskrant
telegraaf.nl	De Telegraaf
trouw.nl	Trouw
parool.nl	Het Parool
ad.nl	AD
fd.nl	Het Financieele Dagblad
rtlnieuws.nl	RTL Nieuws
nltimes.nl	NL Times
dutchnews.nl	DutchNews.nl
vrt.be	VRT
vrt.be/vrtnws	VRT NWS
standaard.be	De Standaard
nieuwsblad.be	Het Nieuwsblad
demorgen.be	De Morgen
hln.be	HLN
tijd.be	De Tijd
gva.be	Gazet van Antwerpen
brusselstimes.com	The Brussels Times
wort.lu	Luxemburger Wort
luxtimes.lu	Luxembourg Times
lessentiel.lu	L'essentiel

# Portugal
publico.pt	Público
expresso.pt	Expresso
dn.pt	Diário de Notícias
jn.pt	Jornal de Notícias
observador.pt	Observador
cmjornal.pt	Correio da Manhã
rtp.pt	RTP
sicnoticias.pt	SIC Notícias
theportugalnews.com	The Portugal News

# Nigeria
punchng.com	Punch
vanguardngr.com	Vanguard
guardian.ng	The Guardian
thisdaylive.com	ThisDay
premiumtimesng.com	Premium Times
dailytrust.com	Daily Trust
thenationonlineng.net	The Nation
tribuneonlineng.com	Nigerian Tribune
leadership.ng	Leadership
sunnewsonline.com	The Sun
businessday.ng	BusinessDay
independent.ng	Independent
blueprint.ng	Blueprint
dailypost.ng	Daily Post
thecable.ng	TheCable
saharareporters.com	Sahara Reporters
ripplesnigeria.com	Ripples Nigeria
icirnigeria.org	The ICIR
legit.ng	Legit.ng
pulse.ng	Pulse Nigeria
channelstv.com	Channels Television
arise.tv	Arise News
tvcnews.tv	TVC News

# Ghana
myjoyonline.com	MyJoyOnline
graphic.com.gh	Graphic Online
citinewsroom.com	Citi Newsroom
ghanaweb.com	GhanaWeb
modernghana.com	Modern Ghana
3news.com	3News

# Kenya, Uganda, Tanzania, Rwanda, Ethiopia
nation.africa	Daily Nation
standardmedia.co.ke	The Standard
the-star.co.ke	The Star
businessdailyafrica.com	Business Daily
theeastafrican.co.ke	The EastAfrican
capitalfm.co.ke	Capital FM
citizen.digital	Citizen Digital
kbc.co.ke	KBC
ntvkenya.co.ke	NTV Kenya
kenyans.co.ke	Kenyans.co.ke
tuko.co.ke	Tuko
monitor.co.ug	Daily Monitor
newvision.co.ug	New Vision
thecitizen.co.tz	The Citizen
dailynews.co.tz	Daily News
newtimes.co.rw	The New Times
addisstandard.com	Addis Standard
thereporterethiopia.com	The Reporter

# Southern Africa
news24.com	News24
timeslive.co.za	TimesLIVE
sowetanlive.co.za	Sowetan
businessday.co.za	Business Day
iol.co.za	IOL
dailymaverick.co.za	Daily Maverick
mg.co.za	Mail & Guardian
citizen.co.za	The Citizen
ewn.co.za	Eyewitness News
sabcnews.com	SABC News
enca.com	eNCA
groundup.org.za	GroundUp
moneyweb.co.za	Moneyweb
businesstech.co.za	BusinessTech
thesouthafrican.com	The South African
netwerk24.com	Netwerk24
herald.co.zw	The Herald
newsday.co.zw	NewsDay
newzimbabwe.com	NewZimbabwe
zimlive.com	ZimLive
lusakatimes.com	Lusaka Times
nyasatimes.com	Nyasa Times
namibian.com.na	The Namibian
mmegi.bw	Mmegi

# The Caribbean (English)
jamaica-gleaner.com	The Gleaner
jamaicaobserver.com	Jamaica Observer
trinidadexpress.com	Trinidad Express
guardian.co.tt	Trinidad and Tobago Guardian
newsday.co.tt	Newsday
nationnews.com	Nation News
stabroeknews.com	Stabroek News
tribune242.com	The Tribune

# Germany: national newspapers, magazines and news sites
spiegel.de	Der Spiegel
zeit.de	Die Zeit
sueddeutsche.de	Süddeutsche Zeitung
faz.net	Frankfurter Allgemeine Zeitung
welt.de	Die Welt
tagesspiegel.de	Der Tagesspiegel
taz.de	taz
handelsblatt.com	Handelsblatt
fr.de	Frankfurter Rundschau
bild.de	Bild
stern.de	Stern
focus.de	Focus Online
t-online.de	t-online
rnd.de	RedaktionsNetzwerk Deutschland
wiwo.de	WirtschaftsWoche
manager-magazin.de	Manager Magazin
capital.de	Capital
cicero.de	Cicero
freitag.de	der Freitag
jungewelt.de	junge Welt
nd-aktuell.de	nd
jungefreiheit.de	Junge Freiheit
netzpolitik.org	netzpolitik.org
heise.de	heise online
golem.de	Golem.de
correctiv.org	Correctiv
table.media	Table.Media
businessinsider.de	Business Insider Deutschland
kicker.de	kicker
sport1.de	Sport1

# Germany: broadcasters
tagesschau.de	Tagesschau
ard.de	ARD
zdf.de	ZDF
zdfheute.de	ZDFheute
zdf.de/nachrichten	ZDFheute
deutschlandfunk.de	Deutschlandfunk
deutschlandfunkkultur.de	Deutschlandfunk Kultur
br.de	Bayerischer Rundfunk
br.de/nachrichten	BR24
ndr.de	NDR
wdr.de	WDR
mdr.de	MDR
swr.de	SWR
hr.de	Hessischer Rundfunk
hessenschau.de	hessenschau
rbb24.de	rbb24
sr.de	Saarländischer Rundfunk
n-tv.de	ntv

# Germany: regional newspapers
merkur.de	Münchner Merkur
tz.de	tz
abendzeitung-muenchen.de	Abendzeitung
augsburger-allgemeine.de	Augsburger Allgemeine
nn.de	Nürnberger Nachrichten
mittelbayerische.de	Mittelbayerische Zeitung
pnp.de	Passauer Neue Presse
mainpost.de	Main-Post
stuttgarter-zeitung.de	Stuttgarter Zeitung
stuttgarter-nachrichten.de	Stuttgarter Nachrichten
badische-zeitung.de	Badische Zeitung
swp.de	Südwest Presse
rheinpfalz.de	Die Rheinpfalz
mannheimer-morgen.de	Mannheimer Morgen
allgemeine-zeitung.de	Allgemeine Zeitung
fnp.de	Frankfurter Neue Presse
op-online.de	Offenbach-Post
hna.de	HNA
rp-online.de	Rheinische Post
ksta.de	Kölner Stadt-Anzeiger
express.de	Express
waz.de	WAZ
wz.de	Westdeutsche Zeitung
general-anzeiger-bonn.de	General-Anzeiger
aachener-zeitung.de	Aachener Zeitung
ruhrnachrichten.de	Ruhr Nachrichten
wn.de	Westfälische Nachrichten
nw.de	Neue Westfälische
haz.de	Hannoversche Allgemeine Zeitung
neuepresse.de	Neue Presse
noz.de	Neue Osnabrücker Zeitung
weser-kurier.de	Weser-Kurier
abendblatt.de	Hamburger Abendblatt
mopo.de	Hamburger Morgenpost
kn-online.de	Kieler Nachrichten
ln-online.de	Lübecker Nachrichten
shz.de	shz
ostsee-zeitung.de	Ostsee-Zeitung
svz.de	Schweriner Volkszeitung
nordkurier.de	Nordkurier
berliner-zeitung.de	Berliner Zeitung
morgenpost.de	Berliner Morgenpost
bz-berlin.de	B.Z.
maz-online.de	Märkische Allgemeine
moz.de	Märkische Oderzeitung
lvz.de	Leipziger Volkszeitung
saechsische.de	Sächsische Zeitung
freiepresse.de	Freie Presse
mz.de	Mitteldeutsche Zeitung
volksstimme.de	Volksstimme
thueringer-allgemeine.de	Thüringer Allgemeine

# Austria
derstandard.at	Der Standard
derstandard.de	Der Standard
diepresse.com	Die Presse
kurier.at	Kurier
krone.at	Kronen Zeitung
orf.at	ORF
kleinezeitung.at	Kleine Zeitung
sn.at	Salzburger Nachrichten
nachrichten.at	Oberösterreichische Nachrichten
tt.com	Tiroler Tageszeitung
vol.at	Vorarlberg Online
noen.at	NÖN
heute.at	Heute
oe24.at	oe24
profil.at	profil
falter.at	Falter
wienerzeitung.at	Wiener Zeitung
puls24.at	PULS 24

# Switzerland
nzz.ch	Neue Zürcher Zeitung
tagesanzeiger.ch	Tages-Anzeiger
srf.ch	SRF
blick.ch	Blick
20min.ch	20 Minuten
20min.ch/fr	20 minutes
watson.ch	watson
aargauerzeitung.ch	Aargauer Zeitung
luzernerzeitung.ch	Luzerner Zeitung
tagblatt.ch	St. Galler Tagblatt
bernerzeitung.ch	Berner Zeitung
bazonline.ch	Basler Zeitung
woz.ch	WOZ
weltwoche.ch	Die Weltwoche
handelszeitung.ch	Handelszeitung
finews.ch	finews.ch
nau.ch	Nau.ch
letemps.ch	Le Temps
rts.ch	RTS
24heures.ch	24 heures
tdg.ch	Tribune de Genève
lematin.ch	Le Matin
laliberte.ch	La Liberté
lenouvelliste.ch	Le Nouvelliste
arcinfo.ch	Arcinfo
rsi.ch	RSI
cdt.ch	Corriere del Ticino
laregione.ch	laRegione

# France: national newspapers, magazines and news sites
lemonde.fr	Le Monde
lemonde.fr/en	Le Monde in English
lefigaro.fr	Le Figaro
liberation.fr	Libération
leparisien.fr	Le Parisien
lesechos.fr	Les Échos
la-croix.com	La Croix
humanite.fr	L'Humanité
lopinion.fr	L'Opinion
latribune.fr	La Tribune
lejdd.fr	Le Journal du Dimanche
20minutes.fr	20 Minutes
lexpress.fr	L'Express
lepoint.fr	Le Point
nouvelobs.com	L'Obs
marianne.net	Marianne
valeursactuelles.com	Valeurs actuelles
challenges.fr	Challenges
capital.fr	Capital
courrierinternational.com	Courrier international
monde-diplomatique.fr	Le Monde diplomatique
mediapart.fr	Mediapart
huffingtonpost.fr	Le HuffPost
slate.fr	Slate.fr
telerama.fr	Télérama
lesinrocks.com	Les Inrockuptibles
parismatch.com	Paris Match
numerama.com	Numerama
lequipe.fr	L'Équipe
actu.fr	actu.fr
connexionfrance.com	The Connexion

# France: broadcasters
francetvinfo.fr	franceinfo
radiofrance.fr	Radio France
radiofrance.fr/franceinter	France Inter
radiofrance.fr/franceculture	France Culture
europe1.fr	Europe 1
rtl.fr	RTL
bfmtv.com	BFMTV
tf1info.fr	TF1 Info
lci.fr	LCI
cnews.fr	CNews
publicsenat.fr	Public Sénat
lcp.fr	LCP

# France: regional newspapers
ouest-france.fr	Ouest-France
sudouest.fr	Sud Ouest
ladepeche.fr	La Dépêche du Midi
lavoixdunord.fr	La Voix du Nord
leprogres.fr	Le Progrès
ledauphine.com	Le Dauphiné libéré
estrepublicain.fr	L'Est Républicain
republicain-lorrain.fr	Le Républicain lorrain
dna.fr	Dernières Nouvelles d'Alsace
lalsace.fr	L'Alsace
nicematin.com	Nice-Matin
corsematin.com	Corse-Matin
laprovence.com	La Provence
midilibre.fr	Midi Libre
lindependant.fr	L'Indépendant
letelegramme.fr	Le Télégramme
lamontagne.fr	La Montagne
courrier-picard.fr	Courrier picard
paris-normandie.fr	Paris-Normandie
lanouvellerepublique.fr	La Nouvelle République
charentelibre.fr	Charente Libre

# Belgium (French)
lesoir.be	Le Soir
lalibre.be	La Libre Belgique
dhnet.be	La DH
lavenir.net	L'Avenir
sudinfo.be	Sudinfo
lecho.be	L'Echo
rtbf.be	RTBF
rtl.be	RTL Info
7sur7.be	7sur7

# Francophone Africa, the Maghreb and the Indian Ocean
hespress.com	Hespress
le360.ma	Le360
lematin.ma	Le Matin
medias24.com	Médias24
telquel.ma	TelQuel
moroccoworldnews.com	Morocco World News
elwatan.com	El Watan
tsa-algerie.com	TSA
lapresse.tn	La Presse de Tunisie
businessnews.com.tn	Business News
mosaiquefm.net	Mosaïque FM
seneweb.com	Seneweb
lesoleil.sn	Le Soleil
dakaractu.com	Dakaractu
fratmat.info	Fraternité Matin
abidjan.net	Abidjan.net
lefaso.net	Lefaso.net
cameroon-tribune.cm	Cameroon Tribune
actualite.cd	Actualite.cd
radiookapi.net	Radio Okapi
lexpress.mu	L'Express
defimedia.info	Defimedia
midi-madagasikara.mg	Midi Madagasikara
lenouvelliste.com	Le Nouvelliste

# Spain: national newspapers and news sites
elpais.com	El País
cincodias.elpais.com	Cinco Días
elmundo.es	El Mundo
abc.es	ABC
lavanguardia.com	La Vanguardia
elperiodico.com	El Periódico
larazon.es	La Razón
elconfidencial.com	El Confidencial
eldiario.es	elDiario.es
publico.es	Público
20minutos.es	20minutos
elespanol.com	El Español
okdiario.com	OKDIARIO
libertaddigital.com	Libertad Digital
vozpopuli.com	Vozpópuli
infolibre.es	infoLibre
elplural.com	El Plural
elsaltodiario.com	El Salto
ctxt.es	CTXT
newtral.es	Newtral
maldita.es	Maldita.es
expansion.com	Expansión
eleconomista.es	elEconomista
marca.com	Marca
as.com	AS
mundodeportivo.com	Mundo Deportivo
sport.es	Sport
theolivepress.es	The Olive Press
surinenglish.com	Sur in English

# Spain: broadcasters
rtve.es	RTVE
antena3.com	Antena 3
antena3.com/noticias	Antena 3 Noticias
lasexta.com	laSexta
telecinco.es	Telecinco
cuatro.com	Cuatro
cadenaser.com	Cadena SER
cope.es	COPE
ondacero.es	Onda Cero

# Spain: regional newspapers
lavozdegalicia.es	La Voz de Galicia
elcorreo.com	El Correo
diariovasco.com	El Diario Vasco
naiz.eus	Naiz
lne.es	La Nueva España
elcomercio.es	El Comercio
elnortedecastilla.es	El Norte de Castilla
diariodenavarra.es	Diario de Navarra
heraldo.es	Heraldo de Aragón
levante-emv.com	Levante-EMV
lasprovincias.es	Las Provincias
laverdad.es	La Verdad
diariodesevilla.es	Diario de Sevilla
sur.es	Diario Sur
ideal.es	Ideal
hoy.es	Hoy
diariodemallorca.es	Diario de Mallorca
ultimahora.es	Última Hora
canarias7.es	Canarias7
eldia.es	El Día
ara.cat	Ara
elnacional.cat	El Nacional
naciodigital.cat	NacióDigital
segre.com	Segre

# Mexico
eluniversal.com.mx	El Universal
reforma.com	Reforma
elnorte.com	El Norte
milenio.com	Milenio
excelsior.com.mx	Excélsior
jornada.com.mx	La Jornada
elfinanciero.com.mx	El Financiero
eleconomista.com.mx	El Economista
proceso.com.mx	Proceso
animalpolitico.com	Animal Político
aristeguinoticias.com	Aristegui Noticias
razon.com.mx	La Razón
informador.mx	El Informador
elsoldemexico.com.mx	El Sol de México
expansion.mx	Expansión
sdpnoticias.com	SDP Noticias
nmas.com.mx	N+
tvazteca.com	TV Azteca
mexiconewsdaily.com	Mexico News Daily

# Argentina
clarin.com	Clarín
lanacion.com.ar	La Nación
infobae.com	Infobae
pagina12.com.ar	Página/12
perfil.com	Perfil
ambito.com	Ámbito
cronista.com	El Cronista
iprofesional.com	iProfesional
tn.com.ar	TN
c5n.com	C5N
lavoz.com.ar	La Voz del Interior
losandes.com.ar	Los Andes
lacapital.com.ar	La Capital
eldestapeweb.com	El Destape
eldiarioar.com	elDiarioAR
lapoliticaonline.com	La Política Online
chequeado.com	Chequeado
ole.com.ar	Olé
batimes.com.ar	Buenos Aires Times
buenosairesherald.com	Buenos Aires Herald

# Chile
latercera.com	La Tercera
emol.com	Emol
elmercurio.com	El Mercurio
lun.com	Las Últimas Noticias
df.cl	Diario Financiero
biobiochile.cl	BioBioChile
cooperativa.cl	Cooperativa
adnradio.cl	ADN Radio
t13.cl	T13
24horas.cl	24 Horas
meganoticias.cl	Meganoticias
cnnchile.com	CNN Chile
elmostrador.cl	El Mostrador
theclinic.cl	The Clinic
ciperchile.cl	CIPER

# Colombia, Venezuela, Ecuador
eltiempo.com	El Tiempo
elespectador.com	El Espectador
semana.com	Semana
elcolombiano.com	El Colombiano
elheraldo.co	El Heraldo
elpais.com.co	El País
larepublica.co	La República
portafolio.co	Portafolio
vanguardia.com	Vanguardia
elnuevosiglo.com.co	El Nuevo Siglo
caracol.com.co	Caracol Radio
noticias.caracoltv.com	Noticias Caracol
noticiasrcn.com	Noticias RCN
bluradio.com	Blu Radio
lasillavacia.com	La Silla Vacía
pulzo.com	Pulzo
elnacional.com	El Nacional
eluniversal.com	El Universal
ultimasnoticias.com.ve	Últimas Noticias
efectococuyo.com	Efecto Cocuyo
elpitazo.net	El Pitazo
talcualdigital.com	Tal Cual
runrun.es	Runrunes
eluniverso.com	El Universo
elcomercio.com	El Comercio
primicias.ec	Primicias
expreso.ec	Expreso
eltelegrafo.com.ec	El Telégrafo
ecuavisa.com	Ecuavisa

# Peru, Bolivia, Paraguay, Uruguay
elcomercio.pe	El Comercio
larepublica.pe	La República
rpp.pe	RPP
peru21.pe	Perú21
gestion.pe	Gestión
diariocorreo.pe	Correo
trome.com	Trome
canaln.pe	Canal N
ojo-publico.com	Ojo Público
eldeber.com.bo	El Deber
paginasiete.bo	Página Siete
la-razon.com	La Razón
lostiempos.com	Los Tiempos
opinion.com.bo	Opinión
correodelsur.com	Correo del Sur
abc.com.py	ABC Color
lanacion.com.py	La Nación
ultimahora.com	Última Hora
elpais.com.uy	El País
elobservador.com.uy	El Observador
ladiaria.com.uy	la diaria
montevideo.com.uy	Montevideo Portal
busqueda.com.uy	Búsqueda

# Central America and the Spanish-speaking Caribbean
prensalibre.com	Prensa Libre
laprensa.hn	La Prensa
elheraldo.hn	El Heraldo
laprensagrafica.com	La Prensa Gráfica
elsalvador.com	El Diario de Hoy
elfaro.net	El Faro
laprensani.com	La Prensa
confidencial.digital	Confidencial
nacion.com	La Nación
crhoy.com	CRHoy.com
teletica.com	Teletica
prensa.com	La Prensa
laestrella.com.pa	La Estrella de Panamá
tvn-2.com	TVN Noticias
granma.cu	Granma
cubadebate.cu	Cubadebate
14ymedio.com	14ymedio
diariolibre.com	Diario Libre
listindiario.com	Listín Diario
hoy.com.do	Hoy
elnuevodia.com	El Nuevo Día
primerahora.com	Primera Hora

# Brazil
folha.uol.com.br	Folha de S.Paulo
estadao.com.br	Estadão
oglobo.globo.com	O Globo
g1.globo.com	g1
valor.globo.com	Valor Econômico
uol.com.br	UOL
cnnbrasil.com.br	CNN Brasil
metropoles.com	Metrópoles
correiobraziliense.com.br	Correio Braziliense
gazetadopovo.com.br	Gazeta do Povo
em.com.br	Estado de Minas
gauchazh.clicrbs.com.br	GZH
veja.abril.com.br	Veja
exame.com	Exame
cartacapital.com.br	CartaCapital
poder360.com.br	Poder360
brasildefato.com.br	Brasil de Fato
r7.com	R7
terra.com.br	Terra
riotimesonline.com	The Rio Times

# Italy: national newspapers and news sites
corriere.it	Corriere della Sera
corrieredibologna.corriere.it	Corriere di Bologna
corrierefiorentino.corriere.it	Corriere Fiorentino
corrieredelveneto.corriere.it	Corriere del Veneto
corrieredelmezzogiorno.corriere.it	Corriere del Mezzogiorno
repubblica.it	la Repubblica
lastampa.it	La Stampa
ilsole24ore.com	Il Sole 24 Ore
ilmessaggero.it	Il Messaggero
ilgiornale.it	il Giornale
ilfattoquotidiano.it	Il Fatto Quotidiano
ilfoglio.it	Il Foglio
avvenire.it	Avvenire
ilmanifesto.it	il manifesto
liberoquotidiano.it	Libero
iltempo.it	Il Tempo
ilgiorno.it	Il Giorno
ilrestodelcarlino.it	il Resto del Carlino
lanazione.it	La Nazione
quotidiano.net	QN Quotidiano Nazionale
unita.it	l'Unità
ildubbio.news	Il Dubbio
ilpost.it	Il Post
open.online	Open
fanpage.it	Fanpage.it
today.it	Today.it
leggo.it	Leggo
huffingtonpost.it	HuffPost Italia
internazionale.it	Internazionale
lespresso.it	L'Espresso
panorama.it	Panorama
milanofinanza.it	Milano Finanza
gazzetta.it	La Gazzetta dello Sport
corrieredellosport.it	Corriere dello Sport
tuttosport.com	Tuttosport
wantedinrome.com	Wanted in Rome

# Italy: broadcasters
rai.it	Rai
rainews.it	Rai News
tg24.sky.it	Sky TG24
sport.sky.it	Sky Sport
tgcom24.mediaset.it	Tgcom24
la7.it	La7

# Italy: regional newspapers
ilsecoloxix.it	Il Secolo XIX
ilgazzettino.it	Il Gazzettino
ilmattino.it	Il Mattino
larena.it	L'Arena
ilgiornaledivicenza.it	Il Giornale di Vicenza
bresciaoggi.it	Bresciaoggi
giornaledibrescia.it	Giornale di Brescia
ecodibergamo.it	L'Eco di Bergamo
laprovinciadicomo.it	La Provincia
ladige.it	l'Adige
altoadige.it	Alto Adige
gazzettadiparma.it	Gazzetta di Parma
gazzettadimantova.it	Gazzetta di Mantova
iltirreno.it	Il Tirreno
lanuovasardegna.it	La Nuova Sardegna
unionesarda.it	L'Unione Sarda
lasicilia.it	La Sicilia
gds.it	Giornale di Sicilia
lagazzettadelmezzogiorno.it	La Gazzetta del Mezzogiorno
quotidianodipuglia.it	Quotidiano di Puglia
ilcentro.it	Il Centro
corriereadriatico.it	Corriere Adriatico
quotidianodelsud.it	Quotidiano del Sud
"""#
}
