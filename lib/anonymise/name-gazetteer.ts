import { foldForMatch } from "./text-matching";

/**
 * Common given names of the communities in London and South East children's services, written from
 * general knowledge of each naming tradition (not from any participant list). compromise's own
 * English-language name list is used alongside this one.
 */
const GIVEN_NAMES_BY_ORIGIN: Record<string, string> = {
  yoruba: `Abimbola Abiodun Adebayo Adebola Adedayo Adeola Adesola Adetokunbo Adewale Adunni Ayodele Ayodeji Ayomide
    Babajide Babatunde Biodun Bolaji Bolanle Bukola Busola Damilare Damilola Dayo Ebun Eniola Femi Folake Folasade
    Folashade Funke Funmilayo Funmi Gbenga Ibukun Ifedayo Ifeoluwa Iyabo Jumoke Kayode Kehinde Kemi Kunle Lanre Modupe
    Mojisola Morenike Niyi Olabisi Oladele Olamide Olanrewaju Olawale Olayinka Oluwafemi Oluwakemi Oluwaseun Oluwaseyi
    Oluwatobi Oluwatosin Omolara Omotola Opeyemi Remi Ronke Sade Segun Seun Shola Simisola Sola Taiwo Tayo Temi Temitope
    Tobi Tolani Tolu Tomiwa Tosin Toyin Wale Wunmi Yemi Yetunde Yinka Oyinkansola Titilayo Adeyinka Ayotunde Bisola Dapo`,
  igbo: `Ada Adaeze Adanna Akachi Amaka Amara Amarachi Chiamaka Chidera Chidi Chidimma Chidinma Chigozie Chika Chima
    Chinedu Chinenye Chinonso Chinwe Chioma Chisom Chizoba Chukwudi Chukwuemeka Chukwuma Ebere Ebuka Emeka Ezinne Ifeanyi
    Ifeoma Ifunanya Ijeoma Ikenna Kelechi Kosi Ngozi Nkechi Nkem Nnamdi Nneka Nonso Obiageli Obinna Obioma Ogechi Oluchi
    Onyeka Onyinye Somto Tochukwu Uchenna Uche Ugochi Ugonna Zikora Chibuike Nnenna Adaora Ebele Chinyere Uzoma`,
  westAfricanEnglish: `Blessing Precious Favour Godwin Promise Peace Patience Comfort Gift Mercy Prosper Victory Miracle
    Praise Goodluck Godfrey Emmanuel Ebenezer Esther Gloria Grace Joy Faith`,
  akan: `Abena Adjoa Adwoa Afia Afua Akosua Akua Akwasi Ama Araba Ato Efia Efua Ekow Esi Fiifi Kobina Kofi Kojo Kwabena
    Kwadwo Kwaku Kwame Kwamena Kwasi Kweku Kwesi Maame Naana Nana Serwaa Yaa Yaw Ekua Kukua Abenaa`,
  polish: `Agnieszka Aleksandra Anna Barbara Bartłomiej Bartosz Beata Bożena Danuta Dariusz Dominika Dorota Elżbieta Ewa
    Ewelina Gosia Grażyna Grzegorz Halina Iwona Jacek Jadwiga Jakub Janusz Jarosław Joanna Jolanta Justyna Kamil Karolina
    Kasia Katarzyna Kinga Krystyna Krzysztof Łukasz Maciej Magda Magdalena Małgorzata Marcin Marek Mariusz Marta Mateusz
    Michał Monika Natalia Oliwia Patrycja Paweł Piotr Przemysław Radosław Renata Sławomir Stanisław Sylwia Szymon
    Tadeusz Tomasz Urszula Wanda Weronika Wiesław Wiktoria Wojciech Zbigniew Zofia Zuzanna Żaneta Basia Kuba Ola`,
  irish: `Aisling Aoibhe Aoibheann Aoife Bríd Caoimhe Cathal Ciara Cian Ciarán Clodagh Colm Conor Cormac Dara Darragh
    Declan Deirdre Dermot Dónal Donnchadh Éabha Eimear Enda Eoin Fergal Fiachra Fionn Fionnuala Gráinne Liam Máire
    Mairéad Méabh Niall Niamh Nuala Oisín Orla Pádraig Padraig Pól Ríona Róisín Ronan Ruairí Saoirse Seán Séamus Shane
    Sinéad Siobhán Sorcha Tadhg Tomás Úna Ailbhe Aoibhinn Clíodhna Oran Ciaran Shauna`,
  scottishGaelic: `Ailsa Alasdair Calum Catriona Ciorstaidh Coinneach Dòmhnall Eachann Ealasaid Eilidh Eòghann Fearchar
    Fionnlagh Hamish Iain Iona Isla Ishbel Kirsty Lachlan Màiri Mairead Mhairi Morag Murdo Oighrig Peigi Raonaid
    Ruaraidh Ruairidh Seonag Seonaidh Sìne Tormod Uisdean Mòrag Seumas Sorcha`,
  punjabi: `Amandeep Amrit Amritpal Arjun Baljit Balwinder Charanjit Daljit Gurdeep Gurjit Gurmeet Gurpreet Hardeep
    Harjinder Harjit Harpreet Harvinder Inderjit Jagdeep Jasbir Jaspal Jaspreet Jasvir Jaswinder Jatinder Kamaljit Kiran
    Kuldeep Kulwinder Lakhvir Mandeep Manjit Manpreet Navdeep Navjot Paramjit Pardeep Parminder Rajinder Rajvinder Ranjit
    Rupinder Satnam Simran Simranjit Sukhdeep Sukhjinder Sukhwinder Surinder Tarsem Gurinder Manveer Jasmeet`,
  bengali: `Abdul Afsana Aklima Anwar Ashfaq Ayesha Dilruba Fahmida Farhana Fatema Habib Jahanara Jahid Kamrul Mahfuz
    Mahmuda Mamun Masud Mizanur Momotaz Mostafizur Nasrin Nazma Nusrat Rahima Rashed Rashida Rezaul Rokeya Rubel Ruksana
    Rumana Runa Rupa Sabina Sadia Saiful Shafiq Shahana Shahida Shamima Shapla Sharmin Shirin Shumi Sultana Sumaiya
    Tahmina Tanjila Tanvir Taslima Anisur Mahbub Shahed Foysal Limon Jannat`,
  tamil: `Abirami Anbu Arun Balaji Dinesh Gajan Ganesh Gowri Janani Kajan Kajenthiran Kalaivani Kannan Karthik Kavitha
    Kopika Kumaran Lakshmi Mathivanan Mayuran Meena Murugan Nirmala Nirosha Niruja Prasanna Priya Rajan Ramesh Saranya
    Saravanan Sathees Selvi Senthil Sharmila Sivakumar Sujitha Suresh Tharshan Tharshini Thivya Thusyanthan Vasanthi
    Vijay Yalini Sinthuja Mathuri Kavin Nivetha Sanjeev Thanuja Jeevan Luxshan Keerthana`,
  southAsianGeneral: `Aarav Anil Anjali Asha Bhavna Deepa Dipesh Divya Gita Hema Hetal Hiren Jigna Jyoti Kavita Ketan
    Kishan Meera Minal Mitesh Neha Nilesh Nisha Pooja Pranav Rahul Rajesh Ravi Rekha Sanjay Shreya Sonia Sunita Usha
    Vikram Vinod Rohan Ria Nikhil Sunil Manisha Preeti Alpesh Hina`,
  urdu: `Aamir Abid Adeel Adnan Afzal Ahmed Aisha Ali Amir Amna Anam Arif Arshad Asad Asif Asma Bilal Bushra Faisal Farah
    Farhan Farida Fatima Hamza Haris Humaira Imran Iqra Irfan Javed Kamran Kashif Khadija Mahnoor Maryam Mehwish
    Mohammed Muhammad Nabeel Nadia Naveed Nazia Noor Omar Rabia Raheel Rizwan Rubina Saba Saima Sajid Salman Samina
    Samira Sana Shabana Shahid Shakeel Shazia Sidra Sobia Tahir Tanveer Tariq Usman Uzma Waqar Yasir Yasmin Zahid
    Zainab Zara Zeeshan Zubair Hassan Hussain Ibrahim Khalid Layla Mariam Nour Rania Yousef Huda Ahmad Sameer`,
  somali: `Abdi Abdikarim Abdirahman Abdirizak Abdullahi Abshir Aden Amina Asha Ayaan Ayan Bashir Cabdi Cali Deeqa
    Faadumo Farhiya Fartun Filsan Guled Halima Hamdi Hawa Hibaaq Hodan Hussein Idil Ifrah Ikran Ilhan Ismail Jama
    Khadar Khadra Ladan Liban Mahad Maryan Mohamed Muna Mustafe Najma Nasra Nimco Qamar Roble Sagal Sahra Samatar Shukri
    Sucaad Ubah Warsame Yusuf Zamzam Hamse Sadia Ayanle`,
  turkish: `Ahmet Aslı Ayşe Aylin Barış Berk Burak Büşra Can Cansu Cem Deniz Derya Ebru Ece Elif Emine Emre Esra Fatma
    Gökhan Gül Gülşen Hakan Hande Hasan Hüseyin İbrahim Irmak Kaan Kemal Kübra Mehmet Melek Merve Murat Mustafa Neslihan
    Oğuz Ömer Onur Ozan Özge Seda Selin Serkan Sibel Songül Tolga Tuba Tuğba Umut Volkan Zehra Zeynep Yasemin Sevgi`,
  greek: `Alexandros Anastasia Andreas Androulla Angeliki Antonis Athanasios Christos Chrysanthi Chrystalla
    Constantinos Demetra Demetris Despina Dimitra Dimitris Eleftheria Eleni Evangelia Evi Georgia Georgios Giorgos Ioanna
    Ioannis Katerina Konstantinos Kostas Kyriaki Kyriakos Loukia Marios Myrto Nikolaos Nikos Panagiota Panagiotis
    Panayiotis Paraskevi Petros Sotiris Spyros Stavros Stella Thanos Theodora Theodoros Vasiliki Vasilis Xanthe Yiannis
    Despo Stelios Michalis Christiana`,
  portuguese: `Afonso Ana Beatriz Bruno Camila Carla Carolina Catarina Cristina Diogo Duarte Fernanda Filipa Francisca
    Gabriela Gonçalo Guilherme Helena Inês Joana João Jorge José Larissa Leonor Luana Luís Manuel Margarida Mariana Miguel
    Nuno Paulo Pedro Raquel Ricardo Rita Rodrigo Rui Sara Sofia Thaís Thiago Tiago Vasco Vítor`,
  caribbean: `Andre Beverley Claudette Cleon Clive Courtney Delroy Denise Desmond Devon Donovan Dwayne Errol Everton
    Fitzroy Garfield Hyacinth Icilda Ivelaw Jahmal Jamal Jermaine Kadeem Keisha Kemar Kimani Lascelles Latoya Leroy Lloyd
    Lorna Marcia Marlon Maxine Merlene Nadine Neville Norma Orville Patrice Paulette Pearline Rohan Roxanne Shanice
    Shantelle Sharmaine Shereen Tanisha Tyrone Verona Winston Yvonne Chantelle Tyrese Jerome Delano Sonia Kareem`,
  chinese: `Wei Jun Mei Ling Xiaoming Xiaoyu Yan Ying Hui Jie Lei Hao Xin Jing Fang Min Tao Ping Hong Qing Lin Yifan Zihan
    Yuxuan Haoran Zhiwei Jiayi Xinyi Meiling Ka Yan Wai Siu Kwok Pui Suet Hoi Ching Yee`,
  vietnamese: `Anh Bao Binh Chau Cuong Dung Duc Giang Hai Hanh Hien Hoa Hung Huong Huy Khanh Lan Linh Mai Minh Ngoc Nhung
    Phuong Quang Quynh Thanh Thao Thu Thuy Trang Trinh Tuan Tung Viet Vy Yen Hằng Phương Thúy Hương Ngọc Đức Thảo Thị Văn`,
  eastEuropeanOther: `Andreea Alexandru Ionuț Mihaela Cristian Elena Bogdan Florin Ioana Raluca Rūta Jonas Tomas Agnė
    Lukas Arjola Besnik Blerina Elira Ardit Senait Tesfay Yonas Mehret Selam Tigist Dawit Hiwot Azad Dilan Rojin Shilan
    Olena Oksana Iryna Dmytro Yulia`,
  britishIrishWelsh: `Bethan Ffion Cerys Rhys Gareth Dafydd Ioan Carys Gwen Sian Siân Rhiannon Emyr Gethin Nia Megan
    Ellie Chloe Sophie Jess Becky Katie Gemma Kerry Leanne Stacey Danielle Zoe Lauren Hayley Jade Kayleigh Shannon Naomi
    Joanne Lisa Karen Tracey Nicola Claire Sarah Emma Lucy Charlotte Hannah Amy Rebecca Laura Rachel Helen Louise Kate
    Fiona Alison Jenny Tom Dan Ben Sam Joe Matt Chris Mike Steve Dave Pete Rob Nick Tim Andy Phil Neil Gary Wayne Darren
    Lee Craig Dean Stuart Graham Keith Colin Derek Trevor Nigel Barry Kevin Ian Alan Adrian Simon Martin Paul Mark James
    John David Richard Andrew Peter Michael Stephen Robert Anthony Jonathan Matthew Daniel Thomas William Oliver Harry
    Jack George Charlie Alfie Archie Freddie Theo Noah Leo Oscar Isla Ava Mia Amelia Olivia Poppy Freya Evie Ruby Millie
    Phoebe Maisie Imogen Harriet Rosie Tilly Florence Esme Niamh Orla Siobhan Sinead`,
  // Short forms colleagues call each other by, missing from faker's and compromise's lists ("Des: …", "ask Mags").
  britishShortForms: `Des Gill Mags Viv Kez Babs Bex Nic Shaz Gaz Kev Tez Roz Debs Jacqui Cath Kath Maddy Kaz Caz Tash
    Steph Jaz Sukh Taz Rach Lyds Soph Hols Kels Jojo Fliss Ozzy Olly Dez Bazza Gazza Dom Benji Nige Ianto Huw Bryn Dilys
    Nerys Euan`,
};

/** Common surnames by origin; most English surnames come from compromise's list. */
const SURNAMES_BY_ORIGIN: Record<string, string> = {
  yoruba: `Adebayo Adebisi Adegoke Adekunle Adeleke Adeniyi Adeosun Adewale Adeyemi Adeyinka Afolabi Ajayi Akande
    Akinola Akintola Akinyemi Alabi Aluko Ayodele Babalola Bakare Balogun Bello Fadipe Fagbemi Fashola Ibrahim Odunsi
    Ogunbiyi Ogundipe Ogunlana Ogunleye Okunola Oladipo Olaniyan Olatunji Olayiwola Oluwole Omotoso Onabanjo Oyebanji
    Oyelaran Oyewole Oyinlola Salami Shittu Soyinka`,
  igbo: `Achebe Agu Amadi Anozie Anyanwu Chukwu Ekwueme Eze Ezeani Ezeh Ibe Igwe Iwu Mbah Nnaji Nwachukwu Nwadike
    Nwankwo Nwosu Obi Obiora Ogbonna Okafor Okeke Okonjo Okonkwo Okoro Okoye Onuoha Onyeama Onyekachi Ugwu Uzor`,
  akan: `Acheampong Addo Adjei Agyeman Agyemang Amoah Amponsah Ampofo Annan Ansah Antwi Appiah Asamoah Asante Baffour
    Boateng Bonsu Danquah Darko Donkor Duah Frimpong Gyamfi Kuffour Kyei Mensah Nkrumah Nyarko Ofori Opoku Oppong Osei
    Owusu Quartey Quaye Sarpong Tetteh Twumasi Yeboah`,
  polish: `Nowak Kowalski Kowalska Wiśniewski Wiśniewska Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański
    Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Pawłowski Michalski Nowicki
    Adamczyk Dudek Zając Wieczorek Jabłoński Król Majewski Olszewski Jaworski Wróbel Malinowski Pawlak Witkowski
    Walczak Stępień Górski Rutkowski Michalak Sikora Ostrowski Baran Duda Szewczyk Tomaszewski Pietrzak Marciniak
    Zalewski Jakubowski Jasiński Zawadzki Sadowski Bąk Chmielewski Włodarczyk Borkowski Czarnecki Sawicki Kubiak
    Kucharski Wilk Kalinowski Lis Mazurek Wysocki Kaźmierczak Sobczak Cieślak Głowacki Kołodziej Szulc`,
  irishScottish: `Murphy Kelly Walsh Byrne Ryan Doyle Gallagher Kennedy Lynch Quinn Connolly Daly Dunne Brennan Burke
    Collins Fitzgerald Maguire Nolan Flynn Duffy Boyle Healy Sweeney Kavanagh Moran Brady Casey Foley Fitzpatrick
    Donnelly Regan Flanagan Mullan Kane Cunningham Kenny Sheehan Whelan Cullen Keane Maher Hogan Moloney Buckley
    Breathnach Morrison Robertson Fraser Munro Matheson Nicolson Buchanan Cameron Henderson Ferguson Paterson Sinclair`,
  punjabi: `Singh Kaur Sandhu Sidhu Gill Dhillon Grewal Bains Johal Sahota Dhaliwal Sangha Atwal Bhatti Chahal Randhawa
    Virdi Kang Basra Bassi Bhamra Cheema Dhami Heer Hayer Khaira Nijjar Sohal Toor Uppal Bhogal Sekhon Deol Ghuman
    Purewal Rehal Matharu`,
  bengaliUrdu: `Ahmed Akhtar Alam Begum Bibi Chowdhury Choudhury Hoque Haque Hossain Hussain Khan Khanom Khatun Miah
    Rahman Rahim Uddin Ullah Sarkar Talukdar Karim Kabir Mahmud Mollah Siddique Sikder Bhuiyan Mazumder Anwar Ashraf
    Aslam Awan Baig Bashir Butt Chaudhry Chaudhary Farooq Iqbal Javed Latif Mahmood Malik Mirza Mughal Nawaz Qureshi
    Rashid Raza Sattar Shah Sheikh Siddiqui Zaman Abbasi Rehman Sadiq Yousaf Akram Hanif Saleem Zafar`,
  tamil: `Arumugam Balakrishnan Balasingam Ganeshalingam Jeyakumar Jeyaseelan Kanagaratnam Kandiah Kathirgamanathan
    Krishnan Mahendran Murugesu Nadarajah Ponnambalam Rajaratnam Rajendran Ratnam Selvarajah Sivakumar Sivanesan
    Sriskandarajah Sritharan Subramaniam Thambirajah Thevarajah Thiruchelvam Velupillai Yogarajah Kumar`,
  somali: `Abdi Abdille Abdullahi Aden Barre Cabdi Dahir Duale Egal Elmi Farah Gedi Guled Hassan Hersi Hirsi Ismail Jama
    Jibril Mohamed Mohamud Mohamoud Muse Omar Osman Roble Salad Samatar Warsame Yusuf Axmed Maxamed Xasan`,
  turkish: `Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Koç
    Özkan Şimşek Polat Korkmaz Özer Erdoğan Güneş Akın Aksoy Bulut Keskin Tekin Ünal Turan Kaplan Acar Demirci Yavuz`,
  greek: `Papadopoulos Georgiou Christodoulou Ioannou Constantinou Charalambous Nicolaou Demetriou Antoniou Panayiotou
    Hadjipavlou Hadjimichael Kyriacou Savva Theodorou Pavlou Loizou Andreou Christou Stylianou Economou Petrou Vasiliou
    Papageorgiou Nikolaidis Konstantinidis Dimitriou Alexiou Papadakis Karagiannis`,
  portuguese: `Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes Gonçalves Gomes Lopes
    Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes Soares Vieira Monteiro Cardoso
    Rocha Neves Coelho Cunha Pires Ramos Reis Simões Antunes Matos Fonseca Machado Araújo Barbosa Tavares Lourenço
    Magalhães Conceição Azevedo Freitas Batista`,
  caribbeanBritish: `Campbell Thompson Clarke Reid Morgan Bailey Robinson Samuels Gayle Brissett McKenzie Forbes Powell
    Gooden Barrett Spence Bennett Lindo Dacres Hinds Anglin Wint Nembhard Rowe Daley Ennis Pinnock Scarlett Ferguson`,
  chinese: `Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Zhu Hu Guo Lin Luo Gao Zheng Liang Xie Tang Han Cao
    Deng Feng Zeng Cheng Cai Peng Pan Yuan Yu Dong Ye Jiang Du Lu Shen Wong Chan Cheung Lam Ng Leung Lau Yip Yeung Tsang
    Chow Kwok Fung Tse Mak Poon Chu Choi Lai Chung Kwan`,
  vietnamese: `Nguyễn Nguyen Trần Tran Lê Phạm Pham Hoàng Hoang Huỳnh Huynh Phan Vũ Vu Võ Đặng Dang Bùi Bui Đỗ Hồ Ngô
    Ngo Dương Duong Lý Đinh Dinh Trịnh Trinh Lương Luong Đào Dao`,
};

function toSet(groups: Record<string, string>): Set<string> {
  const names = new Set<string>();
  for (const group of Object.values(groups)) {
    for (const name of group.split(/\s+/u)) if (name) names.add(foldForMatch(name));
  }
  return names;
}

const GIVEN_NAMES = toSet(GIVEN_NAMES_BY_ORIGIN);
const SURNAMES = toSet(SURNAMES_BY_ORIGIN);

export function isGazetteerGivenName(word: string): boolean {
  return GIVEN_NAMES.has(foldForMatch(word));
}

export function isGazetteerSurname(word: string): boolean {
  return SURNAMES.has(foldForMatch(word));
}

const SURNAME_SHAPES: RegExp[] = [
  /^(?:Mc|Mac|Nic|Fitz)\p{Lu}\p{Ll}+/u,
  /^(?:O|D)['’]\p{Lu}\p{Ll}+/u,
  /^(?:Ní|Ó|Ua|Mhic|Nic)$/u,
  /^Hadji/u,
];

const FOLDED_NAME_SHAPES: RegExp[] = [
  // Polish
  /^[a-z]{3,}(?:ski|ska|cki|cka|dzki|dzka|owicz|ewicz|czyk|czak|czuk|niak)$/u,
  // Greek and Greek Cypriot
  /^[a-z]{3,}(?:opoulos|opoulou|poulos|idis|iadis|akis|iou|ou)$/u,
  // Turkish
  /^[a-z]{2,}oglu$/u,
  // Yoruba
  /^(?:ade|ola|olu|oye|ogun|ayo|akin|oba|omo|fola|tunde|bola|yinka|funm|kay|tolu|temi)[a-z]{2,}[aeioun]$/u,
  // Igbo
  /^(?:chi|chu|nwa|nk|ngo|obi|oko|oke|uche|ugo|ike|ife|eze|onye|ony|nn)[a-z]{2,}[aeiou]$/u,
  /^[a-z]{2,}(?:chukwu|nkwo|dike)$/u,
  // Akan day names and surnames
  /^kw[aeiou][a-z]{1,6}$/u,
  // Punjabi given names
  /^[a-z]{2,}(?:preet|jit|jeet|inder|winder|deep|jot|bir|vir)$/u,
  // Tamil
  /^[a-z]{3,}(?:rajah|lingam|ratnam|nathan|haran|tharan|chandran|endran|eswaran|kumar|nesan)$/u,
  // Arabic-derived compound names
  /^(?:abd|abdul|abdel|abdi)[a-z]{2,}$/u,
  /^[a-z]{3,}(?:uddin|ullah)$/u,
];

/** Letters that almost never occur in English words: a capitalised word with one is nearly always a name. */
const NON_ENGLISH_LETTERS =
  /[łśźżńąęćğşıđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹõãçñøåäöüßőűėūįųáíóúàèìòùâêîôûëï]/iu;

/** Whether a word looks like a name from one of the naming traditions above (shape, not lookup). */
export function hasNameShape(word: string): boolean {
  if (SURNAME_SHAPES.some((shape) => shape.test(word))) return true;
  const folded = foldForMatch(word);
  return FOLDED_NAME_SHAPES.some((shape) => shape.test(folded));
}

export function hasNonEnglishLetters(word: string): boolean {
  return NON_ENGLISH_LETTERS.test(word);
}
