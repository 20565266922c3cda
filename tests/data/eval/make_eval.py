# ruff: noqa: E501  (data rows: one text per line reads better than wrapped fragments)
"""Writes cbrn-eval.jsonl: the labelled evaluation set of the sensitive-domain screen.

Every text was written for aisafety as a short paraphrased, encyclopedic summary (topic level only, no
operational detail) of the public article named in ``source``; nothing is copied. Labels: 1 = about weapons
agents, their production or delivery; 0 = benign. ``group`` names the hard-negative family (vaccine,
pesticide, nuclear-power, chemistry-teaching, arms-control, medicine, space) or ``general`` for the general
corpus used for the escalation rate. ``cbrn-holdout.jsonl`` (HOLDOUT) was written after
the lexicon and thresholds were frozen and is never used to tune them. Run ``python tests/data/eval/make_eval.py`` to regenerate the file.
"""

from __future__ import annotations

from pathlib import Path

from evalrows import Row, W, Z, write_rows

ROWS: list[Row] = [
    # label, group, lang, source, text
    # ---------------------------------------------------------------- weapons: chemical
    (1, "weapon-chemical", "en", W + "Sarin",
     "Sarin is an organophosphorus nerve agent first made in Germany in 1938. Several armies produced it "
     "during the Cold War and stockpiled it in artillery shells and rockets as a chemical weapon. The cult Aum "
     "Shinrikyo released sarin on the Tokyo subway in 1995, and the agent was used in chemical attacks in Syria."),
    (1, "weapon-chemical", "en", W + "VX_(nerve_agent)",
     "VX is an extremely toxic nerve agent of the V-series, developed in the United Kingdom in the 1950s. It "
     "was produced and weaponized by the United States and other states, loaded into munitions and spray "
     "tanks. A binary munition design kept two less toxic precursors apart until the weapon was fired."),
    (1, "weapon-chemical", "en", W + "Sulfur_mustard",
     "Sulfur mustard, known as mustard gas, is a blister agent that was used as a chemical weapon in the "
     "First World War, delivered by artillery shell, and later by Iraq against Iran. It causes severe burns "
     "of the skin, eyes and lungs, and armies stockpiled it in large quantities as a warfare agent."),
    (1, "weapon-chemical", "en", W + "Novichok_agent",
     "Novichok agents are a family of nerve agents developed by the Soviet Union under the Foliant programme "
     "in the 1970s and 1980s. They were designed to escape detection and the chemical weapons control regime. "
     "A Novichok agent was used in the 2018 attack on Sergei Skripal in Salisbury."),
    (1, "weapon-chemical", "en", W + "Tabun_(nerve_agent)",
     "Tabun was the first nerve agent discovered, in Germany in 1936, and Nazi Germany mass-produced it at "
     "Dyhernfurth and filled it into artillery shells and aerial bombs, although the weapons were never used "
     "in battle. Iraq later produced tabun and used it against Iranian troops."),
    (1, "weapon-chemical", "en", W + "Lewisite",
     "Lewisite is an arsenic-based blister agent developed in the United States in 1918 as a chemical "
     "weapon. It was produced for war use and stockpiled by several countries, and Japan used lewisite "
     "munitions in China. It acts faster than sulfur mustard and was considered for aerial spray dissemination."),
    (1, "weapon-chemical", "en", W + "Soman",
     "Soman is a G-series nerve agent developed in Germany in 1944. The Soviet Union adopted it and produced "
     "soman weapons in quantity, including thickened variants meant to persist on the battlefield. Like other "
     "nerve agents it causes mass casualties by inhalation of the agent aerosol."),
    (1, "weapon-chemical", "en", W + "Binary_chemical_weapon",
     "A binary chemical weapon stores two precursors in separate compartments of a shell or bomb; they mix "
     "after launch and the toxic agent forms in flight. The United States produced binary sarin artillery "
     "rounds in the 1980s because the munitions were safer to store than unitary chemical munitions."),
    (1, "weapon-chemical", "en", W + "Halabja_chemical_attack",
     "The Halabja chemical attack of March 1988 was a gas attack by Iraqi forces on a Kurdish town. Aircraft "
     "dropped bombs filled with mustard gas and nerve agents such as sarin and tabun, killing thousands of "
     "civilians; it remains the largest chemical weapons attack directed against a civilian population."),
    (1, "weapon-chemical", "zh", Z + "沙林",
     "沙林是一种有机磷神经毒剂，1938年在德国首次合成。冷战期间多国军队生产沙林并将其装填进炮弹和火箭，作为化学武器储存。"
     "1995年奥姆真理教在东京地铁施放沙林毒气，造成大量伤亡。"),
    (1, "weapon-chemical", "zh", Z + "芥子气",
     "芥子气是一种糜烂性毒剂，第一次世界大战中首次作为化学武器使用，通过炮弹施放。侵华日军也曾使用芥子气等化学武器，"
     "战后遗留的化学弹药至今仍在处理。"),
    (1, "weapon-chemical", "zh", Z + "VX",
     "维埃克斯（VX）是毒性极强的V类神经毒剂，二十世纪五十年代在英国研制，后由美国大量生产并武器化，装填于炮弹、"
     "火箭和布洒器中。二元化学武器将两种前体分开装填，发射后混合生成毒剂。"),
    (1, "weapon-chemical", "zh", Z + "塔崩",
     "塔崩是最早被发现的神经毒剂，纳粹德国曾在工厂中大规模生产塔崩并装填航空炸弹和炮弹。两伊战争期间伊拉克军队生产并使用"
     "塔崩袭击伊朗士兵。"),
    (1, "weapon-chemical", "zh", Z + "哈拉布贾化学武器袭击",
     "1988年哈拉布贾化学武器袭击中，伊拉克军队对库尔德城镇投掷装有芥子气和沙林等神经毒剂的炸弹，造成数千平民死亡，"
     "是针对平民规模最大的化学袭击。"),
    # ---------------------------------------------------------------- weapons: biological
    (1, "weapon-biological", "en", W + "Biopreparat",
     "Biopreparat was the Soviet agency that ran a vast covert biological weapons programme. Its laboratories "
     "weaponized anthrax, smallpox and plague, produced agents at industrial scale and studied aerosol "
     "dissemination, in violation of the Biological Weapons Convention."),
    (1, "weapon-biological", "en", W + "Sverdlovsk_anthrax_leak",
     "In 1979 spores of Bacillus anthracis escaped from a military facility in Sverdlovsk that produced "
     "weaponized anthrax for the Soviet biological weapons programme. At least sixty-six people died, and the "
     "Soviet government long blamed contaminated meat."),
    (1, "weapon-biological", "en", W + "Unit_731",
     "Unit 731 was a covert biological warfare unit of the Imperial Japanese Army. It cultured plague, "
     "anthrax and cholera, bred plague-infected fleas and dropped them on Chinese cities in biological "
     "attacks, and carried out lethal experiments on prisoners."),
    (1, "weapon-biological", "en", W + "2001_anthrax_attacks",
     "The 2001 anthrax attacks were a bioterror attack in which letters containing a dry powder of anthrax "
     "spores were mailed to news media and senators in the United States, killing five people. The FBI "
     "concluded that the spores came from a flask at a military biodefense laboratory."),
    (1, "weapon-biological", "en", W + "United_States_biological_weapons_program",
     "The United States ran an offensive biological weapons program from 1943 to 1969. It produced and "
     "stockpiled agents such as Bacillus anthracis, Francisella tularensis and botulinum toxin, developed "
     "cluster bomblets for aerosol dissemination, and tested spray releases before President Nixon ended it."),
    (1, "weapon-biological", "en", W + "Aum_Shinrikyo",
     "Before its sarin attack, the Aum Shinrikyo cult tried to use biological weapons: it attempted to "
     "produce botulinum toxin and anthrax, and sprayed the preparations from trucks and rooftops in Tokyo. The "
     "attacks failed because the strains it cultured were not virulent."),
    (1, "weapon-biological", "en", W + "Ricin",
     "Ricin is a protein toxin from castor beans that several states studied as a biological weapon; the "
     "United States and the United Kingdom tested ricin bomblets during the world wars. Ricin has been used in "
     "assassinations, most famously of Georgi Markov in 1978, and in letter attacks."),
    (1, "weapon-biological", "zh", Z + "731部队",
     "731部队是侵华日军从事细菌战的秘密部队，培养鼠疫、炭疽和霍乱等病原体，繁殖带鼠疫的跳蚤，并在中国城市投放，"
     "实施细菌武器袭击，还进行了大量人体实验。"),
    (1, "weapon-biological", "zh", Z + "生物武器",
     "生物武器是利用病原体或毒素杀伤人员、牲畜和农作物的武器。二十世纪多个国家曾大规模生产炭疽芽孢杆菌、"
     "土拉热弗朗西斯菌和肉毒毒素等生物战剂，并研究气溶胶施放和子母弹布洒。"),
    (1, "weapon-biological", "zh", Z + "生物制剂计划",
     "苏联生物制剂联合体秘密开展进攻性生物武器计划，将炭疽、天花和鼠疫武器化，在工厂中大规模生产战剂，违反了"
     "《禁止生物武器公约》。"),
    (1, "weapon-biological", "zh", Z + "2001年美国炭疽攻击事件",
     "2001年美国炭疽攻击事件中，有人将装有炭疽孢子粉末的信件寄给媒体和参议员，造成五人死亡，是一起生物恐怖袭击。"),
    (1, "weapon-biological", "zh", Z + "蓖麻毒素",
     "蓖麻毒素是从蓖麻籽中提取的毒蛋白，曾被多国作为生物战剂研究，并被用于暗杀和信件袭击，属于《禁止化学武器公约》"
     "附表一化学品。"),
    # ---------------------------------------------------------------- weapons: nuclear
    (1, "weapon-nuclear", "en", W + "Manhattan_Project",
     "The Manhattan Project developed the first nuclear weapons. It built plants to enrich uranium at Oak "
     "Ridge and to produce plutonium at Hanford, and designed a gun-type bomb using highly enriched uranium "
     "and an implosion-type bomb using plutonium, which were dropped on Hiroshima and Nagasaki in 1945."),
    (1, "weapon-nuclear", "en", W + "Nuclear_weapon_design",
     "Nuclear weapon designs fall into pure fission weapons, boosted fission weapons and thermonuclear "
     "weapons. A fission bomb assembles a supercritical mass of fissile material such as weapons-grade "
     "plutonium or highly enriched uranium, either by a gun-type method or by implosion, to release a large "
     "explosive yield."),
    (1, "weapon-nuclear", "en", W + "Pakistan_and_weapons_of_mass_destruction",
     "Pakistan built nuclear weapons from highly enriched uranium produced with gas centrifuges at Kahuta, "
     "using designs obtained by A. Q. Khan, and tested them in 1998. Khan's network later sold centrifuge "
     "technology and bomb designs to Iran, Libya and North Korea."),
    (1, "weapon-nuclear", "en", W + "North_Korea_and_weapons_of_mass_destruction",
     "North Korea produced plutonium at its Yongbyon reactor and reprocessing plant, built a uranium "
     "enrichment program, and has carried out six nuclear tests since 2006. Its warheads are meant for "
     "ballistic missiles, and the yield of its 2017 test was estimated at over one hundred kilotons."),
    (1, "weapon-nuclear", "en", W + "Thermonuclear_weapon",
     "A thermonuclear weapon, or hydrogen bomb, uses a fission primary to ignite fusion in a secondary stage "
     "containing lithium-6 deuteride, following the Teller-Ulam design. Such weapons reach yields of megatons; "
     "the largest ever detonated was the Soviet Tsar Bomba in 1961."),
    (1, "weapon-nuclear", "en", W + "Project-706",
     "Project-706 was Pakistan's programme to develop an atomic bomb. Scientists worked on weapon design, "
     "the neutron initiator and high-explosive lenses for an implosion device while the centrifuge plant "
     "enriched uranium to weapons grade."),
    (1, "weapon-nuclear", "zh", Z + "曼哈顿计划",
     "曼哈顿计划研制了最早的核武器，在橡树岭建设铀浓缩工厂、在汉福德生产钚，设计了使用高浓铀的枪式原子弹和使用钚的"
     "内爆式原子弹，1945年投向广岛和长崎。"),
    (1, "weapon-nuclear", "zh", Z + "核武器设计",
     "核武器设计包括纯裂变武器、助爆裂变武器和热核武器。裂变弹通过枪式或内爆方式使武器级钚或高浓铀达到超临界，"
     "产生巨大的爆炸当量。氢弹利用裂变初级引发次级中的聚变反应。"),
    (1, "weapon-nuclear", "zh", Z + "朝鲜核问题",
     "朝鲜在宁边反应堆和后处理厂生产钚，并建设铀浓缩计划，自2006年以来进行了六次核试验，其核弹头用于装配弹道导弹，"
     "2017年核试验的当量估计超过十万吨级。"),
    (1, "weapon-nuclear", "zh", Z + "氢弹",
     "氢弹又称热核武器，利用原子弹爆炸产生的高温高压引发氘化锂-6等材料的聚变反应，爆炸当量可达百万吨级。"
     "中国于1967年成功进行了首次氢弹试验。"),
    # ---------------------------------------------------------------- weapons: radiological
    (1, "weapon-radiological", "en", W + "Dirty_bomb",
     "A dirty bomb, or radiological dispersal device, combines conventional explosives with radioactive "
     "material such as caesium-137 or cobalt-60 so that the blast spreads contamination. Its main effects "
     "would be panic and costly cleanup rather than mass casualties; terrorists have discussed such weapons."),
    (1, "weapon-radiological", "en", W + "Radiological_warfare",
     "Radiological warfare is the deliberate use of radioactive material to contaminate an area or harm "
     "people without a nuclear explosion. Radiological weapons were studied by the United States and the "
     "Soviet Union, and a radiation exposure device hides a strong source where people pass."),
    (1, "weapon-radiological", "en", W + "Poisoning_of_Alexander_Litvinenko",
     "Alexander Litvinenko died in London in 2006 after being poisoned with polonium-210, a rare radioactive "
     "isotope slipped into his tea; a British inquiry concluded that the attack was an assassination carried "
     "out by agents of the Russian state."),
    (1, "weapon-radiological", "zh", Z + "脏弹",
     "脏弹即放射性散布装置，把常规炸药与铯-137、钴-60等放射性物质结合，爆炸时散布放射性污染，主要造成恐慌和清理负担，"
     "被视为恐怖分子可能使用的武器。"),
    (1, "weapon-radiological", "zh", Z + "放射性武器",
     "放射性武器是利用放射性物质的辐射而非核爆炸杀伤人员、污染地区的武器。冷战期间美苏都曾研究放射性武器，"
     "恐怖分子也可能窃取放射源制造脏弹。"),
    # ---------------------------------------------------------------- weapons: missile
    (1, "weapon-missile", "en", W + "Intercontinental_ballistic_missile",
     "An intercontinental ballistic missile (ICBM) has a range of more than 5,500 km and is designed to "
     "deliver nuclear warheads. Modern ICBMs carry multiple independently targetable reentry vehicles (MIRV), "
     "use solid rocket motors and inertial guidance, and are launched from silos or mobile launchers."),
    (1, "weapon-missile", "en", W + "Scud",
     "The Scud is a series of Soviet short-range ballistic missiles that were widely exported. With a range "
     "of about 300 km and a warhead of roughly one tonne, Scuds were fired in the Iran-Iraq war and the Gulf "
     "War, and served as the basis for North Korean and Iranian missile programs."),
    (1, "weapon-missile", "en", W + "Hwasong-15",
     "The Hwasong-15 is a North Korean intercontinental ballistic missile first test-launched in November "
     "2017 on a lofted trajectory. Analysts estimate it could carry a nuclear warhead to the continental "
     "United States; it is carried on a transporter erector launcher."),
    (1, "weapon-missile", "en", W + "Submarine-launched_ballistic_missile",
     "A submarine-launched ballistic missile (SLBM) is launched from a submarine and gives a state a "
     "survivable nuclear strike force. The Trident II missile carries several MIRV warheads with high "
     "accuracy, and its solid rocket motor stages separate during the boost phase."),
    (1, "weapon-missile", "en", W + "V-2_rocket",
     "The V-2 was the first long-range guided ballistic missile, developed by Nazi Germany and launched "
     "against London and Antwerp in 1944. It carried a warhead of about 1,000 kg, used a liquid propellant "
     "rocket engine with a turbopump, and was guided by gyroscopes."),
    (1, "weapon-missile", "zh", Z + "洲际弹道导弹",
     "洲际弹道导弹射程超过五千五百公里，用于投送核弹头，现代洲际弹道导弹多采用固体火箭发动机和惯性制导，"
     "可携带分导式多弹头，从发射井或发射车发射。"),
    (1, "weapon-missile", "zh", Z + "飞毛腿导弹",
     "飞毛腿导弹是苏联研制的近程弹道导弹，射程约三百公里，弹头约一吨，曾在两伊战争和海湾战争中发射，"
     "并成为多国导弹计划的基础。"),
    (1, "weapon-missile", "zh", Z + "潜射弹道导弹",
     "潜射弹道导弹由潜艇发射，使国家拥有可生存的核打击力量。三叉戟II型导弹可携带多个分导弹头，命中精度高。"),
    # ---------------------------------------------------------------- hard negatives: vaccines
    (0, "vaccine", "en", W + "RVSV-ZEBOV_vaccine",
     "The rVSV-ZEBOV vaccine protects against Ebola virus disease. It uses a vesicular stomatitis virus "
     "engineered to carry an Ebola surface protein, and a ring vaccination trial in Guinea in 2015 showed "
     "high efficacy. It was approved in 2019 and is used in outbreak response."),
    (0, "vaccine", "en", W + "Smallpox_vaccine",
     "The smallpox vaccine, first developed by Edward Jenner in 1796 using cowpox, was the key tool of the "
     "global eradication campaign that ended smallpox in 1980. Modern vaccines based on vaccinia virus are "
     "kept in national stockpiles and are also used against mpox."),
    (0, "vaccine", "en", W + "Anthrax_vaccine_adsorbed",
     "Anthrax vaccines protect people at occupational risk, such as laboratory staff and workers handling "
     "animal hides. The licensed vaccine is made from a cell-free filtrate of an attenuated strain and is "
     "given as a series of injections followed by boosters."),
    (0, "vaccine", "en", W + "Plague_vaccine",
     "Plague vaccines have been developed since the late nineteenth century, when Waldemar Haffkine made a "
     "killed whole-cell vaccine in India. Current research focuses on subunit vaccines based on the F1 and V "
     "antigens of Yersinia pestis, tested in clinical trials."),
    (0, "vaccine", "en", W + "COVID-19_vaccine",
     "COVID-19 vaccines were developed within a year of the pandemic's start using mRNA, viral vector and "
     "inactivated virus platforms. Large clinical trials showed strong protection against severe disease, and "
     "billions of doses were administered worldwide."),
    (0, "vaccine", "zh", Z + "埃博拉疫苗",
     "埃博拉疫苗用于预防埃博拉病毒病。2015年在几内亚开展的环形接种试验显示疫苗保护效果良好，中国也研制了腺病毒载体"
     "埃博拉疫苗，用于疫情应对。"),
    (0, "vaccine", "zh", Z + "天花疫苗",
     "天花疫苗由琴纳于1796年利用牛痘发明，全球接种运动使天花在1980年被宣布消灭。现代牛痘苗也用于预防猴痘。"),
    # ---------------------------------------------------------------- hard negatives: pesticides
    (0, "pesticide", "en", W + "Chloropicrin",
     "Chloropicrin is used as a soil fumigant before planting strawberries and other crops, controlling "
     "fungi, nematodes and insects. Because it irritates the eyes, applicators must follow label instructions, "
     "wear respirators and observe buffer zones to protect nearby residents from exposure."),
    (0, "pesticide", "en", W + "Organophosphate",
     "Organophosphate insecticides such as malathion and chlorpyrifos inhibit acetylcholinesterase in "
     "insects. Farm workers can be poisoned through skin contact or inhalation, so regulators require "
     "protective clothing, re-entry intervals and safe storage; several products were banned for toxicity."),
    (0, "pesticide", "en", W + "Pesticide_poisoning",
     "Pesticide poisoning is a major public health problem in rural areas. Prevention relies on locked "
     "storage, training, protective equipment and replacing the most hazardous products; treatment of "
     "organophosphate poisoning uses atropine and oximes in hospital."),
    (0, "pesticide", "en", W + "Phosphine",
     "Aluminium phosphide tablets release phosphine gas and are used to fumigate stored grain against "
     "insects. Fumigation must be done by licensed operators in sealed structures, with gas monitoring and "
     "ventilation before workers re-enter."),
    (0, "pesticide", "zh", Z + "有机磷农药",
     "有机磷农药如敌敌畏、乐果通过抑制胆碱酯酶杀灭害虫，使用不当会造成人畜中毒。农民施药时应穿戴防护用品，"
     "农药应上锁储存，误服后需及时就医，使用阿托品解毒。"),
    (0, "pesticide", "zh", Z + "氯化苦",
     "氯化苦可用作土壤熏蒸剂，在种植草莓、生姜前杀灭土壤中的病原菌和线虫。熏蒸时需覆盖薄膜，施药人员应佩戴防毒面具，"
     "并设置安全隔离区。"),
    # ---------------------------------------------------------------- hard negatives: nuclear power
    (0, "nuclear-power", "en", W + "Nuclear_power_plant",
     "A nuclear power plant uses the heat from fission in a reactor core to make steam that drives turbines. "
     "Most reactors burn low-enriched uranium fuel, are controlled with control rods, and are housed in a "
     "containment building; the spent fuel is cooled in pools and later stored in dry casks."),
    (0, "nuclear-power", "en", W + "Nuclear_fuel_cycle",
     "The nuclear fuel cycle covers mining uranium, milling it into yellowcake, converting it to uranium "
     "hexafluoride, enrichment to a few percent uranium-235, fuel fabrication, use in a reactor, and either "
     "direct disposal or reprocessing of spent fuel to recycle plutonium into MOX fuel."),
    (0, "nuclear-power", "en", W + "Chernobyl_disaster",
     "The Chernobyl disaster of 1986 occurred when a safety test went wrong at reactor number four, causing a "
     "steam explosion and fire that released large amounts of radioactive material such as caesium-137. "
     "Hundreds of thousands of people were evacuated and an exclusion zone remains."),
    (0, "nuclear-power", "en", W + "Pressurized_water_reactor",
     "A pressurized water reactor keeps its primary coolant under high pressure so it does not boil. The "
     "fuel rods contain uranium dioxide pellets, neutrons are moderated by the water, and a steam generator "
     "transfers heat to a secondary loop that drives the turbine."),
    (0, "nuclear-power", "en", W + "ITER",
     "ITER is an international fusion research project in southern France building a tokamak to show that "
     "fusion of deuterium and tritium can produce more energy than it consumes. Superconducting magnets "
     "confine the plasma at temperatures of more than 100 million degrees."),
    (0, "nuclear-power", "zh", Z + "核电站",
     "核电站利用反应堆堆芯中核裂变产生的热量把水变成蒸汽，推动汽轮机发电。压水堆使用低浓铀燃料，用控制棒调节链式反应，"
     "乏燃料先在水池中冷却再进行贮存或后处理。"),
    (0, "nuclear-power", "zh", Z + "大亚湾核电站",
     "大亚湾核电站位于广东深圳，是中国大陆第一座大型商用核电站，1994年投入运行，所发电力供应广东和香港。"),
    # ---------------------------------------------------------------- hard negatives: chemistry teaching
    (0, "chemistry-teaching", "en", W + "Thionyl_chloride",
     "Thionyl chloride is a reagent used in organic chemistry courses to convert carboxylic acids into acyl "
     "chlorides. Students learn that the reaction releases sulfur dioxide and hydrogen chloride, so it is "
     "carried out in a fume hood; it is also used in lithium batteries."),
    (0, "chemistry-teaching", "en", W + "Phosphorus_trichloride",
     "Phosphorus trichloride is an important industrial chemical used to make phosphites, herbicides such as "
     "glyphosate, and flame retardants. In teaching laboratories it illustrates the chemistry of phosphorus "
     "halides, which react violently with water."),
    (0, "chemistry-teaching", "en", W + "Organic_synthesis",
     "Organic synthesis is the construction of organic molecules through chemical reactions. Undergraduate "
     "courses teach retrosynthetic analysis, protecting groups and purification by distillation and "
     "chromatography, using examples such as the synthesis of aspirin and paracetamol."),
    (0, "chemistry-teaching", "en", W + "Hydrogen_cyanide",
     "Hydrogen cyanide is produced industrially on a large scale as a feedstock for nylon and acrylic plastics "
     "and for gold mining. Chemistry textbooks describe it as a weak acid and a classic example of a highly "
     "toxic small molecule that must be handled with strict safety controls."),
    (0, "chemistry-teaching", "en", W + "Triethanolamine",
     "Triethanolamine is used in cosmetics, detergents and cement grinding aids as an emulsifier and pH "
     "adjuster. It is a common example in teaching of a tertiary amine and an alcohol in one molecule."),
    (0, "chemistry-teaching", "zh", Z + "亚硫酰氯",
     "亚硫酰氯是有机化学实验中常用的试剂，可把羧酸转化为酰氯，反应放出二氧化硫和氯化氢，需要在通风橱中操作，"
     "也用于锂电池。"),
    (0, "chemistry-teaching", "zh", Z + "有机合成",
     "有机合成课程讲授逆合成分析、保护基和重结晶、蒸馏等纯化方法，常以阿司匹林的合成为例，培养学生的实验技能。"),
    # ---------------------------------------------------------------- hard negatives: arms control
    (0, "arms-control", "en", W + "Chemical_Weapons_Convention",
     "The Chemical Weapons Convention is an arms control treaty that entered into force in 1997 and is "
     "administered by the OPCW in The Hague. Member states declare and destroy their stockpiles under "
     "international verification, and by 2023 all declared chemical weapons had been destroyed."),
    (0, "arms-control", "en", W + "Treaty_on_the_Non-Proliferation_of_Nuclear_Weapons",
     "The Treaty on the Non-Proliferation of Nuclear Weapons, opened for signature in 1968, aims to prevent "
     "the spread of nuclear weapons, promote disarmament and support peaceful nuclear energy. The IAEA applies "
     "safeguards, and review conferences are held every five years."),
    (0, "arms-control", "en", W + "Biological_Weapons_Convention",
     "The Biological Weapons Convention of 1972 was the first multilateral treaty banning an entire category "
     "of weapons. It lacks a verification body, so states rely on confidence-building measures and review "
     "conferences held in Geneva."),
    (0, "arms-control", "en", W + "Intermediate-Range_Nuclear_Forces_Treaty",
     "The INF Treaty of 1987 between the United States and the Soviet Union eliminated ground-launched "
     "missiles with ranges between 500 and 5,500 km, and was the first agreement to abolish a whole class of "
     "weapons. The United States withdrew in 2019 citing Russian violations."),
    (0, "arms-control", "en", W + "Missile_Technology_Control_Regime",
     "The Missile Technology Control Regime is an informal partnership of states, founded in 1987, that "
     "coordinates national export licensing to limit the spread of unmanned delivery systems. Its "
     "guidelines and annex are implemented through each member's export control law."),
    (0, "arms-control", "en", W + "Organisation_for_the_Prohibition_of_Chemical_Weapons",
     "The OPCW received the Nobel Peace Prize in 2013 for its work to eliminate chemical weapons. Its "
     "inspectors verify the destruction of declared stockpiles and monitor industrial facilities, and its "
     "laboratories analyse samples when the use of toxic chemicals is alleged."),
    (0, "arms-control", "zh", Z + "禁止化学武器公约",
     "《禁止化学武器公约》于1997年生效，由设在海牙的禁止化学武器组织负责实施。缔约国申报并在国际核查下销毁库存化学武器，"
     "中国积极参与公约的谈判和履约。"),
    (0, "arms-control", "zh", Z + "不扩散核武器条约",
     "《不扩散核武器条约》于1968年开放签署，旨在防止核武器扩散、推动核裁军并促进和平利用核能，国际原子能机构负责实施保障监督。"),
    # ---------------------------------------------------------------- hard negatives: medicine, space, industry
    (0, "medicine", "en", W + "Botulinum_toxin",
     "Botulinum toxin is used in medicine in tiny doses to treat muscle spasms, chronic migraine, excessive "
     "sweating and crossed eyes, and in cosmetic treatment of wrinkles. Products such as Botox are injected "
     "by trained clinicians."),
    (0, "medicine", "en", W + "Radiation_therapy",
     "Radiation therapy treats cancer with ionizing radiation, most often from linear accelerators. Older "
     "teletherapy machines used cobalt-60 sources, and brachytherapy places sealed sources such as "
     "iridium-192 inside or next to the tumour."),
    (0, "medicine", "zh", Z + "肉毒杆菌毒素",
     "肉毒杆菌毒素在医学上以极小剂量治疗肌肉痉挛、偏头痛和多汗症，也用于美容除皱，需由专业医生注射。"),
    (0, "space", "en", W + "Long_March_(rocket_family)",
     "The Long March rockets are China's main family of orbital launch vehicles. They have launched "
     "communications satellites, the Chang'e lunar probes and the crewed Shenzhou spacecraft, and newer "
     "models use kerosene and liquid oxygen engines."),
    (0, "space", "zh", Z + "长征五号运载火箭",
     "长征五号是中国的大型运载火箭，使用液氧煤油和液氢液氧发动机，发射了天问一号火星探测器和空间站核心舱。"),
    # ---------------------------------------------------------------- general corpus
    (0, "general", "en", W + "Tea", "Tea is an aromatic drink prepared by pouring hot water over cured leaves of "
     "the tea plant. It originated in southwest China and became the most widely consumed drink after water; "
     "green, black and oolong teas differ in how the leaves are oxidised."),
    (0, "general", "en", W + "Association_football", "Association football is a team sport played between two "
     "teams of eleven players. The World Cup, held every four years, is the most watched sporting event, and "
     "clubs compete in national leagues and continental championships."),
    (0, "general", "en", W + "Photosynthesis", "Photosynthesis is the process by which plants, algae and some "
     "bacteria convert light energy into chemical energy stored in sugars. It releases oxygen and takes place "
     "mainly in chloroplasts, using chlorophyll to capture light."),
    (0, "general", "en", W + "Great_Wall_of_China", "The Great Wall of China is a series of fortifications built "
     "over many centuries to protect Chinese states from raids by nomadic groups. Most of the existing wall "
     "dates from the Ming dynasty, and it is a UNESCO World Heritage Site visited by millions."),
    (0, "general", "en", W + "Python_(programming_language)", "Python is a high-level programming language known "
     "for readable syntax. It supports several paradigms, has a large standard library, and is widely used in "
     "data science, web development and machine learning."),
    (0, "general", "en", W + "Battle_of_Waterloo", "The Battle of Waterloo in 1815 ended Napoleon's rule. An "
     "allied army under Wellington and a Prussian army under Blücher defeated the French, and the battle became "
     "a byword for a final, decisive defeat."),
    (0, "general", "en", W + "Influenza", "Influenza is a contagious respiratory illness caused by influenza "
     "viruses. Seasonal epidemics cause fever, cough and aches, and annual vaccination is recommended; antiviral "
     "drugs can shorten illness when given early."),
    (0, "general", "en", W + "Bread", "Bread is a staple food made from flour and water, usually leavened with "
     "yeast. Fermentation produces carbon dioxide that makes the dough rise, and baking sets the structure of "
     "the loaf."),
    (0, "general", "en", W + "Drone_racing", "Drone racing is a sport in which pilots fly small unmanned aerial "
     "vehicles through a course using first-person-view goggles. Leagues hold televised events, and pilots "
     "build and tune their own quadcopters."),
    (0, "general", "en", W + "World_War_I", "The First World War, fought from 1914 to 1918, involved the major "
     "powers of Europe and their empires. Trench warfare on the Western Front caused enormous casualties, and "
     "the war ended with the armistice of November 1918 and the Treaty of Versailles."),
    (0, "general", "en", W + "Solar_power", "Solar power converts sunlight into electricity with photovoltaic "
     "panels or concentrated solar plants. Costs have fallen sharply, and solar farms and rooftop panels now "
     "supply a growing share of electricity in many countries."),
    (0, "general", "en", W + "Mount_Everest", "Mount Everest, on the border of Nepal and China, is the highest "
     "mountain above sea level. Climbers attempt it each spring, facing altitude sickness, weather and "
     "crowding; the first confirmed ascent was in 1953."),
    (0, "general", "en", W + "Cholera", "Cholera is an infection of the small intestine spread through "
     "contaminated water. Oral rehydration treats most cases, and clean water and sanitation prevent "
     "outbreaks; oral vaccines are used in emergencies."),
    (0, "general", "en", W + "Fireworks", "Fireworks are explosive pyrotechnic devices used for celebrations. "
     "They were invented in China, and their colours come from metal salts; regulations limit sales and "
     "require safe distances at public displays."),
    (0, "general", "en", W + "Police", "Police forces enforce the law, prevent crime and keep public order. "
     "Officers respond to emergencies, investigate attacks and thefts, and work with communities; many "
     "countries also have specialised units for terrorism."),
    (0, "general", "zh", Z + "茶", "茶是用茶树叶子加工制成的饮品，起源于中国西南地区，是世界上饮用最广泛的饮料之一，"
     "绿茶、红茶和乌龙茶的区别在于发酵程度。"),
    (0, "general", "zh", Z + "长城", "长城是中国古代修筑的军事防御工程，现存长城大多建于明代，是世界文化遗产，"
     "每年吸引大量游客。"),
    (0, "general", "zh", Z + "春节", "春节是中国最重要的传统节日，人们在除夕吃团圆饭、贴春联、放鞭炮，并在春节期间"
     "走亲访友、发红包。"),
    (0, "general", "zh", Z + "熊猫", "大熊猫是中国特有的珍稀动物，主要生活在四川、陕西和甘肃的山区，以竹子为食，"
     "被视为中国的国宝。"),
    (0, "general", "zh", Z + "高速铁路", "中国高速铁路网络是世界上规模最大的高铁网络，复兴号列车时速可达三百五十公里，"
     "极大缩短了城市之间的旅行时间。"),
    (0, "general", "zh", Z + "足球", "足球是世界上最受欢迎的运动之一，每队十一人，世界杯每四年举办一次，中国足球超级"
     "联赛是国内最高水平的职业联赛。"),
    (0, "general", "zh", Z + "光合作用", "光合作用是植物利用光能把二氧化碳和水转化为有机物并释放氧气的过程，主要在叶绿体中进行。"),
    (0, "general", "zh", Z + "抗日战争", "抗日战争是中国人民抵抗日本侵略的战争，全面抗战从1937年开始，1945年日本投降，"
     "战争造成了巨大的人员伤亡。"),
    (0, "general", "zh", Z + "人工智能", "人工智能是研究使计算机模拟人类智能的学科，包括机器学习、自然语言处理和计算机视觉，"
     "已广泛应用于医疗、交通和金融。"),
    (0, "general", "zh", Z + "流行性感冒", "流行性感冒是由流感病毒引起的急性呼吸道传染病，症状包括发热、咳嗽和肌肉酸痛，"
     "每年接种疫苗是有效的预防措施。"),
    (0, "general", "zh", Z + "烟花", "烟花起源于中国，利用火药燃烧和金属盐产生绚丽的颜色，燃放烟花需要遵守安全规定，"
     "许多城市在节日举办烟花表演。"),
    (0, "general", "zh", Z + "无人机", "民用无人机广泛用于航拍、农业植保和物流配送，操作者需要遵守空域管理规定，"
     "消费级无人机市场发展迅速。"),
    (0, "general", "zh", Z + "西湖", "西湖位于浙江杭州，以秀丽的湖光山色和众多名胜古迹闻名，2011年被列入世界遗产名录。"),
    (0, "general", "zh", Z + "围棋", "围棋起源于中国，是一种两人对弈的策略棋类游戏，2016年人工智能程序阿尔法围棋击败了"
     "职业棋手。"),
    (0, "general", "zh", Z + "火锅", "火锅是中国传统饮食方式，将食材放入沸腾的汤锅中涮煮，重庆火锅以麻辣著称。"),
]


# Written after the lexicon weights and thresholds were frozen and never used to tune them: an honest check.
HOLDOUT: list[Row] = [
    (1, "weapon-chemical", "en", W + "Cyclosarin",
     "Cyclosarin is a G-series nerve agent related to sarin. Iraq produced it during the 1980s, mixing it "
     "with sarin in its chemical weapons, because it persists longer in the environment."),
    (1, "weapon-chemical", "en", W + "Chemical_weapons_in_World_War_I",
     "During the First World War chlorine, phosgene and mustard gas were released from cylinders and fired "
     "in shells; the German attack at Ypres in 1915 opened large-scale chemical warfare and caused tens of "
     "thousands of casualties."),
    (1, "weapon-chemical", "zh", Z + "梭曼",
     "梭曼是一种神经毒剂，1944年在德国研制，苏联战后大量生产并装填弹药，其毒性强于沙林。"),
    (1, "weapon-biological", "en", W + "Biological_warfare",
     "Biological warfare uses pathogens or toxins as weapons. In the twentieth century several states ran "
     "offensive programmes that mass-produced agents such as anthrax and tularemia and designed munitions "
     "to disseminate them as aerosols over wide areas."),
    (1, "weapon-biological", "zh", Z + "细菌战",
     "细菌战是利用细菌、病毒等病原体杀伤敌方人员的作战方式，日军曾在浙江、湖南等地投放鼠疫和炭疽等病原体。"),
    (1, "weapon-biological", "en", W + "Vozrozhdeniya",
     "Vozrozhdeniya Island in the Aral Sea was the Soviet open-air test site for biological weapons, where "
     "aerosolized anthrax, plague and other agents were released against animals; buried anthrax spores "
     "were later found there."),
    (1, "weapon-nuclear", "en", W + "Little_Boy",
     "Little Boy was the atomic bomb dropped on Hiroshima in August 1945. It was a gun-type fission weapon "
     "that fired one mass of highly enriched uranium into another, with a yield of about fifteen kilotons."),
    (1, "weapon-nuclear", "zh", Z + "两弹一星",
     "中国于1964年成功爆炸第一颗原子弹，1967年爆炸第一颗氢弹，并研制导弹核武器，形成了核威慑力量。"),
    (1, "weapon-radiological", "en", W + "Goiânia_accident",
     "After the Goiânia incident, in which an abandoned caesium-137 radiotherapy source was broken open, "
     "security analysts cited it when warning that terrorists could use stolen sources in a dirty bomb."),
    (1, "weapon-missile", "en", W + "Minuteman_III",
     "The Minuteman III is a United States intercontinental ballistic missile deployed in silos since 1970. "
     "It uses three solid rocket motor stages and inertial guidance and carries nuclear warheads in reentry "
     "vehicles."),
    (1, "weapon-missile", "zh", Z + "东风-41洲际弹道导弹",
     "东风-41是中国的洲际弹道导弹，采用固体火箭发动机，可由公路机动发射车发射，能够携带多个分导式核弹头。"),
    (1, "weapon-missile", "en", W + "Tomahawk_(missile)",
     "The Tomahawk is a long-range subsonic cruise missile launched from ships and submarines. It has been "
     "used in strikes since the Gulf War, and a nuclear-armed version was deployed during the Cold War."),
    (0, "vaccine", "en", W + "Tularemia_vaccine",
     "A live attenuated tularemia vaccine has been used to protect laboratory workers, and newer candidate "
     "vaccines are being tested in clinical trials for safety and immune response."),
    (0, "pesticide", "en", W + "Aluminium_phosphide",
     "Aluminium phosphide is a fumigant used to protect stored grain; poisoning cases led many countries to "
     "restrict sales, require trained applicators and improve labelling."),
    (0, "nuclear-power", "en", W + "Spent_nuclear_fuel",
     "Spent nuclear fuel is highly radioactive and is cooled in pools before dry cask storage. France "
     "reprocesses much of its spent fuel at La Hague to recover uranium and plutonium for new fuel."),
    (0, "nuclear-power", "zh", Z + "秦山核电站",
     "秦山核电站位于浙江海盐，是中国大陆第一座自行设计建造的核电站，1991年并网发电，使用压水堆技术。"),
    (0, "chemistry-teaching", "en", W + "Phosgene",
     "Phosgene is an important industrial reagent used to make polycarbonates and polyurethanes; chemistry "
     "courses discuss it as an example of a hazardous intermediate handled in closed systems."),
    (0, "arms-control", "en", W + "Comprehensive_Nuclear-Test-Ban_Treaty",
     "The Comprehensive Nuclear-Test-Ban Treaty of 1996 bans all nuclear explosions. Its international "
     "monitoring system of seismic, radionuclide and infrasound stations detects tests, although the treaty "
     "has not entered into force."),
    (0, "arms-control", "zh", Z + "禁止生物武器公约",
     "《禁止生物武器公约》于1975年生效，禁止发展、生产和储存生物武器，缔约国定期举行审议大会，中国于1984年加入。"),
    (0, "medicine", "en", W + "Tetrodotoxin",
     "Tetrodotoxin from pufferfish blocks sodium channels; it causes poisoning when fugu is badly prepared "
     "and is being studied as a painkiller for cancer patients."),
    (0, "general", "en", W + "Coffee",
     "Coffee is brewed from roasted beans of the Coffea plant. It spread from Ethiopia and Yemen to the "
     "world, and espresso, filter and instant coffee are common forms."),
    (0, "general", "en", W + "Marathon",
     "The marathon is a long-distance running race of 42.195 km. Major city marathons attract tens of "
     "thousands of runners, and the event has been part of the Olympics since 1896."),
    (0, "general", "en", W + "Cold_War",
     "The Cold War was a period of geopolitical rivalry between the United States and the Soviet Union from "
     "1947 to 1991, marked by an arms race, proxy wars and the space race."),
    (0, "general", "zh", Z + "京剧", "京剧是中国的国粹之一，融合唱、念、做、打等表演形式，脸谱和服饰色彩鲜明。"),
    (0, "general", "zh", Z + "航空母舰", "航空母舰是以舰载机为主要武器的大型水面舰艇，辽宁舰是中国第一艘航空母舰。"),
    (0, "general", "zh", Z + "电动汽车", "电动汽车以电池为动力，近年来中国电动汽车产销量快速增长，充电设施不断完善。"),
]


def main() -> None:
    for name, prefix, rows in (("cbrn-eval.jsonl", "e", ROWS), ("cbrn-holdout.jsonl", "h", HOLDOUT)):
        write_rows(Path(__file__).with_name(name), rows, prefix=prefix,
                   note="paraphrased summary written for aisafety")


if __name__ == "__main__":
    main()
