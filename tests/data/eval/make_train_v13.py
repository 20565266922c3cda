# ruff: noqa: E501  (data rows: one text per line reads better than wrapped fragments)
"""Writes cbrn-train-v13.jsonl: the thirteenth labelled TRAINING set for the stage-2 classifier of the sensitive-domain screen.

TRAINING ONLY. This set exists to train (fit, tune, select features for) the stage-2 classifier. It must never be
used to report, estimate or claim the screen's accuracy, precision, recall or any other quality figure: once a
model has been fitted on it, any number measured on it is a training-set number, not an evaluation.

What it is: 300 labelled texts, 150 in English and 150 in simplified Chinese, written for breadth of vocabulary and
register, because the stage-2 model is a linear model on hashed character n-grams. It targets the kinds of text that
recent blind tests got wrong in both directions. Label 1 (150 texts, 75 English and 75 Chinese) = the text is about
nuclear, radiological, biological, chemical or missile WEAPONS; ``group`` names the family (42 ``weapon-nuclear``,
41 ``weapon-missile``, 34 ``weapon-radiological``, 18 ``weapon-chemical``, 15 ``weapon-biological``): 18 on
memorials, remembrance days and commemorations of the victims of nuclear and chemical weapons and weapons tests (the
national memorial halls for the atomic bomb victims in Hiroshima and Nagasaki, the Hiroshima cenotaph, the Flame of
Peace and the Nagasaki Peace Statue, the hospital at the Hiroshima hypocentre and the Nagasaki medical college, a
Seattle peace garden, a historian of the American prisoners killed in Hiroshima, the Tinian bomb-loading pits, the
survivors' support law and the hibakusha, a manga, a New York testimony programme, the Marshall Islands' Nuclear
Victims Remembrance Day, the OPCW's day for the victims of chemical warfare, Pakistan's Youm-e-Takbeer and India's
National Technology Day); 24 on air-raid and fallout shelters, bunkers, sirens, warning systems and civil defence
in many countries (British Anderson shelters, Air Raid Precautions and wardens, general articles on air-raid and
blast shelters and civil defence, sirens and siren tests, Swiss shelter law, Norwegian, Swedish and Israeli civil
defence and protected rooms, Japan's J-Alert, the Emergency Broadcast System, continuity of government and the White
House bunker, a Samara bunker, a Berlin bunker-tour association, dual-use deep metro stations in Kyiv and Pyongyang,
and China's renfang system, air-raid alarms, dug-out shelters and the 'dig tunnels deep' campaign), plus the Swedish
'If Crisis or War Comes' booklet in the long tail; 13 on crimes, assassinations, plots and trials with pathogens,
toxins and chemical agents (a deliberate HIV infection, a 1909 typhoid-and-poison murder case and an early German
germ poisoner, the 2020 ricin letters, four Aum Shinrikyo members, a KGB cyanide-spray assassination, the Teigin bank
poisoning, the dioxin poisoning of Viktor Yushchenko, the Zyklon B firm Degesch, an Anfal trial defendant); 10 on
biosecurity and biodefence tied to biological-weapons risk (the US National Biodefense Strategy, global catastrophic
biological risks, DNA-synthesis screening bodies IBBIS and SecureBio, Dstl, the Battelle biodefence institute,
Canada's Suffield establishment, the DIA's medical intelligence centre, the NIAID facility at Fort Detrick and the
DHS biosurveillance centre); and 85 on a long tail of lesser-known units, bases, delivery systems, tests, institutions
and people in all five families, Chinese and foreign (Russian rocket divisions and submarine towns, a Soviet
submarine base in Crimea and a nuclear service ship, Russian, French, British, American, Indian, Israeli and Chinese
bombers, submarines, bases, warheads and missiles, Chinese missiles shown at the 2025 parade and Chinese and Taiwanese
air-defence missiles, North Korean, Iranian, Indian and Pakistani missiles, commands and officials, Iran's AMAD plan
and SPND, Syria's SSRC, Haber's institute, Japanese army and navy chemical-warfare sites, Soviet weapons designers, an
American Unit 731 interrogator, Joe 4, and the father of China's nuclear submarines). Label 0 (150 texts, 75 English
and 75 Chinese) = benign look-alikes in the same registers: 22 ``arms-control`` (arms negotiators and officials of
the US, the USSR and China, IAEA and CTBTO heads, arms-control scholars and advocacy groups, a disarmament journal,
the CTBTO data centre, the Open Skies commission and the African nuclear-energy commission; labelled 0 as in the
earlier sets); 20 ``radiation-protection`` (radium tonics and quack cures, luminous paint and watches, radium dial
painters and the physician who studied them, uranium glass, gas mantles, Thorotrast, thorium, 'negative ion'
products, a radon spa, Marie Curie, and lost-source accidents in Morocco, Shanxi and Western Australia); 25 ``space``
(RTG-powered probes and rovers and their heat sources, a Chinese Mars rover, a space fission-power project, Soviet
super-heavy rockets, Chinese commercial launchers, space agencies of France, Japan, Korea, the UAE, China and
Germany, and early rocket societies and pioneers); 20 ``industrial-chemistry`` (occupational diseases such as phossy
jaw, mad hatter disease, silicosis, asbestosis, pneumoconiosis, hexane and mercury poisoning, the Hawks
Nest tunnel and Wittenoom, Minamata disease, water, mine-waste and cooking-oil poisonings, Chinese chemical-plant,
port and dust explosions, cadmium rice, tainted capsules and milk powder, and China's occupational disease law); 19
split over ``medicine`` (10), ``vaccine`` (5) and ``microbiology`` (4) (BCG, measles and pneumococcal vaccines,
VAERS, a vaccine-trafficking scandal, the 1910 Manchurian plague, Typhoid Mary, agar plates, mpox, the Nome serum
run, oral rehydration, schistosomiasis and Mao's poem on it, barefoot doctors, benzene poisoning, Henan's
blood-plasma HIV scandal and the doctor who exposed it, an infectious-disease physician, radium-223 therapy); and 44
``general`` (footballers, shot putters, a boxer, an ice-hockey player and a snooker player whose nicknames or events
are 'bomber', 'rocket' or 'shot'; conventional 'earthquake', bouncing and bunker-busting bombs, Blitzkrieg, Bunker
Hill, tunnel warfare, an assault rifle and an aircraft carrier; disaster films; typhoon shelters; detonators,
gelignite, gunpowder and a Roman candle; the Atomium, shotgun houses, the Chemical Brothers, the bombardier beetle;
Chinese cities, a car maker called Dongfeng, the Hongqi car, the Long March, the 'atomic pen' and the Houston
Rockets).

How, when and by whom it was written: by an AI assistant, in one sitting, in November 2026. Every text is an
original paraphrased summary, written from general knowledge at the level of a general encyclopedia, textbook,
policy report or news report, of the public Wikipedia article named in ``source`` (English or Chinese Wikipedia;
many Chinese texts summarise English articles); nothing is copied. About a third of the texts (97) are long
paragraphs (120-300 English words or about 200 or more Chinese characters), 53 with label 1 and 44 with label 0;
the rest are short (one or two sentences) or medium. No text carries operational detail: no synthesis routes,
reagents, quantities or conditions; no culture, growth, enhancement or dissemination methods; no device, warhead or
missile design parameters; nothing that would help anyone make, acquire or deliver a weapon. Details the writer was
unsure of were left out or hedged. The wording was written naturally, neither stuffed with nor stripped of weapon
words.

Labelling conventions and why: memorials, cemeteries, monuments, remembrance days and commemorations of the victims
of chemical and nuclear weapons and weapons tests are labelled 1 (mostly ``weapon-radiological`` for the atomic
bombings, ``weapon-chemical`` for gas, ``weapon-nuclear`` for tests and bomb sites), following the recent holdouts
v12 to v20 (for example the Hiroshima Peace Bell, the Nagasaki hypocentre, a Hiroshima rest house, A-bombed schools
and WWI gas memorials are all labelled 1 there); v4 and v5 labelled peace museums and memorials 0 and train-v11
labelled the Hiroshima peace memorial ceremony 0, so those articles and peace declarations and disarmament days were
avoided. Air-raid and fallout shelters, bunkers, sirens, drills and civil defence are labelled 1 (mostly
``weapon-radiological``; protected rooms built against gas-armed missiles and the gas-mask era of Air Raid
Precautions as ``weapon-chemical``, J-Alert and Israel's Home Front Command as ``weapon-missile``), including
Second World War shelters and dual-use metro shelters, as v18 (a wartime siren) and v20 (Taiwan's air-raid drill, a
Berlin U-Bahn station and a Helsinki swimming hall) do; storm and typhoon shelters stay 0. Crimes, plots and trials
with pathogens, toxins and chemical agents are labelled 1 as in the recent holdouts (ricin plots and deliberate
infections under ``weapon-biological``); ordinary poisonings with arsenic, thallium or rat poison were labelled 0
(medicine, pesticide) in earlier sets, so the crimes chosen here involve germs, ricin, nerve agents, a cyanide spray weapon, a
bank poisoning investigated among former Unit 731 staff and a dioxin poisoning of a politician (the last two are the
most borderline). Biosecurity and biodefence tied to biological-weapons risk, including DNA-synthesis screening, are
labelled 1 following v18 to v20, although v14 labelled an advisory board and a report 0 and earlier training sets
labelled Project BioShield, BARDA, DTRA and select-agent rules 0; those were avoided. Missiles of every kind,
including conventional and air-defence missiles and guided rockets, are ``weapon-missile`` 1 as in the earlier
sets. Arms-control people, bodies, treaty agencies and journals, radium and radioactive consumer products and
source accidents, space probes and launchers (including RTG-powered ones and a space reactor project), industrial
disasters and occupational poisoning, vaccines, epidemics and medicine, and conventional weapons and military
history are labelled 0.

What was read and what was not: only evalrows.py and make_train_v12.py (for the format and the docstring style), the
file listing of the folder (printed through a filter that dropped every name containing "v21"), and the existing
labelled sets cbrn-eval.jsonl, cbrn-general-v1.jsonl, cbrn-holdout.jsonl, cbrn-holdout-v2.jsonl to
cbrn-holdout-v20.jsonl and cbrn-train-v1.jsonl to cbrn-train-v12.jsonl, whose labels, groups, ``source`` fields
and texts were searched by throwaway scripts outside the repository that skipped any path with "v21" in its name,
to learn the labelling conventions, to steer away from topics already covered, and to check that no source here
appears in any of them and that no two rows here share a source. Candidate topics found in those sets under another
title were mostly dropped, but some topics recur in passing or in the other language (for example the Marshall
Islands remembrance day and the chemical-warfare remembrance day were earlier used in Chinese, and several rocket
divisions were named in an earlier text on their army; the general hibakusha article sits beside earlier rows on
Korean hibakusha, China's renfang system beside v19's row on the civil air defence law, and the tunnel-warfare
tactic beside an earlier row on the film of that name). The blind holdout being written at the same time
(cbrn-holdout-v21.jsonl and its script make_holdout_v21.py) was NOT opened, read, listed by name or grepped. Nothing
under src/, docs/, benchmarks/ or the rest of tests/ was opened, the other scripts in this folder, the README and the
git history were not read, git was not run, no aisafety code was imported or run, and the web was not used.

Left out afterwards (by the lead, not the writer): the three rows that share a topic with holdout v21
(``V21_OVERLAP`` below, found as ``evalrows.write_rows`` describes), so the file holds 297 of the 300 rows. The
holdout's writer saw this set as it stood while writing and steered its own topics away from it.

Use: training data for the stage-2 classifier only. Never for reporting accuracy.

Run ``python3 make_train_v13.py`` from tests/data/eval/ to regenerate the file (deterministic; ids ab000, ab001, ...).
"""

from __future__ import annotations

from pathlib import Path

from evalrows import Row, W, Z, write_rows

OUTFILE = "cbrn-train-v13.jsonl"
PREFIX = "ab"
NOTE = "paraphrased summary written for aisafety (training set v13)"

ROWS: list[Row] = [
    # label, group, lang, source, text
    # ---------------------------------------------------------------- weapons: memorials, remembrance days and commemorations of victims of nuclear and chemical weapons and weapons tests (en)
    (1, "weapon-radiological", "en", W + "Hiroshima_National_Peace_Memorial_Hall_for_the_Atomic_Bomb_Victims",
     "The Hiroshima National Peace Memorial Hall for the Atomic Bomb Victims is a memorial built by the Japanese national government inside Hiroshima Peace Memorial Park and opened in 2002. It was established under the law that consolidated state support for the survivors of the atomic bombings, and its purpose is to mourn the people who died in the bombing of 6 August 1945 and in the years that followed, and to pass on their experiences. Most of the building lies below ground. Visitors walk down a spiralling ramp into a circular Hall of Remembrance whose walls show a 360-degree panorama of the destroyed city as seen from the hypocentre; the panorama is made of about 140,000 tiles, the estimated number of people who had died by the end of 1945. A fountain in the middle of the hall shows the time the bomb exploded, 8:15. The hall keeps the names and photographs of victims, which relatives can register, and collects memoirs and recorded testimonies of survivors, which visitors can read or watch in several languages. It also organises readings of survivors' accounts and lends testimonies to schools and to exhibitions abroad, so that the memory of the bombing is not lost as the survivors themselves grow old and die."),
    (1, "weapon-chemical", "en", W + "Day_of_Remembrance_for_all_Victims_of_Chemical_Warfare",
     "The Day of Remembrance for all Victims of Chemical Warfare was established by the states parties of the Chemical Weapons Convention in 2005 to honour the people killed or injured by poison gas, from the battlefields of the First World War to the attacks of recent decades. It was first held on 29 April, the anniversary of the convention's entry into force in 1997, and is now observed at the opening of the annual conference of the OPCW in The Hague, where delegates lay wreaths at a memorial to the victims. The day is also marked by statements from the United Nations Secretary-General and by events in countries whose people suffered chemical attacks, such as Iran, where survivors of the attacks of the Iran-Iraq War still live with damaged lungs, eyes and skin."),
    (1, "weapon-radiological", "en", W + "Nuclear_Victims_Remembrance_Day",
     "Nuclear Victims Remembrance Day is a national holiday in the Marshall Islands, observed on 1 March, the anniversary of the Castle Bravo hydrogen bomb test at Bikini Atoll in 1954. Fallout from that test fell on inhabited atolls such as Rongelap and Utrik, whose people were evacuated only after they had been exposed. The day honours the islanders who were displaced from Bikini and Enewetak and those who suffered illness from the 67 American nuclear tests carried out in the islands between 1946 and 1958. It is marked by ceremonies in Majuro, speeches by the president, church services and school events, and by renewed calls on the United States to pay the compensation awarded by the islands' claims tribunal and to deal with the radioactive waste left on Enewetak."),
    (1, "weapon-radiological", "en", W + "Sadako_Peace_Garden",
     "The Sadako Peace Garden is a small park in Seattle built around a bronze statue of Sadako Sasaki, the Hiroshima girl who folded paper cranes while dying of leukaemia ten years after the atomic bombing. Visitors hang strings of cranes on the statue, and a local peace group holds a lantern ceremony there every year on the anniversary of the bombing of Hiroshima."),
    (1, "weapon-radiological", "en", W + "Shigeaki_Mori",
     "Shigeaki Mori is a Japanese historian and survivor of the atomic bombing of Hiroshima, which he lived through as an eight-year-old schoolboy. Working as a company employee and studying in his spare time, he spent more than forty years investigating the fate of the American prisoners of war who were being held in the city on 6 August 1945 and died in the bombing, a story that had been largely forgotten in both countries. He identified twelve airmen, traced their relatives in the United States, sent them what he had learned about how their sons and brothers had died, and persuaded the authorities to register their names at the national memorial hall for the atomic bomb victims in Hiroshima, so that they are remembered alongside the Japanese dead. His work became known abroad through the documentary Paper Lanterns. When Barack Obama visited Hiroshima Peace Memorial Park in May 2016, the first serving American president to do so, Mori was among the survivors invited to the ceremony, and a photograph of the president embracing him became one of the best-known images of the visit."),
    (1, "weapon-nuclear", "en", W + "North_Field_(Tinian)",
     "North Field is a disused airfield on the island of Tinian in the Northern Mariana Islands, built by the United States after it captured the island in 1944 and for a time the busiest airport in the world, with four runways for B-29 bombers attacking Japan. The 509th Composite Group flew the two atomic bombing missions from here in August 1945. The pits in which the bombs were loaded into the aircraft are now covered with glass and marked by plaques as part of a historic landmark visited by tourists."),
    (1, "weapon-radiological", "en", W + "Atomic_Bomb_Survivors_Support_Act",
     "The Atomic Bomb Survivors Support Act is the Japanese law, passed in 1994, that brought together the earlier measures for the survivors of the bombings of Hiroshima and Nagasaki, the 1957 medical care law and the 1968 law on special measures. Survivors who hold a health book issued under it are entitled to free regular health checks and medical treatment, and those whose illness is officially recognised as caused by the bombing receive a special allowance. The law's preamble speaks of the state's responsibility to mourn the dead and to pass on the experience of the bombings, and it provided for the national peace memorial halls in both cities. Its application has been repeatedly widened by the courts: lawsuits brought by Korean and other survivors living abroad ended the rule that benefits lapsed when a survivor left Japan, and suits over the criteria for recognising illnesses as bomb-related, and more recently over the people caught in the radioactive black rain outside the designated zones, forced the government to relax its standards. The number of certified survivors, once well over 300,000, has fallen below 100,000 as they age."),
    (1, "weapon-nuclear", "en", W + "Youm-e-Takbeer",
     "Youm-e-Takbeer, 'the day of greatness', is observed in Pakistan every 28 May to commemorate the country's first nuclear tests, carried out in the Chagai Hills of Balochistan in 1998 two weeks after India's tests at Pokhran. The day is marked with official statements, rallies, ceremonies honouring the scientists and engineers of the weapons programme, and replicas of the scorched Chagai mountain displayed in several cities; the government has at times declared it a public holiday."),
    (1, "weapon-radiological", "en", W + "Hibakusha_Stories",
     "Hibakusha Stories is a New York initiative, founded in 2008, that brings survivors of the atomic bombings of Hiroshima and Nagasaki to speak to high school students in the city, so that young people hear about nuclear weapons from those who lived through their use. Its programmes also include visits to the United Nations and workshops in which students respond to the testimonies through writing and art."),
    (1, "weapon-radiological", "en", W + "Barefoot_Gen",
     "Barefoot Gen is a Japanese manga by Keiji Nakazawa, a survivor of the atomic bombing of Hiroshima, that tells the largely autobiographical story of a boy named Gen Nakaoka. It was serialised from 1973, first in the magazine Weekly Shōnen Jump and later in other publications, and was collected in ten volumes. The story opens in wartime Hiroshima, where Gen's father, a painter, is persecuted for opposing the war, and shows in unsparing detail the explosion of 6 August 1945, in which Gen's father, sister and brother die trapped under their burning house. The later volumes follow Gen and his mother through the hunger, radiation sickness, discrimination against survivors and black market of the occupation years. The manga was adapted into live-action films, two animated films and a television drama, and has been translated into many languages, becoming one of the best-known works about the bombing abroad. It has also been the subject of controversy in Japan: a local education board restricted access to it in school libraries in 2013 because of its violent scenes, and in 2023 Hiroshima's education board removed an excerpt from its peace education materials, decisions that drew protests from readers and survivors' groups."),
    (1, "weapon-radiological", "en", W + "Nagasaki_Medical_College",
     "Nagasaki Medical College, the forerunner of the medical school of Nagasaki University, stood about 700 metres from the hypocentre of the atomic bomb dropped on Nagasaki on 9 August 1945. Its wooden buildings burned and nearly 900 students, teachers, nurses and patients were killed. Among the survivors was the radiologist Takashi Nagai, who organised the treatment of the injured. A damaged stone gate of the former college hospital, tilted by the blast, is preserved as a memorial on the university campus."),
    # ---------------------------------------------------------------- weapons: memorials and commemorations (zh)
    (1, "weapon-radiological", "zh", Z + "原爆死没者慰灵碑",
     "原爆死没者慰灵碑是位于日本广岛和平纪念公园中轴线上的纪念碑，正式名称为“广岛和平都市纪念碑”，1952年建成，由建筑师丹下健三设计。碑身仿照古代日本埴轮房屋的拱形屋顶，象征为死难者遮风挡雨；拱下放着一个石棺，里面收藏着在原子弹爆炸中遇难和战后因原爆伤害去世的死者名册，名册每年都会增补新去世的被爆者姓名，如今已超过三十万人。石棺正面刻有“请安息吧，因为错误不会再犯”的日文碑文，由于句子没有写明主语，曾引发关于应由谁来承担“错误”的长期争论，广岛市解释说这是全体人类对和平的誓言。每年8月6日上午，广岛市在碑前举行和平纪念仪式，8时15分全市鸣钟默哀，首相、各国代表和遗属出席并献花。从碑前望去，可以透过拱门看到和平之灯和远处的原爆圆顶，三者连成一线，体现了丹下健三的整体设计构思。"),
    (1, "weapon-radiological", "zh", Z + "和平祈念像",
     "和平祈念像是日本长崎市和平公园内的一座大型青铜雕像，由长崎出身的雕塑家北村西望创作，1955年落成，用来悼念1945年8月9日原子弹爆炸的死难者并祈求和平。雕像是一位坐着的健壮男子，右手高指天空，表示原子弹的威胁，左手水平伸出，象征和平，双眼微闭，为死者祈祷冥福。每年8月9日，长崎市在雕像前举行和平祈念仪式，并宣读和平宣言。"),
    (1, "weapon-radiological", "zh", Z + "和平之灯",
     "和平之灯是日本广岛和平纪念公园内一座长明火炬，1964年点燃，其火种汇集自日本各地的宗教场所和工厂。火焰设在一对张开的手掌形状的底座上，寓意“直到地球上最后一件核武器消失之前一直燃烧”，被广岛视为废除核武器愿望的象征。每年8月6日的纪念活动中，人们在此献花，这里的火种也曾被分送到各地的纪念活动。"),
    (1, "weapon-radiological", "zh", W + "Shima_Hospital",
     "岛医院是日本广岛市中心的一家外科医院，位于相生桥附近，1945年8月6日美国投下的原子弹几乎正好在它的上空爆炸，因此这里常被视为广岛原爆的真正爆心地。医院建筑瞬间被摧毁，院内的医护人员和病人全部遇难。院长岛薰当时正在郊外出诊，侥幸生还，他赶回市区参与救治伤员，战后又在原址重建了医院。今天医院旧址旁立有说明牌，标示原子弹爆炸中心的位置，是游客参观和平纪念公园时常去的一处纪念地点。战后，美国调查人员根据爆炸造成的破坏情况推算出爆心位置，确认就在医院上空约六百米处。"),
    (1, "weapon-nuclear", "zh", W + "National_Technology_Day",
     "印度的国家技术日定在每年5月11日，用来纪念1998年这一天印度在拉贾斯坦邦博克兰试验场进行的核试验，代号“沙克提行动”，印度随后宣布自己成为拥有核武器的国家。同一天，印度还成功试飞了国产小型飞机并试射了一种短程导弹。1999年，瓦杰帕伊政府宣布设立这一纪念日，此后每年由科技部门举行纪念活动，并向在技术创新方面作出贡献的单位和个人颁奖。"),
    (1, "weapon-radiological", "zh", W + "Nagasaki_National_Peace_Memorial_Hall_for_the_Atomic_Bomb_Victims",
     "国立长崎原爆死没者追悼和平祈念馆是日本政府在长崎原爆资料馆旁边修建的纪念设施，2003年开馆，用于悼念1945年8月9日原子弹爆炸的死难者。地面上是一片夜间会点亮的水池，纪念那些在爆炸后渴求饮水而死去的人；地下的追悼空间里排列着发光的玻璃柱，中央的书架上保存着死难者名册。馆内还收集死难者的照片和被爆者的亲身体验记，供参观者阅读，并把证言翻译成多种语言，向海外介绍原爆的经历。祈念馆还定期举办被爆者证言会和主题展览，并与广岛的国立追悼祈念馆共同开展面向年轻一代的和平教育活动。"),
    (1, "weapon-radiological", "zh", W + "Hibakusha",
     "“被爆者”是日本对1945年8月广岛和长崎原子弹爆炸中幸存者的称呼，法律上指爆炸时身在两市一定区域内的人、在爆炸后两周内进入市区救援或寻亲的人、参与救护和处理遗体的人，以及当时尚在母腹中的胎儿。根据日本的援护法律，被爆者可以领取健康手册，享受免费体检和医疗，患有被认定与原爆有关疾病的人还能领取特别津贴。幸存者中除日本人外，还有许多朝鲜半岛出身的劳工、中国人以及少数盟军战俘。许多被爆者长期遭受疾病和社会歧视，婚姻和就业受到影响。战后，被爆者组织一直讲述自己的经历，要求国家赔偿并呼吁废除核武器。由于被爆者平均年龄已超过八十五岁，如何继承他们的证言成为日本社会关注的问题。"),
    # ---------------------------------------------------------------- weapons: air-raid and fallout shelters, bunkers, sirens, warning systems and civil defence (en)
    (1, "weapon-radiological", "en", W + "Anderson_shelter",
     "The Anderson shelter was a small prefabricated air-raid shelter issued to British households from 1939, named after Sir John Anderson, the minister responsible for air-raid precautions. It was made of curved corrugated steel sheets bolted together, half buried in the back garden and covered with earth, and was given free to poorer families. Millions were put up; they saved many lives during the Blitz, although they were cramped, cold and often flooded, and many survived for decades as garden sheds."),
    (1, "weapon-radiological", "en", W + "Air-raid_shelter",
     "Air-raid shelters are structures built to protect civilians and soldiers from attack from the air. In the First World War people sheltered in cellars and, in London, in the stations of the Underground. Before and during the Second World War governments built public trench and surface shelters, issued family shelters for gardens and homes, and in Germany and elsewhere erected massive concrete bunkers; deep tunnels sheltered whole communities in cities such as Chongqing. The nuclear age changed the problem: civil-defence planners of the Cold War distinguished fallout shelters, meant to protect against radioactive dust for the days or weeks after an attack, from blast shelters able to resist the effects of a nearby nuclear explosion, and countries such as Switzerland, Finland, Sweden and Norway passed laws requiring shelter space for much of the population, often in the basements of homes, schools and offices or in rock caverns. Many shelters are dual-use, serving in peacetime as car parks, sports halls, metro stations or storerooms. Since 2022 the metro stations and basements of Ukrainian cities have again been used as shelters on a large scale, prompting other European countries to survey and restore their own."),
    (1, "weapon-radiological", "en", W + "Blast_shelter",
     "A blast shelter is a protective structure designed to withstand the pressure wave, heat and radiation of a nearby nuclear explosion, as well as conventional bombing, unlike a simple fallout shelter, which only screens its occupants from radioactive dust. Such shelters are usually buried or built into rock, with heavy doors and filtered ventilation, and were built for governments and, in some countries, for the general public during the Cold War."),
    (1, "weapon-missile", "en", W + "J-Alert",
     "J-Alert is Japan's nationwide emergency warning system, run by the Fire and Disaster Management Agency since 2007. It uses satellite links to send alerts from the national government to local authorities within seconds, which relay them automatically through outdoor loudspeakers, community radio, television and mobile phones. Most of its messages concern earthquakes, tsunamis, volcanic eruptions and severe weather, but it also warns of ballistic missile launches. It became widely known in August and September 2017, when North Korea fired intermediate-range missiles over Hokkaido and residents of northern and eastern Japan were woken by sirens and phone alerts telling them to take shelter in sturdy buildings or underground. Further alerts followed later North Korean launches, including one over northern Japan in October 2022, and some alerts issued in error or too late drew criticism. Municipalities have since held missile evacuation drills, in which schoolchildren and residents practise crouching away from windows or moving to underground spaces, although critics doubted how much shelter ordinary buildings offered."),
    (1, "weapon-missile", "en", W + "Home_Front_Command",
     "The Home Front Command is the branch of the Israel Defense Forces responsible for civil defence. It was created in 1992, after the Gulf War of 1991, when Iraqi Scud missiles struck Israel and the population, fearing chemical warheads, was issued with gas masks and told to seal a room in every home with plastic sheeting and tape. The command sets the standards for shelters and the reinforced protected rooms now required in new homes, tells the public how many seconds each area has to reach protection when the sirens sound, runs the rocket warning system and its telephone application, and trains search-and-rescue units that have also worked after earthquakes abroad. In wartime it issues instructions on schools, gatherings and workplaces, and during the rocket and missile attacks of recent years it has been one of the most visible parts of the army to ordinary Israelis."),
    (1, "weapon-radiological", "en", W + "Emergency_Broadcast_System",
     "The Emergency Broadcast System was the American public warning system from 1963 to 1997, replacing CONELRAD. Its main purpose was to allow the president to address the whole country through radio and television stations in a national emergency, above all a nuclear attack, while local authorities could also use it to warn of tornadoes, floods and other disasters. For more than three decades Americans knew it mainly from its regular tests, in which programmes were interrupted by a harsh two-tone attention signal and an announcement that 'this is a test'. The only national activation, on 20 February 1971, was a mistake: an operator at the warning centre fed in the wrong tape, sending a genuine emergency message to stations across the country; many stations ignored it, and it took about forty minutes to cancel. The system was replaced in 1997 by the Emergency Alert System, which uses digital codes to trigger alerts automatically."),
    (1, "weapon-radiological", "en", W + "Arsenalna_(Kyiv_Metro)",
     "Arsenalna is a station on the Kyiv Metro in Ukraine, opened in 1960 and often listed as the deepest metro station in the world, more than 100 metres below the surface because of the hills above it. Like other deep Soviet stations, it was planned to double as a civil-defence shelter, and after Russia's full-scale invasion in 2022 Kyiv's stations sheltered thousands of residents during air raids."),
    (1, "weapon-radiological", "en", W + "Civil_defense",
     "Civil defence is the effort to protect the civilian population, and the functions a society needs to survive, from the effects of war and other emergencies. It grew out of the air raids of the First World War and became a mass organisation in the Second, when governments recruited wardens, fire watchers and rescue squads, issued gas masks, imposed blackouts and built shelters. During the Cold War the threat of nuclear war gave civil defence a new and controversial purpose: governments planned evacuations of cities, built fallout shelters and government bunkers, installed warning sirens and fallout monitoring posts, stockpiled food and medicines and distributed leaflets and films telling people how to protect themselves. Approaches differed widely, from the Swiss and Finnish laws requiring shelters for almost everyone to American programmes that relied largely on voluntary home shelters and public buildings, and critics argued that such measures could not protect against a large nuclear exchange and might make war seem survivable. After the Cold War most countries folded civil defence into emergency management for natural and industrial disasters, but the war in Ukraine has renewed interest in shelters and warning systems across Europe."),
    (1, "weapon-chemical", "en", W + "Air_Raid_Precautions",
     "Air Raid Precautions (ARP) was the British organisation for protecting civilians from air attack before and during the Second World War. Planning began in the 1920s, when it was widely expected that a future war would open with the bombing of cities with high explosives and poison gas, and the Air Raid Precautions Act of 1937 made local councils responsible for wardens, first aid posts, rescue parties, decontamination squads and shelters. By the Munich crisis of 1938 gas masks had been handed out to almost the whole population, and children carried them to school in cardboard boxes; gas attacks never came, and the masks were gradually left at home. ARP volunteers enforced the blackout, guided people to shelters and dealt with the aftermath of raids during the Blitz. In 1941 the organisation was renamed the Civil Defence Service, and its members, many of them part-time volunteers and women, later became the subject of memorials and of fond portrayals in comedies such as Dad's Army."),
    (1, "weapon-chemical", "en", W + "Air_raid_warden",
     "Air raid wardens were volunteers of the British Air Raid Precautions service who patrolled their neighbourhoods during the Second World War, enforced the blackout, reported bomb damage and helped people into shelters. They used a wooden rattle to warn of a gas attack and a handbell to announce that the danger had passed, and became a familiar figure of wartime life."),
    (1, "weapon-nuclear", "en", W + "Continuity_of_government",
     "Continuity of government is the planning that allows a state's leadership and essential functions to keep working after a catastrophe, above all a nuclear attack. In the United States it produced hardened and secret relocation sites such as Mount Weather and Raven Rock, airborne command posts, lists of successors who are kept away from the capital during major events, and emergency broadcasting arrangements; Britain, the Soviet Union, Sweden and others built comparable bunkers and plans. After the Cold War many sites were closed, but the plans were partly activated on 11 September 2001. The planning has also been criticised for its secrecy and cost, and some of the old Cold War bunkers have since been opened to the public as museums, while new plans address cyber attacks, pandemics and terrorism as well as nuclear war."),
    (1, "weapon-radiological", "en", W + "Presidential_Emergency_Operations_Center",
     "The Presidential Emergency Operations Center is a bunker beneath the East Wing of the White House, first built during the Second World War for Franklin Roosevelt and later reinforced during the Cold War. Vice President Dick Cheney and senior officials directed the government's response from it on 11 September 2001, and President Donald Trump was taken there briefly during protests outside the White House in 2020."),
    # ---------------------------------------------------------------- weapons: shelters, sirens and civil defence (zh)
    (1, "weapon-radiological", "zh", Z + "防空警报",
     "防空警报是在战时向城市居民发出空袭预警的音响信号，由设在楼顶和高处的电动或电声警报器统一鸣放。中国的防空警报分为三种：预先警报为鸣36秒、停24秒，反复三遍；空袭警报为鸣6秒、停6秒，反复十五遍；解除警报为连续鸣响3分钟。警报系统由各地人民防空部门建设和管理，平时也可用于发布重大灾害警报。为了检验设备并增强市民的国防意识，许多城市每年在固定日期试鸣防空警报，例如沈阳、哈尔滨等地在九一八事变纪念日鸣放，南京在南京大屠杀死难者国家公祭日鸣放，上海等城市在全民国防教育日前后鸣放，部分学校和社区还会同时组织疏散演练，让居民熟悉进入人防工程掩蔽的路线。"),
    (1, "weapon-radiological", "zh", Z + "防空洞",
     "防空洞是为躲避空袭而在地下或山体中修建的掩蔽工事。抗日战争期间，日军对重庆进行长期轰炸，市民在山城挖掘了大量防空洞，1941年还发生了大隧道窒息惨案。二十世纪六七十年代，中国在“深挖洞”的号召下于各大城市修建了大批防空洞，以防备可能的核战争。改革开放后，许多防空洞被改作仓库、商场、餐馆和旅馆，重庆等地夏季还向市民开放防空洞作为纳凉点。"),
    (1, "weapon-radiological", "zh", Z + "人民防空",
     "人民防空是中国对民防工作的称呼，简称“人防”，指动员和组织人民群众防备敌人空中袭击、消除空袭后果的各项措施。它由各级政府的人民防空主管部门负责，内容包括修建防空工程、设置和管理防空警报、制定城市疏散计划、组织群众防护训练以及战时的救援和消除危害。按照“平战结合”的方针，许多城市的新建高层建筑要修建可以在战时作为掩蔽所的防空地下室，平时多用作停车场和商场。每年许多城市都会组织防空警报试鸣和群众疏散演练，学校也把人民防空知识纳入国防教育的内容，向学生讲解防空、防核、防化学和防生物武器袭击的基本常识。"),
    (1, "weapon-radiological", "zh", Z + "深挖洞，广积粮，不称霸",
     "“深挖洞，广积粮，不称霸”是毛泽东在二十世纪七十年代初提出的战略口号，脱胎于明朝初年朱升向朱元璋进献的“高筑墙，广积粮，缓称王”。1969年中苏在珍宝岛发生边境冲突后，两国关系极度紧张，中国领导人担心苏联可能对中国发动包括核打击在内的大规模进攻，全国随即进入备战状态。“深挖洞”指在城市和工厂修建防空洞和地下工事，北京、上海等城市由居民和单位动手挖掘了四通八达的地下通道，北京的“地下城”即是这一时期的产物；“广积粮”指储备粮食和战略物资；“不称霸”则表明中国不谋求霸权。这一口号对当时的城市建设、三线建设和民众生活影响深远，许多防空工程至今仍在使用或被改作他用。改革开放以后，“不称霸”被继续用作中国外交政策的一项表述。"),
    (1, "weapon-radiological", "zh", W + "Pyongyang_Metro",
     "平壤地铁是朝鲜首都平壤的地铁系统，1973年开通，目前有千里马线和革新线两条线路，共十几座车站。它是世界上埋深最大的地铁之一，车站位于地下约一百米深处，乘客需乘坐很长的自动扶梯才能到达站台。由于建于冷战时期，平壤地铁在设计时就兼作战时的防空和核掩蔽设施，站内设有厚重的防护门。车站装饰华丽，有大理石立柱、水晶吊灯和歌颂领导人与劳动人民的大型壁画，站名多取自“复兴”“凯旋”等词语。列车长期使用从柏林购入的旧车厢，近年来朝鲜宣布开始自行制造新车。过去外国游客只能参观少数几个车站，后来开放范围有所扩大。"),
    (1, "weapon-radiological", "zh", W + "Civil_defense_siren",
     "民防警报器是用于在空袭、核攻击或重大灾害来临时向公众发出警报的大功率警报装置。早期的警报器是电动机带动转子旋转发声的机械式警报器，二战期间在欧洲各国城市普遍安装；冷战时期，各国为防备核攻击建立了覆盖全国的警报网，美国还生产了声音极大的大型警报器。如今许多国家改用可以播放语音的电子警报器，并结合手机推送发布警报。为了保证设备完好，不少国家定期试鸣，例如荷兰在每月第一个星期一中午，瑞士在每年二月的第一个星期三。"),
    (1, "weapon-radiological", "zh", W + "Federal_Office_for_Civil_Protection",
     "瑞士联邦民防局隶属于瑞士联邦国防、民防和体育部，负责协调全国的民众保护工作，包括灾害和紧急情况下的预警、避难设施、民防人员培训以及与各州的合作。瑞士以其独特的防护掩蔽体制度闻名：冷战时期的法律规定每位居民都应在住宅附近拥有一个掩蔽位置，新建住宅和公共建筑须修建可防御核爆炸和放射性沉降的地下掩蔽所，不建的业主则要缴纳替代费用，由市镇统一修建公共掩蔽所。因此，瑞士的掩蔽位置数量超过了全国人口，许多掩蔽所平时被用作储藏室、酒窖或停车场，甚至改作临时住所。该局还管理全国的警报系统，每年二月第一个星期三全国试鸣警报器，并负责国家紧急情况行动中心，在核电站事故、化学事故和自然灾害时向民众发布指示。"),
    (1, "weapon-chemical", "zh", W + "Mamad",
     "“马马德”是以色列对住宅内加固防护房间的称呼，意为“住宅受保护空间”。1991年海湾战争期间，伊拉克向以色列发射了数十枚飞毛腿导弹，当时民众担心弹头装有化学战剂，只能用塑料布和胶带密封房间并戴上防毒面具。战后以色列修改建筑法规，要求新建住宅每户都设置一间钢筋混凝土墙壁、防爆窗和厚重铁门的房间，能够抵御弹片和冲击，并配有空气过滤装置。警报响起后，居民可以在几十秒内进入房间，平时它多被用作卧室或书房。"),
    (1, "weapon-radiological", "zh", W + "Norwegian_Civil_Defence",
     "挪威民防是挪威负责在战争和和平时期保护民众的国家机构，隶属于民防与应急规划局，人员主要来自依法应征的公民。它负责管理公共防护掩蔽所和全国的民防警报器网络，警报器每年试鸣两次；在火灾、洪水、山体滑坡和重大事故中协助警察和消防部门，并在必要时进行辐射测量和人员疏散。冷战时期挪威修建了许多在山体中开凿的大型掩蔽所，部分平时用作体育馆和停车场。"),
    (1, "weapon-radiological", "zh", W + "Hesa_Fredrik",
     "“嘶哑的弗雷德里克”是瑞典人对国家户外警报系统的俗称，得名于警报器沙哑的声音。这套系统可以发出“重要通知”信号和空袭警报，提醒民众打开收音机收听公共广播或立即进入掩蔽所。瑞典每年在三月、六月、九月和十二月的第一个星期一下午三点全国试鸣，这一时刻已成为瑞典人生活中熟悉的一部分。"),
    (1, "weapon-radiological", "zh", W + "Berliner_Unterwelten",
     "柏林地下世界协会是1997年在柏林成立的民间协会，致力于研究、保护和介绍柏林的地下建筑。它组织导游带领参观者进入二战时期的防空掩体、高射炮塔遗址、废弃的地铁隧道以及冷战时期为防备核战争而修建的民防掩蔽所，讲解柏林墙下的逃亡地道，并在格松德布鲁嫩地铁站附近开设了展览，每年吸引大量游客。"),
    (1, "weapon-radiological", "zh", W + "Stalin's_Bunker",
     "斯大林地堡位于俄罗斯萨马拉市（当时称古比雪夫）一座建筑的地下约37米深处，1942年秘密修建。当时德军逼近莫斯科，苏联政府部分机关和外国使馆迁往古比雪夫，这座地堡准备在首都失守时供斯大林和最高统帅部使用，但斯大林始终没有来过。地堡直到1990年才解密，现作为博物馆对外开放。"),
    # ---------------------------------------------------------------- weapons: crimes, assassinations and trials with biological agents, toxins and chemical agents (en)
    (1, "weapon-biological", "en", W + "Brian_T._Stewart",
     "Brian T. Stewart is an American former hospital phlebotomist from Missouri who in 1992 injected his eleven-month-old son with blood contaminated with HIV, apparently to avoid paying child support. The boy, Brryan Jackson, developed AIDS but survived with treatment and later became a public speaker on HIV stigma. Stewart was convicted of first-degree assault in 1998 and sentenced to life imprisonment; the case is often cited among the rare crimes in which a pathogen was deliberately used to harm a particular person."),
    (1, "weapon-biological", "en", W + "Bennett_Clark_Hyde",
     "Bennett Clark Hyde was a Kansas City physician who married into the wealthy Swope family and in 1910 was charged with murdering the millionaire Thomas Swope. Swope and a family friend had died suddenly in 1909 while under Hyde's care, and at the same time several members of the household fell ill with typhoid fever. Prosecutors argued that Hyde had given poison to the victims and had deliberately spread typhoid bacteria, which he was said to have obtained from a laboratory, in order to bring forward the family's inheritance. Chemists testified to finding strychnine and cyanide in the exhumed bodies. Hyde was convicted, but the Missouri Supreme Court overturned the verdict; a second trial ended in a mistrial and a third in a hung jury, and the charges were eventually dropped in 1917. The case attracted national attention, not least for the accusation that a doctor had turned disease germs into a murder weapon, and has been described in several books."),
    (1, "weapon-chemical", "en", W + "Masato_Yokoyama",
     "Masato Yokoyama was a member of the Aum Shinrikyo cult and one of the five men who released sarin on the Tokyo subway on 20 March 1995. He punctured his bag of the nerve agent on a Marunouchi Line train; no one on that train died, but many passengers were injured. He was sentenced to death, and was hanged in July 2018 together with other cult members."),
    (1, "weapon-chemical", "en", W + "Satoru_Hashimoto",
     "Satoru Hashimoto was a member of the Aum Shinrikyo cult who took part in several of its worst crimes: the 1989 murder of the lawyer Tsutsumi Sakamoto and his family, the 1994 sarin attack in Matsumoto, which killed eight people, and attacks with the nerve agent VX on individuals the cult regarded as enemies. He was sentenced to death and executed in July 2018."),
    (1, "weapon-biological", "en", W + "2020_ricin_letters",
     "In September 2020 a letter containing ricin and addressed to President Donald Trump was intercepted at a mail screening facility before it reached the White House, and similar letters were sent to law-enforcement officials in Texas. The sender, Pascale Ferrier, a Canadian woman living near Montreal, was arrested a few days later at the Peace Bridge border crossing near Buffalo, New York, carrying a handgun. Investigators linked the letters to her through fingerprints and her online activity, which showed hostility towards the president. She pleaded guilty to offences under the biological weapons law in 2023 and was sentenced to 22 years in prison. The case was one of several in the United States in which ricin was posted to politicians, and it led to renewed attention to mail screening for federal offices."),
    # ---------------------------------------------------------------- weapons: crimes, assassinations and trials (zh)
    (1, "weapon-chemical", "zh", W + "Lev_Rebet",
     "列夫·列别特是流亡西德的乌克兰民族主义作家和政论家，1957年10月在慕尼黑一栋办公楼的楼梯上倒地身亡，当时被认定死于心脏病发作。直到1961年，苏联克格勃特工博格丹·斯塔申斯基叛逃西方后供认，是他奉命用一种能喷出氢氰酸雾气的特制喷射枪杀害了列别特，两年后又用同样手段刺杀了乌克兰民族主义领袖斯捷潘·班杰拉。1962年西德联邦法院在卡尔斯鲁厄审理此案，认定斯塔申斯基只是帮凶，真正的责任在于下令的苏联领导层，判处他八年徒刑。此案成为冷战时期苏联情报机构在境外使用化学毒物暗杀政敌的著名案例。"),
    (1, "weapon-chemical", "zh", W + "Teigin_incident",
     "帝银事件是1948年1月26日发生在东京帝国银行椎名町支店的毒杀抢劫案。一名自称卫生部门官员的男子以附近发生痢疾为由，让16名行员和家属服下所谓的预防药，实际是含氰化物的毒液，导致12人死亡，随后他抢走现金和支票逃离。警方曾调查了解毒物使用的原日军细菌战和化学战部队人员，后来逮捕了画家平泽贞通，他被判处死刑，但历任法务大臣都未签署执行令，他在狱中关押近四十年后病死。由于证据存在疑点，支持者多次申请重审，此案至今仍是日本战后最有争议的冤案之一。"),
    (1, "weapon-chemical", "zh", W + "Poisoning_of_Viktor_Yushchenko",
     "2004年9月，乌克兰反对派总统候选人维克多·尤先科在竞选期间与国家安全部门官员共进晚餐后突然重病，被送往维也纳的一家私人诊所治疗，原本英俊的面容因严重的氯痤疮而变得布满疤痕。医生随后确认他体内的二噁英（TCDD）浓度是正常水平的数千倍，认定他遭到蓄意投毒。尤先科在随后引发“橙色革命”的重新投票中当选总统，但投毒案的真凶始终没有定论，一名嫌疑人逃往俄罗斯。多年以后，尤先科脸上的疤痕虽有好转，但仍清晰可见，这一事件也成为政治人物遭化学毒物暗害的著名案例。"),
    (1, "weapon-chemical", "zh", W + "Naoko_Kikuchi",
     "菊地直子是日本奥姆真理教前信徒，曾参与教团的化学品生产工作，1995年东京地铁沙林毒气事件后因涉嫌参与制造沙林被通缉，逃亡长达17年，2012年6月在神奈川县相模原市被捕。她随后被控协助教团1995年向东京都厅寄送邮包炸弹，一审被判有罪，二审改判无罪，2017年最高法院维持无罪判决。"),
    (1, "weapon-chemical", "zh", W + "Katsuya_Takahashi",
     "高桥克也是日本奥姆真理教前信徒，1995年东京地铁沙林毒气事件中为施放沙林的丰田亨驾车接送。事件后他逃亡17年，是最后一名落网的特别通缉犯，2012年6月在东京被捕。法院认定他参与了地铁沙林事件和教团的其他杀人案件，2015年判处他无期徒刑，2018年判决确定。"),
    (1, "weapon-chemical", "zh", W + "Degesch",
     "德格施公司是德国的一家害虫防治企业，全称为“德国害虫防治有限公司”，1919年成立，拥有用于船舶、仓库和衣物熏蒸的氰化物杀虫剂齐克隆B的专利。第二次世界大战期间，它通过特施与施塔贝诺等经销公司供应的齐克隆B被纳粹党卫军用于奥斯维辛等灭绝营的毒气室，屠杀了大量犹太人和其他受害者。战后，该公司经理格哈德·彼得斯多次受审，最终被判无罪，经销商特施则被英国军事法庭判处死刑。战后德国法院对齐克隆B供应链责任的审理，成为追究企业参与纳粹罪行的重要案例之一。"),
    (1, "weapon-chemical", "zh", W + "Sultan_Hashim_Ahmad_al-Tai",
     "苏尔坦·哈希姆·艾哈迈德·塔伊是伊拉克陆军将领，曾任萨达姆·侯赛因政府的国防部长，两伊战争末期参与指挥针对库尔德人的“安法尔行动”，这次行动中伊拉克军队多次对库尔德村庄使用化学武器。2003年伊拉克战争后他向美军投降，2007年在“安法尔案”审判中被伊拉克高等法庭判处死刑，但判决未被执行，他于2020年在狱中病逝。他在1991年海湾战争结束时曾代表伊拉克在萨夫万与联军签署停火条件，此后在伊拉克政坛和军队中享有较高声望，一些伊拉克政治人物曾呼吁赦免他。"),
    (1, "weapon-biological", "zh", W + "Karl_Hopf",
     "卡尔·霍普夫是二十世纪初德国法兰克福的一名男子，1913年因涉嫌毒杀亲属被捕。调查发现，他被控用砒霜毒害多名亲属，还从实验室购买霍乱和伤寒病菌培养物，试图用病菌加害妻子。1914年他被判处死刑并被处决，此案常被列为早期利用病原体实施犯罪的案例。"),
    # ---------------------------------------------------------------- weapons: biosecurity and biodefence tied to biological weapons risk (en)
    (1, "weapon-biological", "en", W + "National_Biodefense_Strategy",
     "The National Biodefense Strategy is the United States government's framework for protecting the country against biological threats, whether they arise naturally, by accident in a laboratory or from deliberate attack with biological weapons. The first strategy was issued in 2018, replacing a patchwork of earlier presidential directives on biodefence, and set out goals for assessing risk, preventing the spread of dangerous pathogens and materials, preparing to detect and respond to biological incidents, and recovering afterwards. In October 2022, after the COVID-19 pandemic had exposed weaknesses in preparedness, the administration published an updated strategy and implementation plan that called for being able to produce tests, treatments and vaccines against a new threat within months, for better biosurveillance and for stronger oversight of research with pathogens of pandemic potential. The strategy assigns roles to many departments, among them Health and Human Services, Defense, Homeland Security and Agriculture, and has been criticised by commissions on biodefence for lacking a single responsible official and a dedicated budget."),
    (1, "weapon-biological", "en", W + "Global_catastrophic_biological_risk",
     "Global catastrophic biological risks are biological events, natural, accidental or deliberate, that could cause sudden and widespread disaster beyond the ability of governments and the private sector to control, such as a pandemic far deadlier than any in modern times. The term was popularised by the Johns Hopkins Center for Health Security in 2017. Discussions of such risks focus especially on engineered pathogens and on advances in biotechnology and artificial intelligence that could make biological weapons easier to create, and recommend measures such as DNA synthesis screening, stronger laboratory oversight and faster vaccine development. Critics warn that focusing on worst-case scenarios can distract from everyday public health needs, but supporters argue that the tools that guard against engineered pandemics, such as better surveillance and stronger health systems, also help against ordinary outbreaks."),
    (1, "weapon-biological", "en", W + "International_Biosecurity_and_Biosafety_Initiative_for_Science",
     "The International Biosecurity and Biosafety Initiative for Science (IBBIS) is an independent foundation launched in Geneva in 2024 to reduce the risk that advances in the life sciences are misused to cause harm, including the creation of biological weapons. It grew out of work by the Nuclear Threat Initiative and maintains a free, open-source tool that DNA synthesis companies can use to screen orders for sequences from dangerous pathogens and to check their customers, and it promotes common international standards for such screening."),
    (1, "weapon-biological", "en", W + "SecureBio",
     "SecureBio is an American non-profit research organisation working to protect the world from catastrophic pandemics, including those caused by engineered pathogens or biological weapons. It was founded by researchers associated with the biologist Kevin Esvelt and works on screening DNA synthesis orders for hazardous sequences, on early detection of new pathogens by sequencing wastewater and other samples, and on evaluating whether artificial intelligence models could give meaningful help to someone trying to cause biological harm."),
    # ---------------------------------------------------------------- weapons: biosecurity and biodefence (zh)
    (1, "weapon-biological", "zh", W + "Defence_Science_and_Technology_Laboratory",
     "国防科学技术实验室是英国国防部下属的执行机构，2001年在国防评估与研究局拆分时成立，研究部门的大部分转为私营的奎奈蒂克公司，而涉及最敏感领域的部分则留在政府内组建了该实验室。它的主要基地位于威尔特郡的波顿当，这里自第一次世界大战起就是英国研究化学和生物武器防护的中心，此外还有朴次茅斯附近等地的设施。实验室为英国军队和政府提供化学、生物、放射性和核防护、爆炸物、网络安全和太空等方面的科学支持。2018年前俄罗斯情报人员斯克里帕尔在索尔兹伯里中毒后，正是波顿当的科学家确认了毒剂属于“诺维乔克”类神经毒剂，其结论随后得到禁止化学武器组织的证实。实验室还负责英国的生物防御研究，开发检测设备、防护装备和医疗对策，并参与应对新冠疫情等公共卫生紧急事件。"),
    (1, "weapon-biological", "zh", W + "Battelle_National_Biodefense_Institute",
     "巴特尔国家生物防御研究所是美国研究机构巴特尔纪念研究所设立的非营利公司，受国土安全部委托管理和运营位于马里兰州德特里克堡的国家生物防御分析与对策中心。该中心拥有高等级生物安全实验室，负责评估生物恐怖威胁，并为联邦调查局侦办生物犯罪案件提供微生物法医鉴定。"),
    (1, "weapon-biological", "zh", W + "Defence_Research_Establishment_Suffield",
     "萨菲尔德国防研究所位于加拿大艾伯塔省东南部的草原上，1941年由英国和加拿大共同建立，当时称为萨菲尔德试验站，用于在远离人口稠密地区的广阔场地上试验化学武器，后来也开展生物武器研究，成为二战期间盟国化学和生物武器合作的一部分。战后加拿大逐步放弃进攻性化学和生物武器研究，研究所转而专注于防护研究，包括探测设备、防护服和医疗对策。它如今是加拿大国防研究与发展局的萨菲尔德研究中心，在化学、生物、放射性和核防御方面为加拿大和盟国提供技术支持，其场地旁边还有英国陆军的大型训练区。历史上这里遗留的化学弹药和试验污染也曾引起关注，并进行过清理。"),
    (1, "weapon-biological", "zh", W + "National_Center_for_Medical_Intelligence",
     "国家医学情报中心是美国国防情报局下属的机构，位于马里兰州德特里克堡，负责收集和分析外国的传染病疫情、环境健康风险、医疗能力以及生物武器研发等情报，为军队部署和政府决策提供评估，其前身是陆军的医学情报部门。"),
    (1, "weapon-biological", "zh", W + "Integrated_Research_Facility_at_Fort_Detrick",
     "德特里克堡综合研究设施是美国国家过敏症和传染病研究所在马里兰州德特里克堡建立的高等级生物安全实验室，是2001年炭疽邮件事件后美国扩建生物防御研究设施的一部分，位于国家跨部门生物防御园区内。它主要利用先进的医学影像技术，研究埃博拉病毒等高致病性病原体感染的发病过程，并测试疫苗和药物等医疗对策。"),
    (1, "weapon-biological", "zh", W + "National_Biosurveillance_Integration_Center",
     "国家生物监测整合中心是美国国土安全部下设的机构，根据2007年的法律建立，目的是整合各联邦部门关于人类疾病、动植物疫病、食品安全和环境监测的信息，尽早发现可能由生物恐怖袭击或大规模疫情造成的生物事件，并向有关部门发出预警。国会审计机构曾多次批评它缺乏明确职能。"),
    # ---------------------------------------------------------------- weapons: long tail of units, bases, delivery systems, tests, institutions and people (en)
    (1, "weapon-missile", "en", W + "28th_Guards_Rocket_Division",
     "The 28th Guards Rocket Division is a unit of Russia's Strategic Rocket Forces based near Kozelsk in Kaluga Oblast, south-west of Moscow, and part of the 27th Guards Rocket Army. For decades it operated silo-based intercontinental ballistic missiles of the UR-100N family, and from the late 2010s it was re-equipped with silo-based Yars missiles."),
    (1, "weapon-missile", "en", W + "60th_Rocket_Division",
     "The 60th Rocket Division of the Russian Strategic Rocket Forces is based at Tatishchevo in Saratov Oblast. It was the first unit to receive the silo-based Topol-M intercontinental ballistic missile, in 1997, and the division's silos have since hosted most of Russia's Topol-M missiles in fixed launchers."),
    (1, "weapon-missile", "en", W + "54th_Guards_Rocket_Division",
     "The 54th Guards Rocket Division is a road-mobile missile division of the Russian Strategic Rocket Forces based near Teykovo in Ivanovo Oblast. Its launchers, carried on large wheeled vehicles that disperse into surrounding forests during exercises, were among the first to field the mobile Topol-M and later the multiple-warhead Yars intercontinental ballistic missile."),
    (1, "weapon-nuclear", "en", W + "Gadzhiyevo",
     "Gadzhiyevo is a closed military town on the Kola Peninsula in Murmansk Oblast and the main base of the Russian Northern Fleet's ballistic missile submarines, including the Delta IV and newer Borei classes. Founded in the Soviet era under other names, it was renamed in 1999 after Magomed Gadzhiyev, a Second World War submarine commander. Access is restricted to residents and people with permits."),
    (1, "weapon-nuclear", "en", W + "Zaozyorsk",
     "Zaozyorsk is a closed town in Murmansk Oblast beside the Zapadnaya Litsa fjord, home to one of the largest naval bases of the Russian Northern Fleet, where nuclear-powered submarines including the giant Typhoon class were based. Nearby Andreyeva Bay held one of the most notorious stores of spent submarine reactor fuel and radioactive waste, which Norway and other countries have helped to clean up."),
    (1, "weapon-nuclear", "en", W + "Tupolev_Tu-160",
     "The Tupolev Tu-160, known in Russia as the 'White Swan' and to NATO as Blackjack, is a supersonic strategic bomber with variable-sweep wings designed in the Soviet Union in the 1970s and 1980s to carry nuclear-armed cruise missiles and bombs over intercontinental distances. It is the largest and heaviest combat aircraft ever built to fly faster than sound. Only a few dozen were produced before the Soviet collapse, and several of those left in Ukraine were scrapped under a US-funded programme or handed back to Russia in exchange for debt relief. The Russian force is based at Engels air base near Saratov, and its aircraft are named after historical figures and pilots. Tu-160s have made long-range flights to Venezuela and South Africa as demonstrations of reach, fired conventional cruise missiles at targets in Syria in 2015 and have taken part in strikes on Ukraine. In the 2010s Russia restarted production of a modernised version, the Tu-160M, at the Kazan aircraft plant, with new engines and avionics, to keep the type in service alongside the older Tu-95 propeller bombers."),
    (1, "weapon-nuclear", "en", W + "Dassault_Mirage_2000N",
     "The Dassault Mirage 2000N was a two-seat variant of the French Mirage 2000 fighter built to carry the ASMP nuclear cruise missile as part of France's airborne deterrent. It entered service in 1988, flying low-level strike missions in all weather, and was later also used with conventional weapons in Afghanistan, Libya and the Sahel. The last aircraft were retired in 2018, and the nuclear role passed to the Rafale."),
    (1, "weapon-nuclear", "en", W + "Northrop_Grumman_B-21_Raider",
     "The Northrop Grumman B-21 Raider is an American stealth strategic bomber being developed to replace the B-1 and, eventually, the B-2 as the air leg of the United States' nuclear triad, able to carry both nuclear and conventional weapons. Its name honours the Doolittle Raiders of 1942. The aircraft, a flying wing similar in shape to the B-2 but smaller, was unveiled at Northrop Grumman's plant in Palmdale, California, in December 2022 and made its first flight in November 2023. The Air Force has said it plans to buy at least a hundred, with the first units to be based at Ellsworth Air Force Base in South Dakota, followed by Whiteman and Dyess. Officials have stressed that the programme was designed for open systems that can be upgraded and have released relatively few details, while its cost and production pace have been watched closely by Congress."),
    (1, "weapon-nuclear", "en", W + "Boris_Litvinov",
     "Boris Litvinov was a Soviet and Russian nuclear weapons designer who spent most of his career at the second Soviet weapons laboratory at Snezhinsk in the Urals, now the All-Russian Research Institute of Technical Physics, where he became chief designer. He received the title Hero of Socialist Labour and, after the Cold War, spoke publicly about the history of the laboratory and about the safety of the ageing stockpile."),
    (1, "weapon-missile", "en", W + "Nikolai_Pilyugin",
     "Nikolai Pilyugin was a Soviet engineer who led the development of guidance and control systems for ballistic missiles and space rockets. A member of Sergei Korolev's Council of Chief Designers, his bureau supplied control systems for the R-7 and for later intercontinental missiles as well as for launch vehicles and spacecraft."),
    (1, "weapon-nuclear", "en", W + "Rajagopala_Chidambaram",
     "Rajagopala Chidambaram was an Indian physicist who played a central role in both of India's nuclear test series. As a young scientist at the Bhabha Atomic Research Centre he took part in the preparations for the 'peaceful nuclear explosion' at Pokhran in 1974, and as chairman of the Atomic Energy Commission and secretary of the Department of Atomic Energy he led the atomic energy side of the 1998 tests, carried out jointly with the defence research organisation under A. P. J. Abdul Kalam. A specialist in high-pressure physics and crystallography, he also directed the Bhabha centre and later served for many years as principal scientific adviser to the Government of India, promoting research in areas from supercomputing to rural technology. He received the Padma Vibhushan and chaired the board of governors of the International Atomic Energy Agency. He died in January 2025."),
    (1, "weapon-chemical", "en", W + "Kaiser_Wilhelm_Institute_for_Physical_Chemistry",
     "The Kaiser Wilhelm Institute for Physical Chemistry and Electrochemistry in Berlin-Dahlem was founded in 1911 with funding from industry and directed by Fritz Haber. During the First World War it became the centre of Germany's chemical warfare research, employing hundreds of scientists and soldiers to develop poison gases, gas masks and tactics; an explosion in its laboratory in December 1914 killed the chemist Otto Sackur. Among those who worked on the gas programme with Haber were future Nobel laureates such as James Franck, Gustav Hertz and Otto Hahn. After the war the institute returned to fundamental research and became one of the leading centres of physical chemistry, until the Nazi laws of 1933 forced out its Jewish scientists and Haber resigned in protest. It was renamed the Fritz Haber Institute of the Max Planck Society in 1953, and in 2011 it marked its centenary with a conference that confronted its role in chemical warfare."),
    (1, "weapon-chemical", "en", W + "Narashino_School",
     "The Narashino School was an Imperial Japanese Army school in Narashino, Chiba Prefecture, that from 1933 trained officers and soldiers in chemical warfare, including the use of poison gas, smoke and protection. Its graduates served in chemical units in China, where the Japanese army used gas repeatedly during the war."),
    (1, "weapon-biological", "en", W + "Arvo_Thompson",
     "Arvo T. Thompson was a United States Army veterinary officer from Camp Detrick who in 1946 was sent to Japan to interrogate Shiro Ishii, the commander of Unit 731, about the Japanese biological warfare programme. His report was one of the first American accounts of the programme, and the later interviews it led to formed part of the deal in which Ishii and his colleagues escaped prosecution in exchange for their data."),
    (1, "weapon-nuclear", "en", W + "Joe_4",
     "Joe 4 was the American name for the first Soviet test of a weapon using thermonuclear fusion, carried out at the Semipalatinsk test site in Kazakhstan on 12 August 1953. The design was associated with Andrei Sakharov. Because it was not a fully staged hydrogen bomb like the American Ivy Mike device, historians have debated whether it deserved the name, and the Soviet Union tested its first staged device, RDS-37, in 1955."),
    (1, "weapon-missile", "en", W + "LGM-35_Sentinel",
     "The LGM-35 Sentinel is an intercontinental ballistic missile being developed by Northrop Grumman for the United States Air Force to replace the Minuteman III, which has been on alert since the 1970s. The programme covers not only the missile but also new launch control centres, communications and the modernisation or rebuilding of the silos spread across Montana, North Dakota, Wyoming, Colorado and Nebraska. It was originally known as the Ground Based Strategic Deterrent. In January 2024 rising costs triggered a review under the Nunn-McCurdy law, which requires the Pentagon to justify programmes whose unit cost grows sharply; the department certified that it should continue, but with a restructured plan, a projected cost far above the original estimate and a delay to its entry into service into the 2030s. Critics, including some arms-control groups, argued that the land-based missiles could be retired or life-extended instead, while supporters said they remained an essential part of the triad."),
    (1, "weapon-missile", "en", W + "ASMP",
     "The ASMP (air-sol moyenne portée) is a French supersonic air-launched cruise missile powered by a ramjet, which has carried France's airborne nuclear warheads since 1986. It was carried by Mirage IV, Super Étendard, Mirage 2000N and Rafale aircraft, and an improved version, the ASMP-A, entered service in 2009; a hypersonic successor is being developed for the 2030s."),
    (1, "weapon-nuclear", "en", W + "INS_Arihant",
     "INS Arihant is the first of India's nuclear-powered ballistic missile submarines, built in secret under the Advanced Technology Vessel programme at Visakhapatnam. It was launched in 2009 and quietly commissioned in 2016, and in 2018 the government announced that it had completed its first deterrence patrol, giving India a nuclear triad of land, air and sea-based weapons."),
    (1, "weapon-nuclear", "en", W + "Strategic_Plans_Division",
     "The Strategic Plans Division is the secretariat of Pakistan's National Command Authority and manages the country's nuclear arsenal, including planning, budgets, the security of weapons and materials and the strategic forces of the three services. It was set up in 1999-2000 and was led for more than a decade by Lieutenant General Khalid Kidwai, and it also runs a large security force guarding nuclear sites."),
    (1, "weapon-nuclear", "en", W + "Strategic_Forces_Command",
     "The Strategic Forces Command is the tri-service command of the Indian armed forces responsible for managing and operating the country's nuclear-capable delivery systems, such as Agni and Prithvi missiles. It was created in 2003 as part of India's Nuclear Command Authority, under which the political council alone can authorise the use of nuclear weapons."),
    (1, "weapon-radiological", "en", W + "If_Crisis_or_War_Comes",
     "If Crisis or War Comes is a civil-defence booklet published by the Swedish Civil Contingencies Agency and sent to every household in Sweden, first in 2018 and in an updated edition in 2024, reviving a Cold War tradition of similar leaflets. It tells people how to prepare for war, terrorism, cyber attacks and serious disruptions, what the outdoor warning siren signals mean, how to find the nearest public shelter, and how to keep food, water, heating and a battery radio for at least a week. The 2024 edition, issued after Sweden joined NATO, gave more space to military threats and to what to do in the event of a nuclear attack, and it was translated into many languages; Finland, Norway and Denmark published similar guidance at the same time."),
    (1, "weapon-nuclear", "en", W + "Borei-class_submarine",
     "The Borei class are Russia's newest nuclear-powered ballistic missile submarines, built at Sevmash in Severodvinsk to replace the Soviet Delta and Typhoon classes. Each carries Bulava submarine-launched ballistic missiles. The first boat, Yury Dolgoruky, entered service in 2013, and the improved Borei-A boats have since been assigned to both the Northern and Pacific fleets."),
    (1, "weapon-nuclear", "en", W + "Belgorod_(submarine)",
     "Belgorod is a Russian nuclear-powered special-purpose submarine, built on a lengthened Oscar II hull and delivered to the navy in 2022. It is reported to serve as a carrier for deep-sea research vehicles and smaller nuclear submarines, and as the first carrier of the Poseidon, a large nuclear-armed autonomous underwater vehicle announced by Vladimir Putin in 2018."),
    (1, "weapon-nuclear", "en", W + "Columbia-class_submarine",
     "The Columbia class is the next generation of American ballistic missile submarines, being built by General Dynamics Electric Boat with Huntington Ingalls to replace the fourteen Ohio-class boats that carry most of the United States' deployed nuclear warheads. The Navy plans twelve submarines, each with sixteen launch tubes for Trident II missiles, designed with a reactor core that lasts the boat's whole life so that no mid-life refuelling is needed. The lead boat, the future USS District of Columbia, began construction in the early 2020s, and the Navy has called the programme its top acquisition priority. It has nevertheless suffered delays of a year or more because of supplier problems and shortages of skilled workers, raising concern in Congress that the new boats may not arrive before the ageing Ohio class has to retire. The class shares its missile compartment design with the British Dreadnought class."),
    (1, "weapon-nuclear", "en", W + "Barksdale_Air_Force_Base",
     "Barksdale Air Force Base near Shreveport, Louisiana, is the headquarters of Air Force Global Strike Command, which controls the United States' nuclear-capable bombers and intercontinental missiles, and home to a wing of B-52 bombers. On 11 September 2001 President George W. Bush was flown there briefly after leaving Florida."),
    (1, "weapon-missile", "en", W + "Strategic_Systems_Programs",
     "Strategic Systems Programs is the United States Navy office responsible for the Trident II submarine-launched ballistic missile and its nuclear weapons, from development and production to security and maintenance. It grew out of the Special Projects Office that developed the Polaris missile in the 1950s, and it also supports the British Trident programme."),
    (1, "weapon-nuclear", "en", W + "Kansas_City_National_Security_Campus",
     "The Kansas City National Security Campus is the American plant, run for the National Nuclear Security Administration, that makes most of the non-nuclear components of the country's nuclear weapons, such as electronic, mechanical and plastic parts. It moved in 2014 from the old Bannister Federal Complex to a new site in south Kansas City."),
    (1, "weapon-nuclear", "en", W + "W87",
     "The W87 is an American thermonuclear warhead developed at Lawrence Livermore National Laboratory in the 1980s for the Peacekeeper missile and later moved to the Minuteman III after the Peacekeeper was retired. A new version, the W87-1, is being produced for the Sentinel missile, the first newly built warhead in decades."),
    (1, "weapon-nuclear", "en", W + "B61-13",
     "The B61-13 is a variant of the American B61 nuclear gravity bomb announced by the Department of Defense in October 2023, intended to be carried by modern aircraft such as the B-21 and to give the president additional options against hard targets. The first unit was completed in 2025, ahead of schedule."),
    (1, "weapon-missile", "en", W + "Sea-Launched_Cruise_Missile-Nuclear",
     "The Sea-Launched Cruise Missile-Nuclear is a proposed American nuclear-armed cruise missile for submarines, revived by the 2018 Nuclear Posture Review. The Biden administration sought to cancel it, but Congress funded and required the programme, which aims to field the missile in the mid-2030s."),
    (1, "weapon-nuclear", "en", W + "Dreadnought-class_submarine",
     "The Dreadnought class is the future class of British ballistic missile submarines being built by BAE Systems at Barrow-in-Furness to replace the Vanguard class and carry the United Kingdom's Trident nuclear deterrent from the early 2030s. Four boats are planned, to be named Dreadnought, Valiant, Warspite and King George VI."),
    (1, "weapon-nuclear", "en", W + "AWE_Burghfield",
     "AWE Burghfield is the site of the Atomic Weapons Establishment near Reading in Berkshire where British nuclear warheads are assembled, maintained and eventually dismantled. It works alongside the larger AWE Aldermaston site, and convoys carrying warheads travel by road between Burghfield and the Royal Naval Armaments Depot at Coulport in Scotland."),
    (1, "weapon-nuclear", "en", W + "Istres-Le_Tubé_Air_Base",
     "Istres-Le Tubé Air Base in Provence is one of the largest military airfields in France, with one of the longest runways in Europe. It hosts a squadron of the Strategic Air Forces with Rafale aircraft able to carry the ASMP-A nuclear missile, as well as the tanker aircraft that support the airborne deterrent, and a flight test centre."),
    (1, "weapon-missile", "en", W + "Integrated_Guided_Missile_Development_Programme",
     "The Integrated Guided Missile Development Programme was an Indian programme launched in 1983 by the Defence Research and Development Organisation, under the leadership of A. P. J. Abdul Kalam, to develop a family of missiles at home rather than buy them abroad. It produced the Prithvi short-range ballistic missile, the Agni technology demonstrator that grew into the Agni series of nuclear-capable ballistic missiles, the Trishul and Akash surface-to-air missiles, and the Nag anti-tank missile. Progress was uneven: Prithvi and Agni entered service, while Trishul was abandoned and Akash and Nag took decades to mature. The programme was formally closed in 2008, with its projects continuing separately, and it is credited with building the industrial and scientific base for India's later missiles and its missile defence system."),
    (1, "weapon-missile", "en", W + "Mission_Divyastra",
     "Mission Divyastra was the Indian test, announced in March 2024, of an Agni-5 ballistic missile carrying multiple independently targetable re-entry vehicles, making India one of a small group of countries to demonstrate the capability. Prime Minister Narendra Modi praised the scientists of the defence research organisation, noting that the project had been led by a woman scientist."),
    (1, "weapon-nuclear", "en", W + "Dolphin-class_submarine",
     "The Dolphin class are diesel-electric submarines built in Germany for the Israeli Navy, the first three delivered from 1999 with substantial German funding and later boats fitted with air-independent propulsion. Foreign analysts have long reported that they can carry cruise missiles with nuclear warheads, giving Israel a sea-based second-strike capability, although Israel does not confirm this."),
    (1, "weapon-missile", "en", W + "KN-25",
     "The KN-25 is the American designation for a North Korean super-large multiple rocket launcher whose large guided rockets, first tested in 2019, behave like short-range ballistic missiles. North Korea has described it as able to carry tactical nuclear warheads and has displayed dozens of launchers in ceremonies."),
    (1, "weapon-missile", "en", W + "Missile_General_Bureau",
     "The Missile General Bureau is a North Korean government body responsible for developing and testing ballistic and cruise missiles. It became publicly known in the 2020s through state media reports crediting it with launches of new missiles and hypersonic systems, and its officials have been placed under international sanctions."),
    (1, "weapon-missile", "en", W + "Kheibar_Shekan",
     "Kheibar Shekan is an Iranian solid-fuel medium-range ballistic missile unveiled by the Islamic Revolutionary Guard Corps in 2022, named after a battle in early Islamic history. It was reportedly among the missiles Iran fired at Israel in 2024 and 2025."),
    (1, "weapon-nuclear", "en", W + "Organization_of_Defensive_Innovation_and_Research",
     "The Organization of Defensive Innovation and Research, known by its Persian acronym SPND, is an Iranian defence research body set up in 2011 and long headed by the physicist Mohsen Fakhrizadeh. Western governments and the International Atomic Energy Agency regard it as the successor to the organisations that ran Iran's earlier nuclear weapons work, the AMAD Plan, which Iran halted in 2003, and the United States placed it under sanctions in 2014. Iran describes it as a research organisation serving the armed forces in areas such as defence technology and has denied any weapons work. Several of its scientists were assassinated, including Fakhrizadeh himself in November 2020, and the organisation's headquarters and researchers were among the targets struck by Israel in June 2025. The IAEA's reports on the possible military dimensions of Iran's programme have repeatedly referred to its activities."),
    (1, "weapon-chemical", "en", W + "Scientific_Studies_and_Research_Centre",
     "The Scientific Studies and Research Centre (SSRC) is a Syrian government research agency that Western governments identified as the body responsible for developing and producing the country's chemical weapons, as well as missiles. Its facilities, including sites at Barzeh near Damascus and Masyaf, were struck by the United States, Britain and France in April 2018 after the chemical attack on Douma, and by Israel several times. The centre and many of its officials were placed under American and European sanctions. Syria declared its chemical stockpile to the OPCW in 2013, when it joined the Chemical Weapons Convention, but inspectors later found gaps and inconsistencies in its declaration. After the fall of the Assad government in December 2024, the new authorities began cooperating with the OPCW to locate remaining chemical weapons sites."),
    (1, "weapon-radiological", "en", W + "Lepse",
     "Lepse was a Soviet nuclear service ship, originally built as a cargo vessel, that was converted to support the nuclear icebreaker fleet in Murmansk by storing spent reactor fuel. After years of use it held hundreds of damaged fuel assemblies and was one of the most dangerous radioactive hazards in north-west Russia, until an international project dismantled it and removed its fuel in the 2010s."),
    (1, "weapon-missile", "en", W + "Sdot_Micha_Airbase",
     "Sdot Micha is an Israeli Air Force base in the Judean foothills that foreign analysts have long identified as the home of Israel's Jericho ballistic missiles. Israel does not discuss its role, in keeping with its policy of ambiguity about nuclear weapons."),
    # ---------------------------------------------------------------- weapons: long tail of units, bases, delivery systems, institutions and people (zh)
    (1, "weapon-missile", "zh", W + "39th_Guards_Rocket_Division",
     "第39近卫导弹师是俄罗斯战略火箭军的一个公路机动导弹师，驻地在新西伯利亚附近。该师长期装备“白杨”公路机动洲际弹道导弹，2010年代起换装多弹头的“亚尔斯”导弹，其发射车会在演习中驶入西伯利亚森林进行机动值班。"),
    (1, "weapon-missile", "zh", W + "29th_Guards_Rocket_Division",
     "第29近卫导弹师是俄罗斯战略火箭军驻伊尔库茨克的导弹部队，装备公路机动洲际弹道导弹，近年来逐步由“白杨”换装“亚尔斯”，是俄罗斯部署在东西伯利亚的主要陆基核力量之一。"),
    (1, "weapon-missile", "zh", W + "42nd_Rocket_Division",
     "第42导弹师是俄罗斯战略火箭军驻斯维尔德洛夫斯克州下塔吉尔附近的公路机动导弹师，营区位于封闭的军事小镇斯沃博德内。该师原装备“白杨”导弹，后换装“亚尔斯”洲际弹道导弹。"),
    (1, "weapon-missile", "zh", W + "7th_Guards_Rocket_Division",
     "第7近卫导弹师是俄罗斯战略火箭军驻特维尔州维波尔佐沃的导弹师，位于莫斯科和圣彼得堡之间的森林地带，冷战时期装备井射导弹，后改为公路机动部队，先后装备“白杨”和“亚尔斯”洲际弹道导弹。"),
    (1, "weapon-missile", "zh", W + "35th_Rocket_Division",
     "第35导弹师是俄罗斯战略火箭军驻阿尔泰边疆区巴尔瑙尔附近的公路机动导弹师，曾装备“白杨”导弹，2010年代换装“亚尔斯”，经常在阿尔泰地区进行机动巡逻和伪装演练。"),
    (1, "weapon-missile", "zh", W + "14th_Rocket_Division",
     "第14导弹师是俄罗斯战略火箭军驻马里埃尔共和国约什卡尔奥拉附近的导弹师，装备公路机动洲际弹道导弹，由“白杨”逐步换装为“亚尔斯”，并定期进行战斗值班和机动演习。"),
    (1, "weapon-missile", "zh", W + "33rd_Guards_Rocket_Army",
     "第33近卫导弹集团军是俄罗斯战略火箭军的三个集团军之一，司令部设在鄂木斯克，负责指挥驻西伯利亚各地的导弹师，包括装备井射重型导弹和公路机动导弹的部队。"),
    (1, "weapon-nuclear", "zh", W + "Vilyuchinsk",
     "维柳钦斯克是俄罗斯堪察加半岛上的封闭城市，位于阿瓦恰湾对岸，与堪察加彼得罗巴甫洛夫斯克隔水相望。城中的雷巴奇基地是俄罗斯太平洋舰队核潜艇的主要驻泊地，近年来新型“北风之神”级战略导弹核潜艇也陆续进驻这里。"),
    (1, "weapon-nuclear", "zh", W + "Vidyayevo",
     "维佳耶沃是俄罗斯摩尔曼斯克州的封闭军事小镇，位于乌拉湾畔，是北方舰队核潜艇的驻泊基地之一。2000年沉没的“库尔斯克”号巡航导弹核潜艇就以这里为母港，当年8月普京总统曾在镇上与遇难艇员的家属会面。"),
    (1, "weapon-nuclear", "zh", W + "Yulin_Naval_Base",
     "榆林海军基地位于海南岛南端三亚市附近，是中国人民解放军南部战区海军的重要基地，驻有水面舰艇和潜艇部队。2008年前后，外国商业卫星图像显示基地内修建了通向山体内部的大型隧道入口，以及可供潜艇停靠的码头，外界普遍认为这里是094型战略导弹核潜艇的主要驻泊地，潜艇可以在隐蔽的山洞中停靠和补给，并直接驶入南海深水区域。由于南海水深条件比渤海和黄海更适合潜艇隐蔽活动，一些分析人士认为这一基地对中国海基核力量具有重要意义。基地的扩建也引起了美国和周边国家的关注，美军侦察船和飞机多次在附近海域活动，2009年还曾发生中国船只拦截美国测量船“无瑕”号的事件。中国官方对基地的具体情况很少公开说明。"),
    (1, "weapon-nuclear", "zh", W + "Jianggezhuang",
     "姜哥庄是山东青岛附近的一处海军基地，二十世纪七十年代起成为中国第一代核潜艇的驻泊地，装备091型攻击核潜艇和092型弹道导弹核潜艇，基地在山体中开凿了可容纳潜艇的洞库。"),
    (1, "weapon-nuclear", "zh", W + "INS_Varsha",
     "瓦尔沙海军基地是印度海军在安得拉邦东部沿海兰比利附近修建的新基地，位于维沙卡帕特南以南，据报道将用于驻泊印度的核动力潜艇，包括“歼敌者”级战略导弹核潜艇，设有可在山体下隐蔽停靠的设施。"),
    (1, "weapon-nuclear", "zh", W + "Xian_H-20",
     "轰-20是中国正在研制的隐身战略轰炸机，由西安飞机工业公司负责，外界普遍认为它采用类似美国B-2的飞翼布局。中国空军官员曾多次公开提到这一项目，分析人士认为它将使中国具备更完整的空基核打击能力，但截至目前尚未正式公开亮相。"),
    (1, "weapon-nuclear", "zh", Z + "彭士禄",
     "彭士禄是中国核动力专家，中国第一代核潜艇的总设计师之一，也是中国工程院首批院士。他是早期农民运动领袖彭湃的儿子，幼年时父母相继牺牲，曾被捕入狱，在多户百姓家中辗转长大，后来到延安学习。1951年他被派往苏联留学，先学习化工机械，后来改学核动力专业。回国后，他参与领导了核潜艇动力装置的研制，1970年主持建成陆上模拟堆并实现满功率运行，同年中国第一艘核潜艇下水，1974年交付海军。改革开放后，他转向民用核电，担任大亚湾核电站筹建的负责人之一，又主持秦山核电站二期工程，被称为“中国核动力之父”。他于2021年在北京逝世。"),
    (1, "weapon-nuclear", "zh", W + "Evgeny_Negin",
     "叶夫根尼·涅金是苏联核武器设计师，长期在阿尔扎马斯-16（今萨罗夫）的全俄实验物理研究所工作，参与研制多种核弹头，后来担任该所的总设计师，获得社会主义劳动英雄称号和列宁奖金。"),
    (1, "weapon-missile", "zh", W + "Jang_Chang-ha",
     "张昌河是朝鲜负责武器研发的高级官员，曾任国防科学院院长，多次陪同金正恩视察弹道导弹和洲际弹道导弹试射，被美国、韩国和联合国安理会列入制裁名单。据报道，他后来担任负责导弹研发和试射的导弹总局局长。"),
    (1, "weapon-missile", "zh", W + "Amir_Ali_Hajizadeh",
     "阿米尔·阿里·哈吉扎德是伊朗伊斯兰革命卫队的将领，2009年起担任革命卫队航空航天部队司令，负责伊朗的弹道导弹和无人机力量。在他任内，伊朗大量展示和试射中程弹道导弹，修建地下导弹基地并多次公开展示，2020年1月美军击毙苏莱曼尼后，他指挥部队向伊拉克境内驻有美军的基地发射导弹。数日后，他公开承认革命卫队的防空部队误击了乌克兰国际航空752号航班，造成机上176人全部遇难，并表示愿意承担责任。2024年，伊朗两次直接向以色列发射大批导弹和无人机，他是行动的主要指挥者之一。2025年6月以色列对伊朗发动空袭，他与航空航天部队的多名高级指挥官在袭击中身亡。"),
    (1, "weapon-chemical", "zh", W + "Sagami_Naval_Arsenal",
     "相模海军工厂是旧日本海军设在神奈川县寒川町的化学武器工厂，第二次世界大战期间生产芥子气等毒剂。战后遗留的化学弹药和容器被埋在附近，2002年至2003年间，当地道路施工中挖出装有毒剂的瓶子，导致多名工人受伤，日本政府随后开展了调查和清理。"),
    (1, "weapon-missile", "zh", Z + "红旗-9",
     "红旗-9是中国研制的中远程地对空导弹系统，二十世纪八九十年代开始研制，2000年前后装备部队，被视为中国防空力量的骨干装备之一。它采用垂直发射，可以拦截飞机、巡航导弹和部分战术弹道导弹，后来陆续发展出多种改进型。舰载型装备于052C型等驱逐舰，使中国海军首次拥有区域防空能力。出口型号称为FD-2000，土耳其曾在2013年选中该系统参加防空导弹招标，但在北约盟国的压力下于2015年取消，巴基斯坦等国则采购了这一系统。2016年，卫星图像显示中国在南海西沙群岛的永兴岛部署了红旗-9发射车，引起周边国家和美国的关注。该系统也在多次国庆阅兵中亮相。"),
    (1, "weapon-missile", "zh", W + "Tien_Kung",
     "天弓导弹是台湾中山科学研究院研制的系列地对空导弹，与美国的“爱国者”系统一起构成台湾的中高层防空力量。天弓一型于二十世纪八十年代开始研制，九十年代初服役；天弓二型提高了射程；天弓三型具备一定的拦截战术弹道导弹能力，2000年代后期开始部署；最新的天弓四型则专门加强了反弹道导弹能力。部分天弓导弹部署在坚固的地下发射井中，以提高战时生存能力。台湾军方每年的“汉光”演习中都会进行天弓导弹的实弹射击，近年来还计划把部分系统改为机动部署。"),
    (1, "weapon-nuclear", "zh", W + "INS_Arighaat",
     "“歼敌者”级的第二艘战略导弹核潜艇“阿里加特”号于2024年8月在维沙卡帕特南服役，可携带印度自研的潜射弹道导弹，增强了印度海基核威慑力量的持续值班能力。"),
    (1, "weapon-missile", "zh", W + "Army_Rocket_Force_Command",
     "陆军火箭军司令部是巴基斯坦在2025年8月宣布组建的新司令部，负责指挥陆军的常规弹道导弹和火箭炮部队。巴基斯坦总理宣布这一决定时，距该国与印度在5月爆发的短暂军事冲突只有约三个月，官方称新司令部将提升常规导弹作战能力。"),
    (1, "weapon-chemical", "zh", Z + "防化指挥工程学院",
     "防化指挥工程学院是中国人民解放军培养防化兵指挥和技术军官的院校，位于北京市昌平区，前身是二十世纪五十年代成立的防化学校。学院的教学和研究涉及化学、生物和核武器防护、侦察与洗消，曾派员参与核试验防护和重大灾害救援。2017年军队院校调整后改为陆军防化学院。"),
    (1, "weapon-missile", "zh", W + "R-29RMU2_Layner",
     "R-29RMU2“衬里”是俄罗斯在“蓝天”潜射弹道导弹基础上改进的液体燃料潜射弹道导弹，装备“德尔塔IV”级战略导弹核潜艇，2010年代初完成试射并于2014年前后服役，用于在新型“圆锤”导弹全面部署期间维持北方舰队的海基核力量。"),
    (1, "weapon-missile", "zh", W + "UGM-73_Poseidon",
     "UGM-73“海神”是美国第二代潜射弹道导弹，1971年开始部署，取代了“北极星”导弹，是第一种装备多弹头分导再入飞行器的潜射导弹，装备于“拉斐特”级等战略导弹核潜艇，后来逐步被“三叉戟”导弹取代，于二十世纪九十年代初退役。"),
    (1, "weapon-missile", "zh", W + "Fatah_(missile)",
     "“法塔赫”是巴基斯坦研制的制导火箭炮系列，包括射程较近的“法塔赫-1”和射程更远的“法塔赫-2”，由轮式发射车发射，用于对地精确打击。据报道，巴基斯坦在2025年5月与印度的冲突中使用了这种武器。"),
    (1, "weapon-missile", "zh", Z + "东风-61",
     "东风-61是中国在2025年9月3日纪念抗日战争胜利80周年阅兵中首次公开展示的公路机动洲际弹道导弹，与其他战略导弹一起组成陆基战略打击方队。官方对其性能没有详细说明，外界推测它是东风-41系列的后续型号。"),
    (1, "weapon-missile", "zh", Z + "惊雷-1",
     "惊雷-1是中国在2025年9月3日阅兵中展示的空基远程导弹，与陆基和海基战略导弹一起亮相，被官方媒体称为“三位一体”战略力量的空基部分，外界认为它由轰-6系列轰炸机携带。"),
    (1, "weapon-missile", "zh", Z + "东风-5C",
     "东风-5C是中国东风-5液体燃料洲际弹道导弹的最新改进型，在2025年9月3日的阅兵中首次公开亮相，官方解说称其打击范围覆盖全球。东风-5系列从二十世纪八十年代起部署在地下发射井中，是中国最早的洲际导弹。"),
    (1, "weapon-nuclear", "zh", W + "Typhoon-class_submarine",
     "台风级核潜艇是苏联研制的941型战略导弹核潜艇，是世界上建造过的最大的潜艇，1981年至1989年间共建成六艘，苏联称为“鲨鱼”级。它采用两个并列的耐压艇体，外面包裹着宽大的外壳，可以在北极冰层下活动并在必要时破冰上浮发射导弹。每艘潜艇携带20枚R-39固体燃料潜射弹道导弹，艇内还设有游泳池和桑拿室等生活设施，以便艇员长期巡航。苏联解体后，由于维护费用高昂，加上导弹停产，多数台风级潜艇在美国援助的“合作减少威胁”计划下被拆解。只有“德米特里·顿斯科伊”号保留下来，经过改装后用于试射新型“圆锤”导弹，多年后才退役。台风级潜艇也因小说和电影《猎杀红色十月》而广为人知。"),
    (1, "weapon-nuclear", "zh", W + "Strategic_Air_Forces_Command",
     "法国战略空军司令部是法国空天军负责空基核威慑的部门，1964年随着“幻影IV”轰炸机携带法国第一批核弹服役而成立，此后一直保持核战备值班。冷战期间，它还曾管理阿尔比恩高原的陆基导弹。如今该司令部装备携带ASMP-A核巡航导弹的“阵风”战斗机，以及为其进行空中加油的加油机，驻扎在圣迪济耶和伊斯特尔等基地。它每年进行数次名为“扑克”的演习，模拟从法国本土起飞、经过长途飞行和空中加油后执行核打击任务，以检验整个体系的可靠性。法国总统是唯一有权下令使用核武器的人，战略空军与海军的战略导弹核潜艇共同构成法国的核威慑力量。"),
    (1, "weapon-nuclear", "zh", W + "Saint-Dizier_–_Robinson_Air_Base",
     "圣迪济耶－罗宾逊空军基地位于法国东北部上马恩省，是法国空天军的重要基地，驻有承担核打击任务的“阵风”战斗机中队，隶属战略空军司令部，可以携带ASMP-A核巡航导弹。"),
    (1, "weapon-missile", "zh", W + "K-6_(missile)",
     "K-6是印度国防研究与发展组织正在研制的潜射弹道导弹，属于K系列导弹，计划装备未来更大型的印度战略导弹核潜艇，射程比已服役的K-4更远，以增强印度海基核威慑的覆盖范围。"),
    (1, "weapon-missile", "zh", W + "Prahaar_(missile)",
     "“普拉哈尔”是印度国防研究与发展组织研制的短程战术弹道导弹，采用固体燃料，由公路机动发射车发射，2011年首次试射，用于填补火箭炮和较远程导弹之间的射程空白，其出口型号名为“进步”。"),
    (1, "weapon-missile", "zh", W + "Defence_Research_and_Development_Laboratory",
     "国防研究与发展实验室是印度国防研究与发展组织设在海得拉巴的导弹研究机构，属于阿卜杜尔·卡拉姆导弹综合体的一部分，曾主导“大地”“烈火”“天空”等多种导弹的设计，是印度导弹计划的核心单位之一。"),
    (1, "weapon-missile", "zh", W + "Hwasong-16B",
     "火星-16B是朝鲜研制的固体燃料中远程弹道导弹，搭载高超音速滑翔弹头，2024年4月首次试射，朝鲜官方称其完成了各射程的固体燃料导弹及高超音速武器的开发。"),
    (1, "weapon-missile", "zh", W + "Second_Academy_of_Natural_Sciences",
     "第二自然科学院是朝鲜负责武器研发的机构，隶属于主管军工生产的第二经济委员会，承担弹道导弹和其他先进武器的研究，因参与导弹和核计划被联合国安理会和美国列入制裁名单，后改称国防科学院。"),
    (1, "weapon-missile", "zh", W + "Kim_Jong-sik",
     "金正植是朝鲜劳动党军需工业部门的高级官员，被视为朝鲜弹道导弹和核武器研发的关键人物之一，多次出现在金正恩视察导弹试射的照片中，站在其身旁，已被美国等国列入制裁名单。"),
    (1, "weapon-missile", "zh", W + "Qassem_Basir",
     "“卡西姆·巴西尔”是伊朗在2025年公开的固体燃料中程弹道导弹，以革命卫队已故将领苏莱曼尼的名字命名的导弹系列为基础改进而来，伊朗官方称它改进了制导，能够更好地突破导弹防御系统。"),
    (1, "weapon-nuclear", "zh", W + "AMAD_Project",
     "阿马德计划是伊朗在二十世纪九十年代末至2003年间秘密实施的核武器研究计划，由物理学家穆赫辛·法赫里扎德领导，内容据称包括设计核装置、研究可装入导弹的弹头以及为地下核试验做准备。2003年伊拉克战争前后，伊朗停止了这一计划，2007年美国国家情报评估也认为伊朗已在当年暂停核武器研制工作。2011年，国际原子能机构在报告附件中详细列出了伊朗核计划“可能的军事层面”，2015年又发表最终评估，认为伊朗在2003年前曾开展与研制核爆炸装置有关的协调活动。2018年，以色列总理内塔尼亚胡宣布，以色列情报机构从德黑兰一处仓库中秘密运走了伊朗核档案，其中包含大量阿马德计划的文件。伊朗始终否认曾经寻求核武器。"),
    (1, "weapon-nuclear", "zh", W + "Sinpo",
     "新浦是朝鲜咸镜南道东海岸的港口城市，设有造船厂和海军基地，朝鲜在这里建造和测试潜射弹道导弹及其搭载潜艇，卫星图像经常显示相关活动。2023年，朝鲜在新浦举行仪式，推出了被称为“战术核攻击潜艇”的“金君玉英雄”号。"),
    (1, "weapon-nuclear", "zh", W + "Object_825GTS",
     "825GTS工程是苏联在克里米亚巴拉克拉瓦海湾旁的山体中修建的地下潜艇基地，二十世纪五十年代开工、1961年完成，内有可供潜艇通行的水道、维修船坞和储存武器的库房，按照能够抵御核打击的标准设计。苏联解体后基地于1993年关闭，后来改建为海军博物馆对外开放。"),
    # ---------------------------------------------------------------- benign: arms-control and disarmament people, bodies and journals (en)
    (0, "arms-control", "en", W + "Alexander_Glaser",
     "Alexander Glaser is a German-born physicist at Princeton University, where he co-directs the Program on Science and Global Security. His research concerns the technical basis of nuclear arms control and non-proliferation: how to verify that warheads are genuine or have been dismantled without revealing secret design information, how to track and reduce stocks of fissile material, and how to convert research reactors from weapon-grade fuel. With colleagues he proposed a 'zero-knowledge' verification method inspired by cryptography, which attracted wide attention when it was published in Nature in 2014, and his group has built virtual-reality tools for training inspectors. He is a member of the International Panel on Fissile Materials and teaches courses on science, technology and international security."),
    (0, "arms-control", "en", W + "Edward_L._Rowny",
     "Edward L. Rowny was a United States Army lieutenant general and arms negotiator. As the representative of the Joint Chiefs of Staff at the SALT II talks he resigned in 1979 in protest against the treaty, and under President Reagan he became the chief negotiator at the Strategic Arms Reduction Talks and later a special adviser on arms control. He died in 2017 at the age of 100."),
    (0, "arms-control", "en", W + "Marshall_Billingslea",
     "Marshall Billingslea is an American official who served as President Trump's special presidential envoy for arms control in 2020, when he led talks with Russia on extending the New START treaty and pressed, unsuccessfully, for China to join a trilateral agreement. He had earlier been an assistant secretary of the Treasury for terrorist financing and a senior official at NATO."),
    (0, "arms-control", "en", W + "Christopher_Ford_(diplomat)",
     "Christopher Ford is an American lawyer and official who served as Assistant Secretary of State for International Security and Nonproliferation from 2018 to 2021, after a post on the National Security Council. He launched the 'Creating an Environment for Nuclear Disarmament' initiative, a dialogue among states about the security conditions that would make further disarmament possible, and has written widely on non-proliferation law and policy."),
    (0, "arms-control", "en", W + "Journal_for_Peace_and_Nuclear_Disarmament",
     "The Journal for Peace and Nuclear Disarmament is an open-access academic journal established in 2018 by the Research Center for Nuclear Weapons Abolition at Nagasaki University. It publishes research articles, policy analyses and commentaries on nuclear disarmament, non-proliferation, arms control and the humanitarian consequences of nuclear weapons, with authors from many countries."),
    (0, "arms-control", "en", W + "Union_of_Concerned_Scientists",
     "The Union of Concerned Scientists is an American non-profit science advocacy organisation founded in 1969 by faculty and students at the Massachusetts Institute of Technology who were troubled by the use of science for military purposes. It uses technical analysis to argue for policies on climate change, clean energy, transport, food and agriculture and scientific integrity, and its Global Security Program works on nuclear weapons policy, missile defence, nuclear power safety and space security. The group has long questioned the effectiveness of national missile defence, called for taking land-based missiles off high alert and for a no-first-use policy, and published studies of reactor safety, including after the Fukushima accident. It is supported mainly by individual members and foundations and is based in Cambridge, Massachusetts, with offices in Washington and elsewhere."),
    (0, "arms-control", "en", W + "Yukiya_Amano",
     "Yukiya Amano was a Japanese diplomat who served as Director General of the International Atomic Energy Agency from 2009 until his death in 2019. During his tenure the agency dealt with the Fukushima nuclear accident, published a detailed report on the possible military dimensions of Iran's nuclear programme, and then took on the verification of Iran's commitments under the 2015 nuclear agreement. He also promoted the agency's work on nuclear technology for cancer treatment, food and agriculture. Before joining the IAEA he had worked on disarmament and non-proliferation for the Japanese foreign ministry and was Japan's ambassador to the international organisations in Vienna. He was re-elected twice, and the circumstances of his illness were kept largely private until his death in July 2019, shortly before he had been expected to step down."),
    (0, "arms-control", "en", W + "Robert_Floyd_(diplomat)",
     "Robert Floyd is an Australian official who became Executive Secretary of the Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization in 2021. He previously headed the Australian Safeguards and Non-Proliferation Office, which oversees nuclear material accounting and security in Australia."),
    (0, "arms-control", "en", W + "George_Bunn",
     "George Bunn was an American lawyer who became the first general counsel of the Arms Control and Disarmament Agency in 1961 and helped negotiate the Nuclear Non-Proliferation Treaty. He later served as ambassador to the Geneva disarmament conference, taught law and worked for many years at Stanford's Center for International Security and Cooperation."),
    # ---------------------------------------------------------------- benign: arms-control people and bodies (zh)
    (0, "arms-control", "zh", Z + "滕建群",
     "滕建群是中国的国际问题研究学者，长期在中国国际问题研究院从事美国问题和国际安全研究，曾在中国军控与裁军协会任职，研究领域包括军备控制、核不扩散和中美战略关系，经常在媒体上评论美俄军控条约和导弹防御问题。"),
    (0, "arms-control", "zh", Z + "朱明权",
     "朱明权是复旦大学国际问题研究院和美国研究中心的教授，研究领域为美国外交与安全政策、军备控制和核不扩散，是国内较早系统研究军控问题的学者之一，撰写了多部关于美国军控政策和条约谈判的著作，并培养了一批军控研究人才。"),
    (0, "arms-control", "zh", Z + "夏立平",
     "夏立平是中国国际关系学者，任同济大学国际与公共事务研究院院长，研究亚太安全、军备控制与核不扩散以及中美关系，曾参与多项国际安全对话，发表了大量关于核裁军和地区安全机制的论文。"),
    (0, "arms-control", "zh", W + "Open_Skies_Consultative_Commission",
     "开放天空协商委员会是根据《开放天空条约》在维也纳设立的执行机构，由各缔约国代表组成，负责处理条约的实施问题，例如分配各国每年可接受和进行的观察飞行次数、批准观察飞机和传感器的认证、讨论争议以及审议新成员的加入。该条约允许缔约国派遣非武装的观察飞机飞越彼此领土拍摄地面，以增加军事透明度、建立信任。委员会在欧洲安全与合作组织秘书处的支持下开会，通常以协商一致的方式作出决定。2020年美国宣布退出条约，理由是俄罗斯限制在部分地区的观察飞行，2021年俄罗斯也宣布退出，委员会的工作因此大为削弱，但其余缔约国仍继续执行条约。"),
    (0, "arms-control", "zh", W + "International_Data_Centre",
     "国际数据中心是全面禁止核试验条约组织筹备委员会设在维也纳的数据处理机构，负责接收和分析国际监测系统分布在全球的地震、次声、水声和放射性核素监测站传来的数据，每天编制事件公报，供各成员国使用。它曾及时探测到朝鲜进行的多次核试验，其数据也被用于海啸预警和地震研究。"),
    (0, "arms-control", "zh", W + "African_Commission_on_Nuclear_Energy",
     "非洲核能委员会是根据《佩林达巴条约》（非洲无核武器区条约）设立的机构，总部设在南非比勒陀利亚，负责监督缔约国遵守条约义务，同时推动核科学技术在医疗、农业和能源等方面的和平利用，并与国际原子能机构开展合作。"),
    (0, "arms-control", "zh", W + "Oleg_Grinevsky",
     "奥列格·格林涅夫斯基是苏联外交官，二十世纪八十年代率领苏联代表团参加在斯德哥尔摩举行的欧洲建立信任与安全措施和裁军会议。1986年会议达成协议，规定各国须提前通报大规模军事演习并允许现场视察，被认为是冷战后期缓和东西方紧张关系的重要一步。他后来担任驻瑞典大使，并撰写了回忆录。"),
    (0, "arms-control", "zh", W + "Viktor_Karpov_(diplomat)",
     "维克托·卡尔波夫是苏联外交官和军控谈判专家，曾参与第一阶段和第二阶段限制战略武器会谈，二十世纪八十年代担任苏联在日内瓦核与空间武器谈判中战略武器组的首席代表，后来主持外交部的军控与裁军部门。"),
    (0, "arms-control", "zh", W + "Council_for_a_Livable_World",
     "宜居世界理事会是1962年由物理学家利奥·西拉德创立的美国非营利组织，宗旨是减少核战争的危险。它的主要做法是为支持军备控制和核不扩散的国会候选人募集竞选资金，并游说国会削减核武器开支、批准军控条约。"),
    (0, "arms-control", "zh", W + "Center_for_Arms_Control_and_Non-Proliferation",
     "军备控制与防扩散中心是设在华盛顿的非营利研究机构，1980年成立，与宜居世界理事会关系密切，致力于通过研究和公众教育推动减少核武器、防止核扩散，并就国防预算、导弹防御和伊朗核问题等议题向国会和媒体提供分析。"),
    (0, "arms-control", "zh", W + "Ernest_Moniz",
     "欧内斯特·莫尼兹是美国核物理学家，长期在麻省理工学院任教，2013年至2017年担任美国能源部长。任内他作为美方技术谈判负责人之一，与伊朗原子能组织负责人萨利希共同敲定了2015年伊朗核问题全面协议中的许多技术细节，例如限制铀浓缩、改造阿拉克重水反应堆等。离任后，他担任“核威胁倡议”的联席主席和首席执行官，并创立了研究能源转型的能源未来倡议组织，继续推动减少核风险、应对气候变化和发展清洁能源。他还曾在克林顿政府中担任能源部副部长。"),
    (0, "arms-control", "zh", W + "James_Goodby",
     "詹姆斯·古德比是美国资深外交官，曾任驻芬兰大使，参与过禁止核试验、削减战略武器和欧洲安全与合作会议等多项谈判，后来在斯坦福大学胡佛研究所从事研究，著有多部关于核裁军和外交的著作。"),
    (0, "arms-control", "zh", W + "Lisbeth_Gronlund",
     "莉斯贝丝·格朗伦德是美国物理学家，长期担任忧思科学家联盟全球安全项目的联合主任，研究导弹防御的技术可行性、核武器政策和太空安全，曾与同事发表报告质疑美国国家导弹防御系统能否应对简单的诱饵等对抗措施。"),
    # ---------------------------------------------------------------- benign: radium and radioactive consumer products, quack cures, luminous paint, radioactive-source incidents (en)
    (0, "radiation-protection", "en", W + "Radithor",
     "Radithor was a patent medicine sold in the United States in the 1920s consisting of distilled water containing dissolved radium, marketed as a cure for impotence, arthritis and many other complaints. Its best-known victim, the wealthy industrialist and amateur golfer Eben Byers, drank some 1,400 bottles; he died in 1932 after parts of his jaw and skull had disintegrated, a case that helped end the radium tonic craze and strengthened federal regulation of medicines."),
    (0, "radiation-protection", "en", W + "Radioactive_quackery",
     "Radioactive quackery is the promotion of radioactive substances as cures for illness or as health and beauty aids, a fashion that flourished in the decades after the discovery of radium. In the 1910s to 1930s consumers could buy radium water and tonics, radon-emitting jars for enriching drinking water, radioactive toothpaste, face creams, suppositories, heating pads and even chocolate, many of them promising vigour and youth. Spas advertised the radioactivity of their springs as a virtue. Some products contained little or no radium; others, especially ingestible ones, caused serious harm, and the death of Eben Byers in 1932 and the illnesses of the radium dial painters turned opinion against them. Regulators in the United States and Europe gradually banned such products. The phenomenon has modern echoes in 'negative ion' and 'quantum' jewellery and bracelets found to contain thorium or uranium, which authorities in several countries have warned against."),
    (0, "radiation-protection", "en", W + "Luminous_paint",
     "Luminous paint glows in the dark. Phosphorescent paints absorb light and release it slowly, while radioluminescent paints, used from the 1910s on watch dials, aircraft instruments and military equipment, contained radium or later promethium or tritium whose radiation excited a phosphor. The radium paints poisoned many of the women who applied them, and modern glow-in-the-dark products use non-radioactive strontium aluminate."),
    (0, "radiation-protection", "en", W + "Grace_Fryer",
     "Grace Fryer was one of the 'Radium Girls', young women who painted luminous watch dials at the United States Radium Corporation's factory in Orange, New Jersey, and were taught to point their brushes with their lips. She developed severe radium poisoning of the jaw and bones, and in 1927 she and four colleagues sued the company. Their case, settled in 1928, drew national attention and helped establish the right of workers to sue employers for occupational disease. She died in 1933. Her story was retold in books, a stage play and the 2018 film Radium Girls, and the dial painters are remembered with a statue in Ottawa, Illinois."),
    (0, "radiation-protection", "en", W + "United_States_Radium_Corporation",
     "The United States Radium Corporation was an American company that extracted and refined radium from ore and sold radium-based luminous paint under the brand name Undark, used above all on watch and instrument dials. At its factory in Orange, New Jersey, during and after the First World War, hundreds of young women painted dials by hand and were told to shape their brushes with their lips, swallowing small amounts of radium each day. Many later suffered anaemia, bone fractures and the destruction of the jaw known as radium jaw, and several died; the company's managers, who handled radium with precautions themselves, at first denied any link. Lawsuits by five of the workers in 1927 brought wide publicity and an out-of-court settlement, and the cases became a landmark in occupational health and labour law. The company's former sites in New Jersey were later listed as Superfund sites and cleaned up at public expense."),
    (0, "radiation-protection", "en", W + "Bad_Gastein",
     "Bad Gastein is a spa town in the Austrian state of Salzburg known for its waterfall, its Belle Époque hotels and its thermal springs, whose water contains radon. Visitors take cures in the springs and in the Gasteiner Heilstollen, a former gold-mining tunnel where patients with arthritis and respiratory complaints sit in warm, radon-rich air, a practice that remains popular although its medical benefit is debated."),
    (0, "radiation-protection", "en", W + "2023_Western_Australia_radioactive_capsule_incident",
     "In January 2023 a tiny capsule containing radioactive caesium-137, part of a density gauge used by the mining company Rio Tinto, fell out of its package during a road journey of some 1,400 kilometres from a mine in the Pilbara to a depot in Perth. When its loss was discovered, the state government issued a public health warning and teams using radiation detectors mounted on vehicles searched the Great Northern Highway, finding the capsule beside the road after about a week. The incident led to a review of the rules for transporting radioactive sources. The capsule, only a few millimetres across, was detected by a search vehicle travelling slowly along the highway when its instruments picked up the radiation, and the episode drew international attention and jokes about needles in haystacks."),
    (0, "radiation-protection", "en", W + "1984_Moroccan_radiation_accident",
     "In 1984 a sealed iridium-192 source used for industrial radiography fell out of its container at a construction site near Casablanca, Morocco. A worker took it home, where it stayed for weeks, and eight members of his family died of radiation exposure before the cause was identified; the accident was later studied by the IAEA as a lesson in source security."),
    (0, "radiation-protection", "en", W + "Gas_mantle",
     "A gas mantle is a fabric bag impregnated with metal salts that, when first burned, leaves a fragile ceramic mesh that glows brightly in a gas or kerosene flame. Invented by Carl Auer von Welsbach in the 1880s, mantles transformed lighting before electricity. They traditionally contained thorium oxide, which made them slightly radioactive, so many manufacturers have switched to yttrium or other substitutes."),
    (0, "radiation-protection", "en", W + "Uranium_glass",
     "Uranium glass is glass coloured yellow or green by small amounts of uranium added to the melt, popular for tableware, vases and beads from the nineteenth century until the Second World War, when uranium became a controlled strategic material. It glows a vivid green under ultraviolet light, and collectors use UV torches to identify it; its radioactivity is very low and not considered a health risk in normal use."),
    # ---------------------------------------------------------------- benign: radioactive products, radium history and source incidents (zh)
    (0, "radiation-protection", "zh", W + "Thorotrast",
     "二氧化钍造影剂（商品名Thorotrast）是二十世纪三十年代至五十年代广泛使用的X射线造影剂，由二氧化钍的胶体悬浮液制成，能在X光片上清晰显示血管、肝脏和脾脏。由于钍具有放射性，注入人体后会长期沉积在肝、脾和骨髓中，许多患者在数十年后发生肝癌、胆管癌和白血病，成为研究长期内照射危害的重要人群。它后来被更安全的碘造影剂取代。据估计，全世界有数百万人曾被注射过这种造影剂，日本、德国、葡萄牙和丹麦等国对受检者进行的长期随访研究，为确定α辐射的致癌风险提供了重要数据。"),
    (0, "radiation-protection", "zh", W + "Radioluminescence",
     "放射发光是指放射性物质衰变时发出的射线激发荧光材料发光的现象。二十世纪初，人们把镭与硫化锌混合制成夜光涂料，涂在钟表表盘、飞机仪表和开关上，使其在黑暗中可读。由于镭涂料严重危害了涂表女工的健康，后来改用放射性较弱的钷-147，再后来又普遍采用氚：把氚气封装在内壁涂有荧光粉的小玻璃管中，可以持续发光十多年，用于手表、枪械瞄具和安全出口指示牌。如今许多夜光产品已改用不含放射性的长余辉蓄光材料，例如铝酸锶。"),
    (0, "radiation-protection", "zh", W + "Catherine_Wolfe_Donohue",
     "凯瑟琳·沃尔夫·多诺霍是美国伊利诺伊州渥太华镇镭发光工作室的涂表女工，长期用嘴唇抿尖沾有镭涂料的画笔，后来患上严重的镭中毒。她在病重时坚持起诉公司，1938年伊利诺伊州工业委员会作出有利于工人的裁决，她在同年去世。这一案件推动了美国职业病保护法律的发展。"),
    (0, "radiation-protection", "zh", Z + "山西忻州钴-60放射事故",
     "山西忻州钴-60放射事故发生在1992年。当地一处放射源被不当处置，一枚废弃的钴-60放射源被一名工人捡回家中，导致他和多名家庭成员受到大剂量照射，造成三人死亡，数十人受到不同程度的照射。事故发生后，有关部门找到并回收了放射源，这一事件促使中国加强了对放射源全过程管理的规定。"),
    (0, "radiation-protection", "zh", Z + "夜光表",
     "夜光表是表盘和指针涂有发光材料、能在黑暗中读时的手表。早期夜光表使用镭涂料，二十世纪中叶起改用钷和氚，如今多采用不含放射性的蓄光材料。收藏旧式夜光表的人被建议不要打开表壳，以免接触剥落的镭涂料。"),
    (0, "radiation-protection", "zh", Z + "负离子",
     "负离子是带负电荷的气体离子，商家常宣传负离子有益健康，推出负离子手环、项链、床垫和空气净化器等产品。有些所谓负离子产品在材料中添加了含钍或铀的矿物粉末，利用放射性使空气电离，因此具有一定的放射性，香港、台湾和荷兰等地的监管部门曾发布警告并要求下架。科学界认为，负离子产品的健康功效缺乏可靠证据。"),
    (0, "radiation-protection", "zh", Z + "钍",
     "钍是原子序数为90的放射性金属元素，由瑞典化学家贝采利乌斯于1829年发现，以北欧神话中的雷神托尔命名。它在自然界中的含量比铀更丰富，主要存在于独居石等矿物中。钍曾广泛用于煤气灯纱罩、高温陶瓷、光学镜头和焊接用钨电极，由于放射性问题，许多用途已被替代。钍-232本身不能直接维持链式反应，但吸收中子后可以转化为铀-233，因此一些国家研究以钍为燃料的反应堆，印度尤其重视钍资源的利用。此外，含钍的矿物在开采和冶炼稀土时会产生放射性废渣，需要妥善处置。"),
    (0, "radiation-protection", "zh", W + "Marie_Curie",
     "玛丽·居里是出生于波兰的法国物理学家和化学家，与丈夫皮埃尔·居里一起研究放射性，发现了钋和镭两种元素，是第一位获得诺贝尔奖的女性，也是唯一在物理学和化学两个领域都获得诺贝尔奖的人。第一次世界大战期间，她组织了流动X光车，被称为“小居里”，为前线伤员拍片诊断。她创建的镭研究所后来成为巴黎和华沙重要的癌症研究和治疗中心。由于长期接触放射性物质而没有防护，她于1934年死于再生障碍性贫血，她的笔记本至今仍有放射性，需要在专门条件下保存。"),
    (0, "radiation-protection", "zh", W + "Harrison_Martland",
     "哈里森·马特兰是美国新泽西州纽瓦克的病理学家和法医，二十世纪二十年代他调查了涂表女工的离奇死亡，证明沉积在骨骼中的镭是致病原因，描述了“镭颌”等病变，为工人的诉讼提供了关键证据。他还最早描述了拳击手因反复头部受伤导致的“拳击醉态”综合征。"),
    (0, "radiation-protection", "zh", W + "Mae_Keane",
     "梅·基恩是美国康涅狄格州沃特伯里一家钟表公司的前涂表女工，她在二十世纪二十年代只工作了很短时间，因为不喜欢用嘴唇抿尖画笔的味道而离职，从而避免了同事们遭受的严重镭中毒。她活到107岁，于2014年去世，被认为是最后一位在世的“镭女孩”。"),
    # ---------------------------------------------------------------- benign: space probes, RTG-powered spacecraft, launch vehicles, agencies, rocketry history (en)
    (0, "space", "en", W + "Cassini–Huygens",
     "Cassini–Huygens was a joint mission of NASA, the European Space Agency and the Italian Space Agency to Saturn, launched in 1997 on a Titan IV rocket. Because sunlight at Saturn is too weak for solar panels, the orbiter was powered by three radioisotope thermoelectric generators, whose plutonium fuel prompted protests before launch and during a flyby of Earth in 1999. After gravity-assist flybys of Venus, Earth and Jupiter, Cassini entered orbit around Saturn in 2004. Its European-built Huygens probe parachuted onto Titan in January 2005, the first landing in the outer Solar System, sending back images of river channels and a surface of ice pebbles. Over thirteen years Cassini discovered geysers of water ice erupting from Enceladus, pointing to an underground ocean, mapped Titan's methane lakes and seas, studied the rings and the planet's great storms, and found new moons. In 2017, nearly out of fuel, it was deliberately plunged into Saturn's atmosphere in the 'Grand Finale' so that it could not contaminate moons that might harbour life."),
    (0, "space", "en", W + "Galileo_(spacecraft)",
     "Galileo was a NASA spacecraft that orbited Jupiter from 1995 to 2003, the first to orbit an outer planet. Launched from the Space Shuttle Atlantis in 1989 and powered by radioisotope thermoelectric generators, it overcame the failure of its main high-gain antenna to open by sending data slowly through a small antenna with new compression software. On the way it made the first close flyby of an asteroid, Gaspra, discovered the first moon of an asteroid, Dactyl, orbiting Ida, and observed fragments of Comet Shoemaker–Levy 9 striking Jupiter. It released a probe that descended into Jupiter's atmosphere in 1995, and its studies of the Galilean moons found strong evidence for a salt-water ocean beneath the ice of Europa and volcanic activity on Io. To avoid any risk of contaminating Europa, it was sent into Jupiter's atmosphere at the end of its mission."),
    (0, "space", "en", W + "Pioneer_11",
     "Pioneer 11 was a NASA probe launched in 1973 that followed Pioneer 10 past Jupiter and became the first spacecraft to fly past Saturn, in 1979. Powered by radioisotope thermoelectric generators, it carried a plaque showing human figures and the Sun's location, and contact was lost in 1995 as it headed out of the Solar System."),
    (0, "space", "en", W + "Curiosity_(rover)",
     "Curiosity is a car-sized NASA rover that landed in Gale Crater on Mars in August 2012, lowered to the surface by a rocket-powered 'sky crane'. Unlike earlier solar-powered rovers it draws its electricity from a multi-mission radioisotope thermoelectric generator, which has let it work through Martian winters and dust storms for more than a decade. Its mission, part of the Mars Science Laboratory project, was to find out whether Mars ever offered environments able to support microbial life. Within its first year it found that an ancient lakebed near its landing site once held fresh water with the chemical ingredients for life, and it has since climbed the layered slopes of Mount Sharp, detecting organic molecules, seasonal changes in methane and evidence of how the planet's climate dried out over time. Its laser-firing ChemCam instrument, drill and onboard laboratories have analysed hundreds of rock targets."),
    (0, "space", "en", W + "Perseverance_(rover)",
     "Perseverance is a NASA rover that landed in Jezero Crater on Mars in February 2021 to search for signs of ancient life in an old river delta and to collect rock samples for a possible future return to Earth. Like Curiosity it is powered by a radioisotope generator, and it carried the Ingenuity helicopter, which made the first powered flight on another planet."),
    (0, "space", "en", W + "Viking_2",
     "Viking 2 was the second of two NASA missions to Mars, each made up of an orbiter and a lander, launched in 1975. Its lander touched down on Utopia Planitia in September 1976 and, powered by radioisotope generators, sent back images and weather data and ran biology experiments on the soil until 1980, including photographs of frost on the ground."),
    (0, "space", "en", W + "Apollo_Lunar_Surface_Experiments_Package",
     "The Apollo Lunar Surface Experiments Package was a set of scientific instruments that astronauts on Apollo 12, 14, 15, 16 and 17 set up on the Moon, including seismometers, magnetometers, heat-flow probes and solar-wind detectors. The stations were powered by small radioisotope thermoelectric generators, whose fuel casks were carried on the lunar module's leg, and they sent data to Earth until NASA switched them off in 1977. The seismometers recorded moonquakes and meteorite impacts, and the impacts of spent rocket stages deliberately crashed into the Moon, revealing the structure of its interior. The fuel cask from Apollo 13, which was not used when the landing was aborted, re-entered the atmosphere with the lunar module and is believed to lie intact in the Tonga Trench in the Pacific."),
    (0, "space", "en", W + "Mars_96",
     "Mars 96 was a Russian mission to Mars, with an orbiter, two small landers and two surface penetrators, launched in November 1996. The upper stage of its Proton rocket failed, and the spacecraft re-entered the atmosphere over the Pacific and South America, carrying small plutonium power sources whose fate was never confirmed. The loss was a major setback for Russia's planetary science programme."),
    (0, "space", "en", W + "General-purpose_heat_source",
     "The general-purpose heat source is the modular building block of the radioisotope power systems that NASA has used since the 1980s. Each module holds pellets of plutonium-238 oxide encased in iridium and surrounded by graphite layers designed to survive a launch accident or an atmospheric re-entry, and stacks of modules supply the heat that generators such as those on Cassini, New Horizons and the Mars rovers turn into electricity."),
    (0, "space", "en", W + "N1_(rocket)",
     "The N1 was the super-heavy launch vehicle the Soviet Union developed in the 1960s to send cosmonauts to the Moon, its answer to the American Saturn V. Designed under Sergei Korolev and, after his death in 1966, Vasily Mishin, it had a first stage with thirty engines arranged in rings, because the Soviet Union lacked engines as large as the Saturn V's. All four launch attempts between 1969 and 1972 failed; the second, in July 1969, fell back onto the launch pad at Baikonur and caused one of the largest explosions in the history of rocketry. The programme was cancelled in 1974 and its existence was officially acknowledged only in 1989. Many of the engines built for later versions were stored and, decades later, sold to the United States, where, rebuilt as the AJ26, they powered the first stage of the Antares rocket."),
    (0, "space", "en", W + "Energia_(rocket)",
     "Energia was a Soviet super-heavy launch vehicle that flew twice, in 1987 with the Polyus satellite and in 1988 carrying the uncrewed Buran space shuttle on its only orbital flight. Its strap-on boosters later evolved into the Zenit rocket, and its programme ended with the collapse of the Soviet Union."),
    (0, "space", "en", W + "Verein_für_Raumschiffahrt",
     "The Verein für Raumschiffahrt (Society for Space Travel) was a German amateur rocket association founded in Breslau in 1927 that became the centre of the spaceflight movement in Weimar Germany. Its members, among them Johannes Winkler, Max Valier, Hermann Oberth, Rudolf Nebel, Klaus Riedel and the young Wernher von Braun, published a journal, Die Rakete, and from 1930 tested small liquid-fuel rockets at a disused ammunition dump in Berlin that they named the Raketenflugplatz, attracting newspaper coverage and crowds. Financial problems, disputes among members and police restrictions on rocket testing brought the society to an end in 1933-34, and several of its members went on to work for the German army's rocket programme, while others emigrated or turned to other careers. It is remembered as one of the founding organisations of spaceflight, alongside similar societies in the Soviet Union, the United States and Britain."),
    (0, "space", "en", W + "American_Rocket_Society",
     "The American Rocket Society began in 1930 as the American Interplanetary Society, founded in New York by science-fiction writers and enthusiasts including David Lasser and G. Edward Pendray. Its members built and tested small liquid-fuel rockets in the 1930s, and it grew into a professional engineering society that merged with the Institute of the Aerospace Sciences in 1963 to form the American Institute of Aeronautics and Astronautics."),
    # ---------------------------------------------------------------- benign: space agencies, launch vehicles, rocketry history (zh)
    (0, "space", "zh", W + "British_Interplanetary_Society",
     "英国星际学会是1933年在利物浦成立的航天爱好者组织，是世界上历史最悠久的航天学会之一。二十世纪三十年代，它的成员设计了载人登月飞船的方案，当时英国法律禁止民间试验火箭，因此学会主要从事理论研究和宣传。战后科幻作家阿瑟·克拉克曾担任会长。七十年代，学会开展了“代达罗斯计划”，研究飞往邻近恒星的无人探测器的可能性，至今仍出版《英国星际学会杂志》。学会总部设在伦敦，会员来自世界各地，既有专业航天工程师，也有普通爱好者。"),
    (0, "space", "zh", W + "Johannes_Winkler",
     "约翰内斯·温克勒是德国火箭先驱，德国太空旅行协会的创始人之一，曾主编协会刊物《火箭》。1931年他在德绍附近发射了一枚液体燃料火箭，是欧洲最早成功发射的液体燃料火箭之一，后来他长期从事航空发动机研究。"),
    (0, "space", "zh", W + "CNES",
     "法国国家空间研究中心是法国政府的航天机构，1961年在戴高乐总统推动下成立，总部设在巴黎，主要技术中心位于图卢兹。1965年法国用自己研制的“钻石”火箭发射了第一颗卫星“阿斯特里克斯”，成为继苏联和美国之后第三个自主发射卫星的国家。该中心负责管理法属圭亚那的库鲁航天中心，是欧洲航天局和“阿丽亚娜”系列火箭的主要推动者，参与了地球观测卫星“斯波特”、海洋测高卫星和火星探测等众多项目，并与中国合作发射了研究伽马射线暴的天文卫星。"),
    (0, "space", "zh", W + "JAXA",
     "日本宇宙航空研究开发机构是日本的国家航天机构，2003年由宇宙科学研究所、航空宇宙技术研究所和宇宙开发事业团三个机构合并成立。它研制了H-IIA、H3等运载火箭，运营种子岛宇宙中心，完成了“隼鸟”和“隼鸟2号”小行星采样返回任务，参与国际空间站的“希望”号实验舱，2024年还以SLIM探测器实现了精确登月。"),
    (0, "space", "zh", W + "Korea_Aerospace_Research_Institute",
     "韩国航空宇宙研究院是韩国的国家航空航天研究机构，1989年成立，总部位于大田。它研制了“世界”号运载火箭，2022年首次成功把卫星送入轨道，还发射了多颗“阿里郎”地球观测卫星，并在2022年发射了韩国第一个月球探测器“赏月”号。"),
    (0, "space", "zh", W + "UAE_Space_Agency",
     "阿联酋航天局是阿拉伯联合酋长国的航天管理机构，2014年成立，与迪拜的穆罕默德·本·拉希德航天中心共同推动国家航天计划。2020年，阿联酋的“希望”号火星探测器搭乘日本火箭发射，2021年进入火星轨道，使阿联酋成为第一个成功探测火星的阿拉伯国家。"),
    (0, "space", "zh", W + "China_National_Space_Administration",
     "国家航天局是中国政府负责民用航天管理和国际合作的机构，1993年成立，隶属于工业和信息化部下的国防科技工业局。它对外代表中国政府签署航天合作协议，负责探月工程和行星探测等重大项目的组织管理。在它的管理下，中国实施了“嫦娥”系列探月任务，2019年实现人类首次月球背面软着陆，2020年完成月球采样返回，2021年“天问一号”实现火星环绕、着陆和巡视，2024年“嫦娥六号”带回了首份月球背面样品。国家航天局还与欧洲、俄罗斯等多个国家和组织合作，推动国际月球科研站计划。载人航天则由另一套专门机构负责。"),
    (0, "space", "zh", W + "German_Aerospace_Center",
     "德国航空航天中心是德国的国家航空、航天、能源和交通研究机构，总部位于科隆，在全国设有数十个研究所和设施。它同时是德国的航天管理机构，代表德国参与欧洲航天局的项目，负责德国宇航员训练和哥伦布实验舱的运行控制。"),
    (0, "space", "zh", W + "Kuaizhou",
     "快舟是中国航天科工集团研制的固体燃料小型运载火箭系列，可以在车载发射装置上快速完成准备和发射，适合在短时间内把小卫星送入低地球轨道，主要用于商业发射和应急补网，已从酒泉卫星发射中心执行多次任务。"),
    (0, "space", "zh", W + "Zhuque-2",
     "朱雀二号是中国民营航天企业蓝箭航天研制的液氧甲烷运载火箭。2022年12月首飞失败，2023年7月第二次发射成功入轨，成为世界上第一种成功入轨的液氧甲烷火箭，领先于美国同类火箭。此后改进型朱雀二号继续执行商业发射任务，公司还在研制可重复使用的朱雀三号。"),
    (0, "space", "zh", Z + "祝融号",
     "祝融号是中国首辆火星车，以中国神话中的火神命名，随“天问一号”探测器于2021年5月在火星乌托邦平原南部着陆，成为继美国之后第二个在火星上成功运行火星车的国家。它依靠太阳能电池板供电，利用特殊的相变材料储存热量，携带导航地形相机、多光谱相机、次表层探测雷达和气象测量仪等设备，对着陆区的地形、土壤和地下分层结构进行了探测。祝融号在火星表面行驶了近两千米，2022年5月因火星冬季和沙尘天气进入休眠，此后未能恢复联系。"),
    (0, "space", "zh", W + "Kilopower",
     "千瓦级电源计划是美国宇航局和能源部合作开展的小型核裂变电源研究项目，目的是为未来的月球和火星基地提供不依赖阳光的持续电力。2018年，研究人员在内华达州进行了名为KRUSTY的地面试验，验证了使用铀燃料堆芯和斯特林发动机发电的原理样机，此后宇航局继续推进月面裂变电源项目。"),
    # ---------------------------------------------------------------- benign: industrial accidents, pollution, toxicology and occupational poisoning (en)
    (0, "industrial-chemistry", "en", W + "Phossy_jaw",
     "Phossy jaw was a disfiguring disease of the jawbone that struck workers in match factories in the nineteenth and early twentieth centuries who handled white phosphorus. Exposure caused toothache, abscesses and the death and decay of the bone, sometimes glowing faintly in the dark, and many victims died or had their jaws removed. The 1888 London matchgirls' strike drew attention to the conditions, and the 1906 Berne Convention banned white phosphorus in matches, which were made thereafter with safer red phosphorus or phosphorus sesquisulfide."),
    (0, "industrial-chemistry", "en", W + "Erethism",
     "Erethism, also called mad hatter disease, is a syndrome of mercury poisoning marked by irritability, shyness, tremor and memory loss. It was common among felt-hat makers in the eighteenth and nineteenth centuries, who used mercury compounds to treat fur, and probably gave rise to the phrase 'mad as a hatter'. In Danbury, Connecticut, a centre of American hat making, the use of mercury in the trade was only banned in 1941."),
    (0, "industrial-chemistry", "en", W + "Hawks_Nest_Tunnel_disaster",
     "The Hawks Nest Tunnel disaster was one of the worst industrial disasters in American history. Between 1930 and 1932 workers, most of them African-American migrants, drilled a tunnel through a mountain in West Virginia to divert the New River to a hydroelectric plant owned by Union Carbide. The rock was almost pure silica, and the company, which also wanted the silica for its metallurgical plant, did not provide ventilation, wet drilling or masks. Hundreds of workers died of acute silicosis within a few years, many buried in unmarked graves; estimates range from several hundred to more than a thousand. Congressional hearings in 1936 exposed the conditions, and the disaster contributed to the recognition of silicosis as an occupational disease and to better compensation laws, although few of the victims' families ever received much money."),
    (0, "industrial-chemistry", "en", W + "Wittenoom",
     "Wittenoom is a former mining town in the Pilbara region of Western Australia where blue asbestos was mined from the 1940s until 1966. Thousands of miners and residents later developed asbestosis, lung cancer and mesothelioma, making it Australia's worst industrial disaster. The town was gradually closed, removed from official maps and finally compulsorily acquired by the state government in the 2020s."),
    (0, "industrial-chemistry", "en", W + "Minamata_disease",
     "Minamata disease is a neurological disorder caused by severe methylmercury poisoning, named after the city of Minamata in Kumamoto Prefecture, Japan, where it was first recognised in 1956. The Chisso Corporation's chemical factory discharged wastewater containing methylmercury, a by-product of acetaldehyde production, into Minamata Bay from the 1930s to 1968, and the poison accumulated in the fish and shellfish that local people ate. Victims suffered numbness, loss of coordination, damage to vision and hearing and, in severe cases, paralysis and death; children were born with congenital forms of the disease after their mothers ate contaminated fish. Cats were seen convulsing and dying before the first human cases. The company and the government were slow to accept responsibility, and victims fought for decades through protests and lawsuits for recognition and compensation, with tens of thousands eventually receiving payments. A second outbreak occurred in Niigata Prefecture in the 1960s. The tragedy gave its name to the 2013 Minamata Convention on Mercury, a global treaty to control mercury emissions and products."),
    (0, "industrial-chemistry", "en", W + "Silicosis",
     "Silicosis is a lung disease caused by breathing in fine crystalline silica dust, which scars the lungs and causes breathlessness, and increases the risk of tuberculosis and lung cancer. It has long afflicted miners, quarry workers, stonemasons and sandblasters, and has recently reappeared among workers cutting engineered stone kitchen worktops, leading Australia to ban the material in 2024."),
    (0, "industrial-chemistry", "en", W + "Asbestosis",
     "Asbestosis is a chronic lung disease caused by inhaling asbestos fibres, which scar lung tissue and cause shortness of breath years or decades after exposure. It has mainly affected asbestos miners, insulation workers, shipyard workers and their families, and along with mesothelioma it led to bans on asbestos in many countries and to some of the largest compensation litigation in history."),
    (0, "industrial-chemistry", "en", W + "Camelford_water_pollution_incident",
     "In July 1988 a relief lorry driver at a water treatment works near Camelford in Cornwall accidentally tipped twenty tonnes of aluminium sulphate into the wrong tank, contaminating the drinking water of some 20,000 people. Residents complained of sour-tasting water, rashes and stomach upsets, but the water authority was slow to admit the problem. Long-running inquiries and disputes followed over possible lasting health effects, and the death of a local woman in 2004 with an unusual brain disease led to a coroner's inquest."),
    (0, "industrial-chemistry", "en", W + "Doñana_disaster",
     "The Doñana disaster, also known as the Aznalcóllar disaster, occurred in April 1998 when a tailings dam at a mine near Seville in southern Spain burst, releasing millions of cubic metres of acidic water and sludge laden with heavy metals into the Guadiamar river. The spill reached the edge of Doñana National Park, one of Europe's most important wetlands, killing fish and birds and contaminating farmland. The Swedish-Canadian mining company and Spanish authorities disputed responsibility for the clean-up costs for years, and the river corridor was later restored as a protected green corridor. The accident led to stricter European rules on mining waste."),
    (0, "industrial-chemistry", "en", W + "Toxic_oil_syndrome",
     "Toxic oil syndrome was a mass poisoning in Spain in 1981, when cooking oil sold door to door by travelling salesmen turned out to be industrial rapeseed oil that had been denatured with aniline for non-food use and then illegally refined and passed off as olive oil. More than 20,000 people fell ill with lung and muscle problems, and several hundred died in the following years, making it one of the worst food poisoning episodes in modern European history. At first the authorities blamed an infection, and theories that the true cause was a pesticide on tomatoes circulated for years. A long trial ended in 1989 with the conviction of several oil merchants, and a later ruling made the state partly liable for compensation. The exact toxic compound has never been identified with certainty."),
    # ---------------------------------------------------------------- benign: industrial accidents, pollution and occupational poisoning (zh)
    (0, "industrial-chemistry", "zh", W + "Xiangshui_chemical_plant_explosion",
     "2019年3月21日，江苏省盐城市响水县生态化工园区内的天嘉宜化工有限公司发生特别重大爆炸事故，造成78人死亡、数百人受伤，周边多家企业和村庄房屋受损，爆炸地点留下巨大的坑。事故调查认定，企业长期违法贮存硝化废料，废料在仓库内积热自燃引发爆炸，同时揭露出企业和地方监管部门弄虚作假、化工园区安全管理混乱等问题。事故后，数十名企业人员和公职人员被追究刑事或纪律责任，响水化工园区被永久关闭，江苏省大规模整治化工企业，关停了一大批安全条件不达标的工厂。"),
    (0, "industrial-chemistry", "zh", W + "2015_Tianjin_explosions",
     "2015年8月12日深夜，天津港瑞海国际物流公司的危险品仓库发生火灾并引发两次剧烈爆炸，造成165人遇难，其中包括大量消防员，另有数百人受伤，周边住宅、企业和数千辆进口汽车被毁。事故调查认定，集装箱内的硝化棉因湿润剂散失，在高温天气下自燃，引燃了附近存放的硝酸铵等危险化学品。调查还发现该公司违规取得经营资质，在距离居民区很近的地方大量储存危险品，多名企业负责人和官员被判刑。事故后，中国全面排查危险化学品仓储设施，并修订了消防和危险品管理制度。"),
    (0, "industrial-chemistry", "zh", W + "2014_Kunshan_explosion",
     "2014年8月2日，江苏昆山中荣金属制品有限公司的汽车轮毂抛光车间发生铝粉尘爆炸，当场和事后共造成一百多人死亡、多人受伤。调查认定，车间除尘系统长期不清理，粉尘浓度超标，遇到火源后发生爆炸，此后国家加强了对粉尘防爆的专项整治。"),
    (0, "industrial-chemistry", "zh", Z + "镉米",
     "镉米是指镉含量超过食品安全标准的大米，主要来自受到采矿、冶炼和工业污水污染的稻田。水稻容易从酸性土壤中吸收镉，长期食用会在人体肾脏和骨骼中积累，引起肾损伤和骨质疏松。日本富山县神通川流域的痛痛病就是典型的镉中毒。2013年，广东省检测发现市场上部分来自湖南的大米镉超标，引起社会广泛关注，此后湖南等地开展了耕地修复和种植结构调整试点。专家指出，通过调节土壤酸碱度、改种低积累品种和改变灌溉方式可以降低稻米的镉含量。"),
    (0, "industrial-chemistry", "zh", Z + "尘肺病",
     "尘肺病是在职业活动中长期吸入生产性粉尘，并在肺内潴留而引起的以肺组织弥漫性纤维化为主的疾病，主要包括矽肺、煤工尘肺、石棉肺等。它是中国最主要的职业病，患者多为煤矿、金属矿山、隧道施工、石材加工和建材行业的工人，其中不少是流动的农民工。尘肺病目前没有根治办法，患者会逐渐出现咳嗽、胸闷和呼吸困难，晚期丧失劳动能力。由于许多患者难以证明劳动关系，职业病诊断和赔偿一直是社会关注的问题，“开胸验肺”事件曾引起全国讨论，公益组织也长期为尘肺病农民工提供救助。国家近年来开展了尘肺病防治攻坚行动，加强粉尘治理和患者救治保障。"),
    (0, "industrial-chemistry", "zh", Z + "正己烷",
     "正己烷是一种常用的有机溶剂，广泛用于植物油提取、胶粘剂、清洗剂和电子产品擦拭。长期吸入正己烷蒸气会损害周围神经，出现手脚麻木、无力甚至瘫痪。2009年前后，苏州一家为苹果公司供货的触摸屏工厂用正己烷擦拭屏幕，导致一百多名工人中毒，引起人们对电子产品供应链劳工安全的关注。"),
    (0, "industrial-chemistry", "zh", Z + "毒胶囊事件",
     "毒胶囊事件是2012年中国中央电视台曝光的药品安全事件。河北、浙江等地的一些企业用皮革废料熬制的“蓝矾皮”工业明胶生产药用胶囊，流入多家药厂，导致部分胶囊中的重金属铬严重超标。事件发生后，监管部门下架了相关药品，查处了一批企业并逮捕了涉案人员，随后加强了药用辅料的监管。"),
    (0, "industrial-chemistry", "zh", Z + "2008年中国奶制品污染事件",
     "2008年中国奶制品污染事件是一起严重的食品安全事故。三鹿集团等多家乳制品企业收购的原奶被不法奶商加入化工原料三聚氰胺，以在检测中虚增蛋白质含量，导致大量食用婴幼儿配方奶粉的婴儿患上肾结石，造成至少六名婴儿死亡、约三十万名儿童受到影响。事件被曝光后，三鹿集团破产，多名责任人被判处死刑或长期徒刑，国家质检总局局长引咎辞职。这起事件重创了中国乳业和消费者信心，导致大量家庭转向进口奶粉，香港等地一度限制奶粉出境。事件也促使中国在2009年通过《食品安全法》，并加强了乳制品生产和检测的监管。"),
    (0, "industrial-chemistry", "zh", Z + "中华人民共和国职业病防治法",
     "《中华人民共和国职业病防治法》是中国预防、控制和消除职业病危害的基本法律，2001年通过，2002年施行，此后多次修正。它规定用人单位必须为劳动者提供符合要求的防护设施和用品，对接触粉尘、有毒化学品和放射线等职业病危害因素的岗位进行检测，组织上岗前、在岗期间和离岗时的职业健康检查，并依法为患职业病的劳动者提供治疗和赔偿。"),
    (0, "industrial-chemistry", "zh", Z + "汞中毒",
     "汞中毒是摄入或吸入汞及其化合物引起的中毒。金属汞蒸气主要损害神经系统和肾脏，常见于温度计、荧光灯和小型金矿冶炼作业；有机汞中的甲基汞则可通过食物链在鱼类体内富集，日本的水俣病就是工厂排放含汞废水导致的甲基汞中毒。为减少汞污染，国际社会于2013年签订了《关于汞的水俣公约》。"),
    # ---------------------------------------------------------------- benign: vaccines, epidemics, public-health microbiology and medicine (en)
    (0, "vaccine", "en", W + "BCG_vaccine",
     "The BCG vaccine (Bacille Calmette–Guérin) is a vaccine against tuberculosis made from a weakened strain of the bovine tuberculosis bacterium, developed by Albert Calmette and Camille Guérin at the Pasteur Institute in Lille and first given to a baby in 1921. Early use was set back by the Lübeck disaster of 1930, in which a batch accidentally contaminated with a virulent strain killed more than seventy infants. BCG is now given at birth in many countries where tuberculosis is common, where it protects young children well against severe forms such as tuberculous meningitis, although its protection against lung disease in adults is variable. It leaves a characteristic small scar on the upper arm. Instilled into the bladder, BCG is also an established treatment for early bladder cancer, and researchers have studied whether it gives broader 'trained immunity' against other infections."),
    (0, "microbiology", "en", W + "Manchurian_plague",
     "The Manchurian plague of 1910-1911 was an epidemic of pneumonic plague in north-east China that killed some 60,000 people, spreading along the new railways among migrant workers and trappers of marmots, whose fur was in demand. The Qing government put the Malayan-born, Cambridge-trained physician Wu Lien-teh in charge of the response. He carried out autopsies that showed the disease was spread through the air from person to person, insisted that medical staff wear gauze masks, and introduced quarantine, travel restrictions and the mass cremation of frozen corpses in Harbin, which was controversial but helped end the outbreak. An international plague conference held in Mukden in 1911 was one of the first of its kind, and the epidemic is seen as a turning point in the development of modern public health in China and in the use of face masks."),
    (0, "vaccine", "en", W + "Measles_vaccine",
     "The measles vaccine is a highly effective live attenuated vaccine, first licensed in the United States in 1963 after work by John Enders and colleagues. Usually given in two doses, often combined with mumps and rubella vaccines as MMR, it has prevented tens of millions of deaths worldwide, although falling vaccination rates have led to renewed outbreaks in many countries."),
    (0, "vaccine", "en", W + "Pneumococcal_vaccine",
     "Pneumococcal vaccines protect against Streptococcus pneumoniae, a bacterium that causes pneumonia, meningitis and bloodstream infections, especially in young children and older adults. There are two main kinds: polysaccharide vaccines, used mainly for adults, and conjugate vaccines, in which the sugar coat of the bacterium is linked to a protein so that infants' immune systems respond well. Conjugate vaccines introduced in the 2000s sharply reduced invasive disease in children and, by cutting transmission, also in unvaccinated adults, and newer versions cover more of the roughly one hundred serotypes. The pneumococcal Advance Market Commitment, a financing scheme launched in 2009, helped bring conjugate vaccines to low-income countries. Vaccination of older adults is recommended in many countries, and research continues on vaccines that would protect against all serotypes by targeting proteins common to the bacterium."),
    (0, "vaccine", "en", W + "Vaccine_Adverse_Event_Reporting_System",
     "The Vaccine Adverse Event Reporting System (VAERS) is a United States programme, run jointly since 1990 by the Centers for Disease Control and Prevention and the Food and Drug Administration, that collects reports of health problems occurring after vaccination. Anyone can submit a report, which makes it useful for spotting unexpected safety signals but also means reports do not show that a vaccine caused a problem, a limitation often ignored when its data are quoted in debates about vaccine safety."),
    (0, "microbiology", "en", W + "Agar_plate",
     "An agar plate is a Petri dish containing a gel of agar, a jelly extracted from seaweed, mixed with nutrients, used in laboratories to grow bacteria and fungi as separate colonies that can be counted, identified and tested for antibiotic sensitivity. Agar was introduced into microbiology in Robert Koch's laboratory in the 1880s at the suggestion of Fanny Hesse, who used it in cooking."),
    (0, "medicine", "en", W + "1925_serum_run_to_Nome",
     "The 1925 serum run to Nome, also called the Great Race of Mercy, was a relay of dog sled teams that carried diphtheria antitoxin about 1,000 kilometres across Alaska in five and a half days in the depths of winter, to stop an outbreak in the isolated town of Nome. Twenty mushers and about 150 dogs took part, in temperatures far below freezing. The final leg was run by Gunnar Kaasen with the lead dog Balto, who became a celebrity and was honoured with a statue in New York's Central Park, although many consider that another dog, Togo, and his musher Leonhard Seppala covered the longest and most dangerous stretch. The run is commemorated by the Iditarod sled dog race and has been retold in several films."),
    (0, "microbiology", "en", W + "Typhoid_Mary",
     "Mary Mallon, known as Typhoid Mary, was an Irish-born cook in New York who was the first person in the United States identified as a healthy carrier of typhoid fever. Investigators in 1907 traced outbreaks in several households where she had worked, but she denied being ill and resisted testing. She was held in isolation on North Brother Island, released on condition that she stop cooking, and was confined again after new outbreaks in 1915, remaining there until her death in 1938. Her case raised lasting questions about individual liberty and public health. Historians have noted that other healthy carriers identified later were not confined so harshly, and that her treatment reflected prejudice against Irish immigrants and working women as well as the medical uncertainty of the time."),
    (0, "medicine", "en", W + "Oral_rehydration_therapy",
     "Oral rehydration therapy is the treatment of dehydration, above all from diarrhoea such as cholera, by drinking a solution of water, salts and sugar, which the gut can absorb even during severe illness. Developed and tested in the 1960s and 1970s, including in refugee camps during the Bangladesh Liberation War, it has saved millions of children's lives and was called one of the most important medical advances of the twentieth century."),
    # ---------------------------------------------------------------- benign: vaccines, epidemics and public health (zh)
    (0, "vaccine", "zh", Z + "山东疫苗事件",
     "山东疫苗事件是2016年曝光的疫苗安全案件。山东济南警方破获一起案件，一对母女在没有资质、缺乏冷链条件的情况下，多年从医药公司和疾控人员处购入疫苗，再加价倒卖到全国二十多个省份，涉案疫苗包括狂犬病、乙肝、流感等多个品种。由于疫苗在储存和运输中没有按规定冷藏，可能失去效力，引起公众对二类疫苗流通管理的强烈担忧。事件发生后，国务院修改了疫苗流通和预防接种管理条例，取消疫苗批发企业经营二类疫苗的环节，要求疫苗从生产企业直接配送到疾控机构，并建立全程追溯制度，多名官员被问责。"),
    (0, "medicine", "zh", Z + "血吸虫病",
     "血吸虫病是由血吸虫寄生在人体血管内引起的寄生虫病，人们在接触含有尾蚴的疫水时经皮肤感染，钉螺是其中间宿主。二十世纪五十年代，中国南方长江流域的血吸虫病流行严重，不少村庄人口锐减，政府发动了大规模的灭螺和治疗运动，此后疫情大为缓解，但在湖沼地区仍需长期防控。"),
    (0, "medicine", "zh", Z + "送瘟神",
     "《送瘟神》是毛泽东在1958年写的两首七言律诗，起因是他读到《人民日报》关于江西余江县基本消灭血吸虫病的报道，“夜不能寐”，写诗抒怀。第一首描写血吸虫病流行时“千村薜荔人遗矢，万户萧疏鬼唱歌”的凄凉景象，第二首歌颂群众改造山河、送走“瘟神”的气魄，诗篇后来被广泛传诵。"),
    (0, "medicine", "zh", Z + "赤脚医生",
     "赤脚医生是二十世纪六七十年代中国农村中没有正式编制、一边劳动一边行医的乡村卫生人员，通常只接受过几个月的短期培训，能够处理常见病、接种疫苗和宣传卫生知识，因为在南方水田里常常赤脚劳动而得名。1968年《红旗》杂志刊登关于上海川沙县江镇公社赤脚医生的调查报告后，这一称呼在全国推广，同时配套推行农村合作医疗制度。到七十年代中期，全国赤脚医生达一百多万人，对改善农村缺医少药状况起了重要作用，世界卫生组织也曾把它作为初级卫生保健的典范。八十年代后，赤脚医生经过考核转为乡村医生。"),
    (0, "medicine", "zh", Z + "张文宏",
     "张文宏是中国感染病学专家，复旦大学附属华山医院感染科主任，担任上海市新冠肺炎医疗救治专家组组长。新冠疫情期间，他以直率通俗的语言解读防疫知识，在网络上广受关注，被称为“张爸”。"),
    (0, "medicine", "zh", Z + "苯中毒",
     "苯中毒是接触苯引起的职业中毒。苯是常用的工业溶剂，曾大量用于制鞋、箱包、油漆和印刷行业的胶粘剂中。急性吸入高浓度苯蒸气会引起头晕、昏迷，长期接触则损害骨髓造血功能，导致再生障碍性贫血和白血病。二十世纪九十年代以来，中国沿海一些制鞋厂曾多次发生工人苯中毒事件，推动了用低毒溶剂替代苯的工作。"),
    (0, "microbiology", "zh", Z + "猴痘",
     "猴痘（世界卫生组织后改称“M痘”）是由猴痘病毒引起的人畜共患病，1958年首次在实验室猴群中发现，1970年在刚果民主共和国发现首例人类病例。症状包括发热、淋巴结肿大和皮疹，多数患者可以自愈。2022年猴痘在全球数十个非流行国家暴发，世界卫生组织宣布其为国际关注的突发公共卫生事件，2024年又因非洲出现新分支的疫情再次宣布。"),
    (0, "medicine", "zh", Z + "艾滋病血液事件",
     "艾滋病血液事件是指二十世纪九十年代中国河南等省份农村因不规范的有偿采血和单采血浆活动导致大量献血农民感染艾滋病病毒的公共卫生事件。当时一些血站在采集血浆后把混合的红细胞回输给献血者，造成病毒在献血人群中广泛传播，一些村庄被称为“艾滋病村”。此后政府关闭了非法血站，推行免费抗病毒治疗和“四免一关怀”政策。"),
    (0, "medicine", "zh", Z + "高耀洁",
     "高耀洁是河南的妇科医生，二十世纪九十年代起自费调查并揭露河南农村因卖血感染艾滋病的情况，印发大量防治宣传材料，救助患病家庭和孤儿，获得多项国际奖项，晚年移居美国，2023年在纽约去世。"),
    (0, "medicine", "zh", W + "Radium-223",
     "镭-223是一种发射α粒子的放射性核素，其氯化物注射剂用于治疗已经扩散到骨骼的去势抵抗性前列腺癌。由于镭的化学性质与钙相似，药物会聚集在骨转移灶中，α粒子射程很短，可以杀伤肿瘤细胞而较少损伤周围组织，临床试验显示能延长患者生存期。"),
    # ---------------------------------------------------------------- benign: general texts with dual-meaning words, sport, conventional military history, disasters (en)
    (0, "general", "en", W + "Gerd_Müller",
     "Gerd Müller was a German footballer, nicknamed 'Der Bomber' for his prolific goalscoring, regarded as one of the greatest strikers of all time. Short and stocky, with quick turns and a low centre of gravity, he scored 365 Bundesliga goals for Bayern Munich, a record that stood for decades, and 68 goals in 62 matches for West Germany. He won the European Championship in 1972 and scored the winning goal in the 1974 World Cup final against the Netherlands in Munich, and with Bayern he won three consecutive European Cups. In 1972 he scored 85 goals in a calendar year for club and country, a record not broken until Lionel Messi in 2012. After his playing career he struggled with alcoholism, was helped back by Bayern, where he worked as a youth coach, and he died in 2021 after years of dementia."),
    (0, "general", "en", W + "Ferenc_Puskás",
     "Ferenc Puskás was a Hungarian footballer famed for his powerful left-footed shot, the captain of the 'Mighty Magyars' team that beat England 6-3 at Wembley in 1953 and reached the 1954 World Cup final. After the 1956 revolution he left Hungary and starred for Real Madrid, scoring four goals in the 1960 European Cup final. FIFA's award for the goal of the year is named after him."),
    (0, "general", "en", W + "Ulf_Timmermann",
     "Ulf Timmermann is a former East German shot putter who won the Olympic gold medal in 1988 in Seoul and in 1985 became the first man to put the shot beyond 23 metres. He also won world indoor titles and continued competing for a unified Germany after 1990."),
    (0, "general", "en", W + "Ryan_Crouser",
     "Ryan Crouser is an American shot putter who won Olympic gold medals in 2016, 2020 and 2024 and several world championships, and who set the world record in 2021, breaking a mark that had stood since 1990. Using a refined rotational technique, he has thrown beyond 23 metres more often than any other athlete, and is widely regarded as the greatest shot putter in history."),
    (0, "general", "en", W + "Valerie_Adams",
     "Valerie Adams is a New Zealand shot putter who won Olympic gold in 2008 and 2012 and four outdoor world championships, dominating women's shot put for more than a decade. Her 2012 gold was awarded after the original winner was disqualified for doping, and she later won bronze in Tokyo after the birth of her two children."),
    (0, "general", "en", W + "Joe_Louis",
     "Joe Louis, nicknamed 'the Brown Bomber', was an American boxer who held the world heavyweight title from 1937 to 1949, defending it 25 times. His first-round knockout of the German Max Schmeling in their 1938 rematch at Yankee Stadium was seen as a victory over Nazi racial propaganda and made him a hero to Black and white Americans alike. During the Second World War he served in the army, boxing in exhibitions for troops and donating purses to military relief funds. Financial problems and tax debts later forced him back into the ring, and he lost comeback fights to Ezzard Charles and Rocky Marciano. He was buried at Arlington National Cemetery. His long reign and his dignity outside the ring made him one of the first African-American national heroes of the twentieth century, and Detroit honoured him with a monument and an arena named after him."),
    (0, "general", "en", W + "Tallboy_(bomb)",
     "The Tallboy was a large British 'earthquake bomb' designed by Barnes Wallis and used by the Royal Air Force from 1944. Streamlined so that it reached a very high speed when dropped from a great height, it penetrated deep into the ground or concrete before exploding. Lancaster bombers of No. 617 Squadron used Tallboys against railway tunnels, V-weapon sites, U-boat pens and, in November 1944, the German battleship Tirpitz, which capsized in a Norwegian fjord."),
    (0, "general", "en", W + "Grand_Slam_(bomb)",
     "The Grand Slam was an enlarged version of the Tallboy earthquake bomb, the heaviest conventional bomb used in the Second World War. Modified Lancasters of No. 617 Squadron dropped it from March 1945, first destroying part of the Bielefeld railway viaduct and later attacking bridges and U-boat shelters."),
    (0, "general", "en", W + "Bouncing_bomb",
     "The bouncing bomb was a cylindrical weapon designed by Barnes Wallis to skip across the surface of water and sink against a dam wall before exploding. It was used in the 'Dambusters' raid of May 1943, when Lancasters of No. 617 Squadron breached the Möhne and Edersee dams in Germany's Ruhr region, flooding valleys and killing some 1,600 people, many of them foreign forced labourers. Wallis's experiments, including skipping marbles across a water tub in his garden, and the raid itself became famous through the 1955 film The Dam Busters and its march. Prototypes recovered from testing grounds in Britain are now displayed in museums. A smaller version intended for use against ships, known as Highball, was tested but never used in action."),
    (0, "general", "en", W + "Twister_(1996_film)",
     "Twister is a 1996 American disaster film directed by Jan de Bont, starring Helen Hunt and Bill Paxton as storm chasers trying to release sensor packages into the path of tornadoes in Oklahoma. Its groundbreaking computer-generated tornadoes made it one of the highest-grossing films of the year, and it inspired a generation of meteorologists; a stand-alone sequel, Twisters, followed in 2024."),
    (0, "general", "en", W + "Dante's_Peak",
     "Dante's Peak is a 1997 American disaster film starring Pierce Brosnan as a volcanologist who warns a small town in the Cascade Range that its dormant volcano is about to erupt. Praised by volcanologists for its relatively realistic portrayal of eruption warning signs, lahars and pyroclastic flows, it competed at the box office with the similar film Volcano released the same year."),
    (0, "general", "en", W + "Typhoon_shelter",
     "A typhoon shelter is a sheltered harbour area, protected by breakwaters, where fishing boats, yachts and small craft can moor safely during tropical cyclones. Hong Kong has more than a dozen, the best known being the Causeway Bay Typhoon Shelter, built in the 1880s after a disastrous typhoon. Boat people once lived in the shelters on their sampans and sold food from small boats, giving rise to 'typhoon shelter' style crab fried with heaps of garlic and chilli, a dish now served in restaurants across the city. Land reclamation has reduced or moved several shelters, and the Hong Kong Observatory's typhoon signals tell boat owners when to seek their protection. Similar shelters exist in other typhoon-prone ports in southern China, Taiwan and Japan."),
    (0, "general", "en", W + "Gelignite",
     "Gelignite, often simply called 'jelly', is a gelatinous commercial explosive based on nitroglycerine, invented by Alfred Nobel in 1875. Safer to handle than dynamite and usable under water, it was widely used in mining, quarrying and civil engineering before being largely replaced by ammonium nitrate-based explosives and emulsions."),
    (0, "general", "en", W + "Blasting_cap",
     "A blasting cap, or detonator, is a small device used to trigger a larger charge of commercial explosive in mining, quarrying, demolition and construction. Early caps were lit by a safety fuse, while modern systems use electric, shock-tube or electronic detonators with precise programmable delays, which allow blast engineers to control rock fragmentation and reduce vibration. Because of their sensitivity, their sale, storage and transport are strictly regulated."),
    (0, "general", "en", W + "Roman_candle_(firework)",
     "A Roman candle is a traditional firework consisting of a tube that ejects a series of burning stars, one after another, with small bursts in between. Popular in backyard displays in many countries, it is also notorious for injuries when held in the hand, and several jurisdictions restrict its sale to the public."),
    (0, "general", "en", W + "Atomium",
     "The Atomium is a landmark building in Brussels, built for the 1958 World's Fair, Expo 58. Designed by the engineer André Waterkeyn and the architects André and Jean Polak, it represents a unit cell of an iron crystal magnified 165 billion times, with nine stainless-steel-clad spheres connected by tubes containing escalators and stairs. Intended to last only six months, it became a symbol of Belgium and of the post-war optimism about science and the peaceful atom, and it was renovated in the 2000s, when its aluminium panels were replaced with stainless steel. Today it houses exhibitions, a restaurant with views over the city and spheres where school groups can stay overnight. The owners have been known for vigorously enforcing copyright on images of the building."),
    (0, "general", "en", W + "Shotgun_house",
     "A shotgun house is a narrow rectangular house, usually one room wide with rooms arranged one behind another and no hallway, common in the American South, especially New Orleans, from the nineteenth century. Popular explanations hold that a shotgun blast fired through the front door would pass straight out of the back, though the origin of the name is uncertain."),
    (0, "general", "en", W + "GBU-57A/B_MOP",
     "The GBU-57A/B Massive Ordnance Penetrator is a very large American precision-guided conventional bomb designed to destroy deeply buried and hardened bunkers and tunnels. Developed from the mid-2000s, it can be carried only by the B-2 stealth bomber, and in June 2025 it was used for the first time in combat, when B-2s struck Iranian nuclear facilities at Fordow and Natanz."),
    (0, "general", "en", W + "Battle_of_Bunker_Hill",
     "The Battle of Bunker Hill was fought on 17 June 1775 during the siege of Boston in the early months of the American Revolutionary War. Although it is named after Bunker Hill, most of the fighting took place on nearby Breed's Hill on the Charlestown peninsula, where colonial militia had built fortifications overnight. British troops under General William Howe made three frontal assaults up the hill; the first two were driven back with heavy losses, and the third captured the position when the defenders ran out of ammunition. The British won the ground but suffered more than a thousand casualties, while the Americans lost the respected leader Joseph Warren. The battle showed that inexperienced militia could stand against regular troops, and the phrase 'Don't fire until you see the whites of their eyes' became part of its legend. The Bunker Hill Monument, a granite obelisk, marks the site."),
    (0, "general", "en", W + "Maurice_Richard",
     "Maurice 'Rocket' Richard was a Canadian ice hockey player for the Montreal Canadiens from 1942 to 1960, the first to score 50 goals in 50 games and 500 career goals. His suspension in 1955 sparked the Richard Riot in Montreal, seen as a moment in the rise of Quebec nationalism, and the NHL's trophy for the top goalscorer bears his name."),
    (0, "general", "en", W + "Ronnie_O'Sullivan",
     "Ronnie O'Sullivan, nicknamed 'the Rocket' for his fast, attacking style, is an English snooker player widely regarded as one of the greatest in the game's history. He has won seven world championships, matching Stephen Hendry's modern record, and holds records for the most ranking titles and maximum breaks, including a 147 made in just over five minutes at the 1997 World Championship. Able to play left-handed as well as right-handed, he has also spoken openly about depression and addiction and has worked as a television pundit and author."),
    (0, "general", "en", W + "Blitzkrieg",
     "Blitzkrieg, German for 'lightning war', is a term for a military strategy of rapid, concentrated attacks by armoured and motorised forces supported by aircraft, intended to break through enemy lines and encircle opponents before they can react. It is associated with Germany's campaigns in Poland in 1939 and France in 1940, although historians debate how far it was a deliberate doctrine rather than a label applied by journalists."),
    (0, "general", "en", W + "The_Chemical_Brothers",
     "The Chemical Brothers are an English electronic music duo, Tom Rowlands and Ed Simons, who met at the University of Manchester and became leaders of the 'big beat' style in the 1990s with albums such as Exit Planet Dust and Dig Your Own Hole. They have won several Grammy Awards and are known for spectacular live shows and inventive music videos."),
    (0, "general", "en", W + "Bombardier_beetle",
     "Bombardier beetles are ground beetles that defend themselves by spraying a hot, noxious chemical mixture from the tip of the abdomen when attacked. The spray is produced in a reaction chamber where stored compounds are mixed with enzymes, reaching around boiling point with an audible pop, and some species can aim it in almost any direction. The beetles have long been studied by biologists and engineers, and creationists have cited them, unsuccessfully, as an example of a structure too complex to have evolved."),
    # ---------------------------------------------------------------- benign: general texts with dual-meaning words, sport, conventional military history, cities (zh)
    (0, "general", "zh", Z + "巩立姣",
     "巩立姣是中国女子铅球运动员，河北人，在2020年东京奥运会上以个人最好成绩夺得金牌，实现了中国田径在女子投掷项目上的重大突破。她此前在2008年和2012年奥运会上获得的成绩因其他选手被查出兴奋剂而递补为奖牌，并两次获得世界田径锦标赛冠军，职业生涯跨越了五届奥运会。"),
    (0, "general", "zh", Z + "李梅素",
     "李梅素是中国女子铅球运动员，1988年在石家庄创造了21米76的亚洲纪录，同年在汉城奥运会上获得铜牌，是中国田径投掷项目早期的代表人物之一。"),
    (0, "general", "zh", Z + "郝海东",
     "郝海东是中国足球运动员，司职前锋，以速度快、射门果断著称，效力大连万达期间多次夺得甲A联赛冠军，是中国国家队的历史最佳射手之一，2002年随队参加了韩日世界杯。退役后他曾在英格兰谢菲尔德联短暂效力，此后因发表政治言论而引发争议。"),
    (0, "general", "zh", Z + "武磊",
     "武磊是中国足球运动员，司职前锋，效力上海上港（后改名上海海港）期间多次获得中超联赛金靴，2018年以单赛季进球纪录帮助球队夺冠。2019年他加盟西班牙人足球俱乐部，在西甲联赛取得进球，成为中国球员旅欧的代表人物，2022年回归上海海港后继续保持高效的进攻表现，并打破了中超单赛季进球纪录。他也是中国国家队的主力射手，在世界杯预选赛中攻入多粒关键进球。他在球场上以灵活的跑位和冷静的射门著称。"),
    (0, "general", "zh", Z + "辽宁舰",
     "辽宁舰是中国人民解放军海军第一艘航空母舰，前身是苏联未完工的“瓦良格”号，1998年由中国购入后拖回大连改造，2012年交付海军。它主要用于训练和试验，搭载歼-15舰载战斗机，培养了中国第一批舰载机飞行员，为后来国产航母的建造积累了经验。"),
    (0, "general", "zh", Z + "唐山大地震_(电影)",
     "《唐山大地震》是冯小刚执导的2010年中国灾难剧情片，改编自张翎的小说《余震》，讲述1976年唐山大地震中一位母亲被迫在埋在废墟下的一对双胞胎中只能救一个，由此造成的家庭创伤，以及三十多年后在2008年汶川地震救援中重逢的故事。影片以真实的灾难场面和亲情描写打动了大量观众，票房创下当时国产电影的纪录，并被部分观众称为“催泪弹”。影片由徐帆、张静初、陈道明等主演，是中国第一部商业IMAX电影。"),
    (0, "general", "zh", Z + "避风塘",
     "避风塘是香港为渔船和小型船只在台风来临时停泊避风而修建的海湾，外围筑有防波堤。铜锣湾避风塘建于十九世纪末，是最著名的一个。过去水上人家在避风塘的艇上生活，经营艇仔粥和炒蟹等小吃，形成了用大量炸蒜和辣椒烹制的“避风塘炒蟹”，如今已成为港式餐厅的招牌菜。随着填海工程的推进，部分避风塘被迁移或缩小。"),
    (0, "general", "zh", Z + "克拉玛依",
     "克拉玛依是新疆维吾尔自治区的地级市，位于准噶尔盆地西北缘，名称在维吾尔语中意为“黑油”，因城北的黑油山天然沥青丘而得名。1955年这里打出了新中国成立后第一口大油井，此后发展成为以石油和石化工业为主的城市。"),
    (0, "general", "zh", Z + "嘉峪关",
     "嘉峪关是明代万里长城西端的重要关隘，位于甘肃省河西走廊中部，始建于明洪武年间，有“天下第一雄关”之称。关城由内城、外城和瓮城组成，地处祁连山和黑山之间的狭窄地带，是古代丝绸之路的必经之地。如今它所在的嘉峪关市是一座以钢铁工业和旅游业为主的城市。"),
    (0, "general", "zh", Z + "攀枝花",
     "攀枝花是四川省西南部的地级市，以当地盛开的攀枝花（木棉）命名，是中国唯一以花命名的城市。二十世纪六十年代，为开发当地丰富的钒钛磁铁矿，国家在这里建设大型钢铁基地，数十万建设者从全国各地汇集到金沙江畔的荒山峡谷中，城市由此兴起。如今攀枝花是重要的钢铁和钒钛产业基地，也以冬季温暖的阳光康养旅游闻名。"),
    (0, "general", "zh", Z + "铅球",
     "铅球是田径运动中的投掷项目，运动员在直径约2.135米的投掷圈内，将铅球从肩上用单手推出，以落地距离决定成绩。推球技术有背向滑步和旋转两种，后者近年来在男子项目中日益流行。男子铅球重7.26千克，女子为4千克。铅球在古代起源于投掷石块的比赛，1896年第一届现代奥运会即设有男子铅球。"),
    (0, "general", "zh", Z + "原子笔",
     "原子笔是台湾、香港等地对圆珠笔的称呼，得名于二战后“原子”一词流行的年代，强调其新颖。圆珠笔笔尖装有一颗能滚动的小钢珠，把油墨均匀涂在纸上，由匈牙利人比罗在二十世纪三十年代发明并在阿根廷推广，五十年代后因价格低廉而普及全球。"),
    (0, "general", "zh", Z + "地道战",
     "地道战是抗日战争期间华北平原的抗日军民利用地下通道打击日军的一种作战方式。河北冀中地区的村庄把各家地窖连接起来，修成可以藏身、转移和伏击的地道网，设置了射击孔、翻板和通风口，防止敌人用水灌和烟熏。保定清苑县的冉庄地道是保存最完整的地道战遗址，1965年拍摄的同名电影使地道战家喻户晓。"),
    (0, "general", "zh", Z + "雷管",
     "雷管是用来引爆炸药的起爆器材，广泛用于矿山开采、隧道掘进和拆除爆破。早期使用导火索点燃的火雷管，后来发展出电雷管、导爆管雷管和可以精确设定延时的数码电子雷管。由于雷管属于民用爆炸物品，中国对其生产、销售、运输和使用实行严格的许可和全程追踪管理，近年来全面推广数码电子雷管以提高安全性。"),
    (0, "general", "zh", Z + "95式自动步枪",
     "95式自动步枪是中国人民解放军二十世纪九十年代装备的无托结构自动步枪，发射国产5.8毫米小口径步枪弹，驻香港部队是最早装备的部队之一。它与同系列的班用机枪和短突击步枪组成枪族，后来出现了改进型95-1式，并逐渐被新一代步枪所取代。"),
    (0, "general", "zh", Z + "东风汽车",
     "东风汽车集团是中国主要的汽车制造企业之一，前身是1969年在湖北十堰山区创建的第二汽车制造厂，当时作为“三线建设”项目专门生产军用和民用卡车，其“东风”牌卡车在全国广泛使用。后来总部迁往武汉，与日产、本田、标致雪铁龙等外国企业合资生产轿车，近年来又发展岚图等新能源汽车品牌，旗下的猛士越野车也为军队提供车辆。"),
    (0, "general", "zh", Z + "长征",
     "长征是1934年至1936年中国工农红军主力从长江南北各苏区向陕甘革命根据地的战略转移。中央红军于1934年10月从江西瑞金等地出发，突破国民党军的多道封锁线，经过湘江战役的惨重损失后，在1935年1月的遵义会议上确立了毛泽东在军事上的领导地位，随后四渡赤水、巧渡金沙江、强渡大渡河、飞夺泸定桥，翻越雪山、穿过草地，于1935年10月到达陕北吴起镇。1936年10月，红军三大主力在甘肃会宁等地会师，长征结束。长征历时两年，行程约两万五千里，出发时的大部分人员没有到达终点。它在中共党史中具有重要地位，中国的运载火箭系列也以“长征”命名。"),
    (0, "general", "zh", Z + "红旗_(汽车)",
     "红旗是中国第一汽车集团旗下的轿车品牌，1958年在长春诞生，曾长期作为国家领导人检阅和接待外宾的礼宾用车，被视为中国民族汽车工业的象征。改革开放后一度衰落，近年来一汽重塑品牌，推出面向私人消费者的豪华轿车和电动汽车。"),
    (0, "general", "zh", Z + "火药",
     "火药是中国古代四大发明之一，指由硝石、硫磺和木炭混合而成的黑火药，最初由炼丹家在炼制丹药时偶然发现。唐代末期开始用于军事，宋代出现了火箭、火球和火枪等火器，后来又用于烟花爆竹。火药经阿拉伯地区传入欧洲，推动了火炮的发展，深刻改变了世界的战争方式。十九世纪后期，无烟火药和更强的烈性炸药逐渐取代黑火药，但黑火药至今仍用于烟花、导火索和古董枪械。宋代的《武经总要》记载了早期的火药配方，是世界上最早的相关文献之一。"),
    (0, "general", "zh", Z + "休斯顿火箭",
     "休斯顿火箭是美国职业篮球联赛（NBA）的一支球队，1967年成立于圣迭戈，1971年迁到休斯顿，队名呼应了当地的航天中心。球队在哈基姆·奥拉朱旺带领下于1994年和1995年连续夺得总冠军。2002年中国球员姚明以状元秀身份加盟火箭，在中国掀起了收看NBA的热潮。"),
]


V21_OVERLAP: frozenset[str] = frozenset({
    W + "Air-raid_shelter",
    W + "Pneumococcal_vaccine",
    W + "W87",
})


def main() -> None:
    write_rows(Path(__file__).with_name(OUTFILE), ROWS, prefix=PREFIX, note=NOTE, exclude=V21_OVERLAP)


if __name__ == "__main__":
    main()
