#!/usr/bin/env python3
"""Generate the two layout test documents of the corpus (text + PDF from one source).

    pip install reportlab        # 4.x or 5.x (tested with 5.1)
    apt-get install fonts-dejavu-core fonts-dejavu-extra   # DejaVu Sans, Sans Condensed
    python3 Corpus/tools/make-layout-pdfs.py [--check]

Produces, for each document below, in its folder under Corpus/:
  <folder>.txt  the logical text as a reader reads it (no running header/footer, no page
                numbers, no line-break hyphenation; tables one row per line, cells separated
                by two spaces);
  <folder>.pdf  an A4 rendering with the layout features the document is meant to test.

Both are written from the same block list, so they cannot drift apart. The two documents are
fictional conventions written for the corpus (they copy no real document):

  100-commune-association-header-footer : running header and "Page n/N" footer on every page,
      justified text with deliberate soft-hyphen breaks at line ends (``^`` in the source marks
      a syllable break the renderer may use) and compound names (Saint-Aubin-sur-Loire,
      Centre-Val de Loire, porte-parole) that may be split at their own hyphen;
  101-departement-centre-social-two-columns : the page holding TITRES I and II set in two
      columns, a table of amounts, a footer "Page n sur N" on every page.

Layout choices that keep poppler's default (non -layout) reading order right, found by testing
pdftotext 22.12: on a two-column page the footer is left-aligned (a page number centred in the
gutter, or any block below the shorter column on the other side, widens the blocks across the
gutter and poppler then interleaves the columns) and paragraphs have no extra spacing (spaced,
justified blocks get paired across the columns by poppler's table detector); in the table the
amounts are left-aligned, so that poppler's table detector takes the label column in too and
reads each row in order.

--check prints the line-end hyphens and the page count found by pdftotext in each PDF.
"""
import io
import os
import re
import subprocess
import sys
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle)

rl_config.invariant = 1   # no timestamp nor random id: the same script gives the same bytes

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
pdfmetrics.registerFont(TTFont("DejaVu", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DejaVu-Oblique", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf")))
pdfmetrics.registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVu-Bold",
                              italic="DejaVu-Oblique", boldItalic="DejaVu-Bold")
pdfmetrics.registerFont(TTFont("DejaVuCond", os.path.join(FONT_DIR, "DejaVuSansCondensed.ttf")))
pdfmetrics.registerFont(TTFont("DejaVuCond-Bold",
                               os.path.join(FONT_DIR, "DejaVuSansCondensed-Bold.ttf")))

SHY = "\u00ad"

# Syllable breaks used in the PDF for frequent long words (French hyphenation rules), on top of
# the "^" marks written in the blocks. Only p/li blocks are hyphenated; the .txt never is.
SYLLABLES = """
ac^com^pa^gne^ment ac^com^pa^gner ac^com^pa^gne ad^mi^nis^tra^tion ad^mi^nis^tra^tions
as^so^cia^tion As^so^cia^tion as^so^cia^tions as^so^cia^tif bé^né^fi^ciaire bé^né^fi^ciaires
col^lec^ti^vi^tés com^mu^ni^quer com^po^si^tion comp^ta^bi^li^té con^for^mé^ment
con^ven^tion con^vo^ca^tion dé^par^te^ment Dé^par^te^ment dé^par^te^men^tal
dé^par^te^men^tale dé^par^te^men^taux dis^po^si^tion dis^po^si^tifs dis^po^si^tif
dis^tinc^te^ment do^mi^ci^lia^tion ef^fec^ti^ve^ment em^ployeurs éva^lua^tion exé^cu^tion
fi^nan^cière fi^nan^cier im^por^tante in^dem^ni^té in^di^ca^teurs in^di^vi^dua^li^sé
in^for^ma^tion in^for^ma^tions ins^truc^tion in^ter^pré^ta^tion in^ter^ven^tion
in^ter^ven^tions ma^ni^fes^ta^tions mo^di^fi^ca^tion né^ces^saires or^ga^nis^me
or^ga^nis^mes orien^ta^tion orien^ta^tions par^ti^ci^pa^tion pa^tri^moine per^son^nelles
pré^fec^ture pré^sen^tée pré^sen^tées pré^vi^sion^nel pro^fes^sion^nel pro^fes^sion^nelle
pro^gramme ré^cep^tion ré^gle^men^ta^tion re^pré^sen^tant re^pré^sen^tée re^pré^sen^té
re^ver^se^ment réa^li^sa^tion ré^si^lia^tion ré^si^lier so^li^da^ri^té ter^ri^to^riales
ter^ri^toire trans^met^tre va^lo^ri^sa^tion vo^lon^ta^riste vul^né^rables
pers^pec^tives con^clu^sions pro^por^tion in^ter^mé^diaire ré^par^ti^tion
se^mes^triel^le^ment dé^taillé ac^cor^dées ins^truites sys^tème
""".split()
_SYL = {w.replace("^", ""): w for w in SYLLABLES}
_WORD = re.compile(r"\w+")


def hyphenate(text):
    return _WORD.sub(lambda m: _SYL.get(m.group(0), m.group(0)), text)


# Block kinds:
#   ("title", text) ("subtitle", text)   centred title lines
#   ("p", text)       justified paragraph          ("pc", text) centred short line
#   ("h", text)       article / titre heading      ("h2", text) section heading
#   ("li", text)      list item (marker included in the text: "1°", "–", "•")
#   ("table", rows, colWidthsCm, headerRows)        ("sig", rows) signature block (table)
#   ("cols", 1|2)     page break; the next pages are set in one or two columns (layout only)
#   ("space", points)                              layout only
# A "^" inside a word of a p/li block marks a syllable where the line may be broken with a
# hyphen; it is removed from the .txt.

DOC_A = [
    ("title", "CONVENTION PLURIANNUELLE D’OBJECTIFS"),
    ("subtitle", "entre la Commune de Saint-Aubin-sur-Loire et l’association Les Ateliers du Val"),
    ("space", 10),
    ("p", "ENTRE LES SOUSSIGNÉS :"),
    ("p", "La Commune de Saint-Aubin-sur-Loire, dont le siège est situé Hôtel de Ville, 2 place du "
          "Mail, 41190 Saint-Aubin-sur-Loire, représentée par son maire, Madame Hélène MARCHAIS, "
          "dûment habilitée à cet effet par délibération du conseil municipal du 26 sep^tem^bre 2024,"),
    ("p", "ci-après dénommée « la Commune »,"),
    ("p", "d’une part,"),
    ("p", "ET"),
    ("p", "L’association Les Ateliers du Val, association régie par la loi du 1er juillet 1901 "
          "relative au contrat d’association, déclarée à la préfecture de Loir-et-Cher le 3 mars "
          "2009, dont le siège social est situé 14 rue des Tanneurs, 41190 Saint-Aubin-sur-Loire, "
          "im^ma^tri^cu^lée sous le numéro SIRET 512 348 906 00027, représentée par sa présidente, "
          "Madame Claire DUFRESNE,"),
    ("p", "ci-après dénommée « l’Association »,"),
    ("p", "d’autre part,"),
    ("space", 4),
    ("p", "Vu le code général des collectivités territoriales, et notamment ses articles L. 1611-4 "
          "et L. 2121-29 ;"),
    ("p", "Vu la loi n° 2000-321 du 12 avril 2000 relative aux droits des citoyens dans leurs "
          "relations avec les administrations, et notamment son article 10 ;"),
    ("p", "Vu le décret n° 2001-495 du 6 juin 2001 pris pour l’application de l’article 10 de la "
          "loi n° 2000-321 du 12 avril 2000 et relatif à la transparence financière des aides "
          "octroyées par les personnes publiques ;"),
    ("p", "Vu la délibération du conseil municipal n° 2024-58 du 26 septembre 2024 approuvant la "
          "présente convention ;"),
    ("p", "Vu la demande de subvention présentée par l’Association le 14 mai 2024,"),
    ("p", "Il a été convenu et arrêté ce qui suit :"),
    ("h", "PRÉAMBULE"),
    ("p", "La Commune de Saint-Aubin-sur-Loire conduit, dans le cadre de son projet social de "
          "territoire, une politique active en faveur de l’insertion sociale et pro^fes^sion^nelle "
          "des habitants les plus éloignés de l’emploi. Elle s’appuie pour cela sur le tissu "
          "associatif local et sur les dispositifs soutenus par la région Centre-Val de Loire et "
          "par le département de Loir-et-Cher."),
    ("p", "L’Association porte depuis 2009 un atelier et chantier d’insertion consacré à l’entretien "
          "des espaces naturels des bords de Loire et à la valorisation du patrimoine bâti. Elle "
          "assure l’accueil, l’ac^com^pa^gne^ment socio^pro^fes^sion^nel et la formation de "
          "salariés en parcours d’insertion, dont une part importante réside dans les quartiers "
          "prioritaires de la ville."),
    ("p", "Le programme d’actions présenté par l’Association répond à un intérêt public local. Il "
          "est conçu et mis en œuvre à sa seule initiative ; il ne constitue ni une commande de la "
          "Commune ni la contrepartie d’une prestation de services."),
    ("h", "Article premier – Objet de la convention"),
    ("p", "La présente convention a pour objet de définir les objectifs du programme d’actions "
          "d’intérêt général conduit par l’Association, ainsi que les conditions dans lesquelles la "
          "Commune lui apporte son soutien financier et matériel. Ce programme, intitulé « Chantier "
          "Loire et Patrimoine », comprend :"),
    ("li", "– l’accueil et l’ac^com^pa^gne^ment de douze salariés en contrat à durée déterminée "
           "d’insertion ;"),
    ("li", "– la réalisation de travaux d’entretien des berges, des chemins de halage et du petit "
           "patrimoine communal ;"),
    ("li", "– la mise en relation des salariés avec les employeurs du bassin d’emploi de Blois et "
           "les organismes de formation de la région Centre-Val de Loire."),
    ("h", "ARTICLE 2 : DURÉE DE LA CONVENTION"),
    ("p", "La présente convention est conclue pour une durée de trois (3) ans à compter de sa "
          "notification à l’Association."),
    ("p", "Elle est renouvelable par tacite reconduction pour une durée d’un an, dans la limite de "
          "deux reconductions, sauf dé^non^cia^tion par l’une ou l’autre des parties au moins trois "
          "mois avant son échéance."),
    ("h", "ARTICLE 3 : ENGAGEMENTS DE L’ASSOCIATION"),
    ("p", "L’Association s’oblige à :"),
    ("li", "1° mettre en œuvre le programme d’actions défini à l’article premier et y affecter les "
           "moyens humains et matériels né^ces^saires ;"),
    ("li", "2° assurer l’ac^com^pa^gne^ment socio^pro^fes^sion^nel individualisé de chaque salarié "
           "en insertion, en lien avec le référent de parcours désigné par le service public de "
           "l’emploi ;"),
    ("li", "3° informer la Commune, dans un délai de quinze jours ouvrés, de toute modification de "
           "ses statuts, de la composition de son conseil d’ad^mi^nis^tra^tion ou de la "
           "domiciliation de son compte bancaire ;"),
    ("li", "4° transmettre à la Commune, au plus tard le 30 juin de l’année suivante, le compte "
           "rendu financier de l’action, le rapport d’activité et les comptes annuels approuvés par "
           "son assemblée générale ;"),
    ("li", "5° tenir une comptabilité conforme au règlement comptable applicable aux associations et "
           "faire apparaître distinctement l’utilisation de la sub^ven^tion communale."),
    ("h", "ARTICLE 4 : ENGAGEMENTS DE LA COMMUNE"),
    ("p", "La Commune est tenue de verser à l’Association la subvention prévue à l’article 5, selon "
          "l’échéancier qui y est fixé, sous réserve du respect par l’Association de ses "
          "obligations."),
    ("p", "La Commune met en outre à la disposition de l’Association, à titre gratuit, un local de "
          "stockage situé 6 chemin des Mariniers ainsi qu’un véhicule utilitaire, dans les "
          "conditions fixées par une convention d’occupation distincte. La valeur de cette mise à "
          "disposition, estimée à 4 200 € par an, est valorisée dans les comptes de "
          "l’Association."),
    ("p", "Elle veille à associer l’Association aux travaux du comité local pour l’emploi et aux "
          "manifestations qu’elle organise en faveur de l’emploi des jeunes."),
    ("h", "Art. 5 – Dispositions financières"),
    ("h2", "5.1. Montant de la subvention"),
    ("p", "Pour la mise en œuvre du programme d’actions, la Commune attribue à l’Association une "
          "subvention de douze mille cinq cents euros (12 500 €) par an, soit un montant total de "
          "trente-sept mille cinq cents euros (37 500 €) pour la durée de la convention."),
    ("p", "Le budget prévisionnel annuel de l’action s’élève à 62 500 € ; la participation de la "
          "Commune en représente ainsi 20 %. Le montant de la subvention des deuxième et troisième "
          "années est confirmé chaque année par le conseil municipal, sous réserve de l’inscription "
          "des crédits au budget communal."),
    ("h2", "5.2. Modalités de versement"),
    ("p", "La subvention annuelle est versée en deux fois : une avance de 70 %, soit 8 750 €, au "
          "cours du premier trimestre de l’année considérée, puis le solde de 30 %, soit 3 750 €, "
          "après réception et examen des documents mentionnés au 4° de l’article 3. Les versements "
          "sont effectués par virement sur le compte bancaire de l’Association."),
    ("h2", "5.3. Emploi de la subvention"),
    ("p", "L’Association doit restituer à la Commune, dans un délai de deux mois à compter de la "
          "demande qui lui en est faite, toute somme non utilisée ou utilisée à une fin autre que "
          "celle prévue par la présente convention."),
    ("p", "L’Association s’interdit de reverser tout ou partie de la subvention à un autre "
          "organisme, association, fondation ou entreprise."),
    ("h", "ARTICLE 6\nCONTRÔLE ET ÉVALUATION"),
    ("p", "La Commune peut procéder, à tout moment, à un contrôle sur pièces et sur place de la "
          "réalisation des actions et de l’utilisation de la subvention. L’Association est tenue "
          "de lui communiquer tout document utile à ce contrôle."),
    ("p", "L’évaluation porte sur la conformité des résultats aux objectifs définis à l’article "
          "premier. Elle s’appuie sur les indicateurs suivants :"),
    ("li", "• le nombre de salariés accueillis en parcours d’insertion au cours de l’année ;"),
    ("li", "• le taux de sorties dynamiques vers l’emploi durable, l’emploi de transition ou la "
           "formation qualifiante ;"),
    ("li", "• le nombre d’heures de formation suivies par les salariés en insertion ;"),
    ("li", "• le nombre de chantiers réalisés sur le territoire communal."),
    ("p", "L’objectif de sorties dynamiques est fixé à 60 % des salariés sortis du dispositif."),
    ("h", "ARTICLE 7 : COMITÉ DE SUIVI"),
    ("p", "Un comité de suivi est chargé d’apprécier l’état d’avancement du programme d’actions et "
          "d’en préparer l’évaluation. Il est composé :"),
    ("li", "– du maire ou de son représentant ;"),
    ("li", "– de l’adjoint délégué aux solidarités et à l’emploi ;"),
    ("li", "– de la présidente de l’Association ou de son représentant ;"),
    ("li", "– du directeur de l’Association et de l’encadrant technique du chantier."),
    ("p", "Le comité de suivi se réunit deux fois par an, à l’initiative de la Commune. La Commune "
          "se charge d’en adresser la convocation et l’ordre du jour aux membres au moins huit "
          "jours avant chaque réunion. Chacune des parties peut demander la réunion du comité à "
          "titre exceptionnel."),
    ("h", "ARTICLE 8 : COMMUNICATION"),
    ("p", "L’Association s’engage à faire mention du soutien apporté par la Commune de Saint-Aubin-sur-Loire "
          "sur l’ensemble de ses supports de com^mu^ni^ca^tion relatifs au programme d’actions, "
          "notamment par l’apposition du logo communal."),
    ("p", "L’Association s’interdit de se présenter auprès des médias ou des financeurs comme "
          "porte-parole de la Commune ou de s’exprimer au nom de celle-ci."),
    ("h", "ARTICLE 9 : MODIFICATION"),
    ("p", "Toute modification des conditions ou des modalités d’exécution de la présente convention "
          "fait l’objet d’un avenant. La partie qui sollicite une modification en informe l’autre "
          "partie par écrit au moins un mois avant la date d’effet envisagée."),
    ("h", "ARTICLE 10 : RÉSILIATION"),
    ("p", "Chacune des parties peut résilier la présente convention à l’expiration de chaque année "
          "d’exécution, par lettre recommandée avec accusé de réception moyennant un préavis de "
          "deux mois."),
    ("p", "En cas de non-respect par l’Association de l’une de ses obligations, la Commune peut "
          "résilier de plein droit la présente convention, après mise en demeure restée sans effet "
          "pendant un délai de trente jours. La Commune peut alors exiger le reversement de tout "
          "ou partie des sommes déjà versées."),
    ("p", "La résiliation n’ouvre droit à aucune indemnité au profit de l’une ou l’autre des "
          "parties."),
    ("h", "ARTICLE 11 : RÈGLEMENT DES LITIGES"),
    ("p", "En cas de différend sur l’interprétation ou l’exécution de la présente convention, les "
          "parties s’engagent à rechercher une solution amiable avant toute action con^ten^tieuse. "
          "À défaut d’accord, le litige est porté devant le tribunal administratif d’Orléans."),
    ("space", 8),
    ("p", "Fait à Saint-Aubin-sur-Loire, en deux exemplaires originaux, le"),
    ("sig", [["Pour la Commune de Saint-Aubin-sur-Loire,", "Pour l’association Les Ateliers du Val,"],
             ["Le Maire,", "La Présidente,"],
             ["Hélène MARCHAIS", "Claire DUFRESNE"]]),
]

DOC_B = [
    ("title", "CONVENTION DE COOPÉRATION 2025-2027"),
    ("subtitle", "entre le Département de la Haute-Vienne et la Mission locale des Monts et Vallées "
                 "du Limousin"),
    ("subtitle", "Accompagnement vers l’emploi des jeunes en difficulté d’insertion"),
    ("space", 10),
    ("p", "Entre :"),
    ("p", "Le Département de la Haute-Vienne, dont le siège est situé 11 rue François Chénieux, "
          "87031 Limoges Cedex 1, représenté par le Président du Conseil départemental, Monsieur "
          "Pierre DESCHAMPS, dûment habilité par délibération de la commission permanente du "
          "12 décembre 2024,"),
    ("p", "ci-après désigné « le Département »,"),
    ("p", "d’une part,"),
    ("p", "Et :"),
    ("p", "La Mission locale des Monts et Vallées du Limousin, association régie par la loi du "
          "1er juillet 1901, dont le siège est situé 5 place de la Halle, 87400 "
          "Saint-Léonard-de-Noblat, représentée par son Président, Monsieur Étienne FAUCHER,"),
    ("p", "ci-après désignée « la Mission locale »,"),
    ("p", "d’autre part,"),
    ("space", 4),
    ("p", "Vu le code général des collectivités territoriales ;"),
    ("p", "Vu le code de l’action sociale et des familles, et notamment ses articles L. 263-3 et "
          "L. 263-4 relatifs au fonds d’aide aux jeunes ;"),
    ("p", "Vu le code du travail, et notamment ses articles L. 5314-1 à L. 5314-4 relatifs aux "
          "missions locales pour l’insertion professionnelle et sociale des jeunes ;"),
    ("p", "Vu la délibération n° 2024-117 de la commission permanente du 12 décembre 2024,"),
    ("h", "PRÉAMBULE"),
    ("p", "Le Département de la Haute-Vienne, chef de file de l’action sociale et de l’insertion, "
          "conduit une politique volontariste en direction des jeunes les plus vulnérables, "
          "notamment ceux qui relèvent de l’aide sociale à l’enfance ou qui vivent dans un foyer "
          "bénéficiaire du revenu de solidarité active."),
    ("p", "La Mission locale exerce, sur les cantons ruraux de l’est du département, une mission de "
          "service public d’accueil, d’information, d’orientation et d’ac^com^pa^gne^ment des jeunes "
          "de 16 à 25 ans sortis du système scolaire."),
    ("p", "La précédente convention, conclue pour les années 2022 à 2024, a permis d’accompagner "
          "plus de quatre cents jeunes orientés par les maisons départementales de la solidarité. "
          "Au vu de ce bilan, présenté au comité de pilotage du 7 novembre 2024, le Département et "
          "la Mission locale souhaitent approfondir leur coopération et mieux articuler leurs "
          "interventions avec celles du réseau pour l’emploi."),
    ("p", "La présente convention s’inscrit dans les orientations du programme départemental "
          "d’insertion 2024-2028 et de la stratégie départementale en faveur de la jeunesse. Elle "
          "tient compte de la création du réseau pour l’emploi et de l’inscription des jeunes "
          "accompagnés par la Mission locale auprès de France Travail."),
    ("p", "Les parties conviennent de ce qui suit :"),
    ("cols", 2),
    ("h", "TITRE I – OBJET ET DURÉE DE LA CONVENTION"),
    ("h", "Article 1er – Objet"),
    ("p", "La présente convention a pour objet de définir les modalités de la coopération entre le "
          "Département et la Mission locale pour l’ac^com^pa^gne^ment social et professionnel des "
          "jeunes en difficulté d’insertion, ainsi que le montant et les conditions de versement de "
          "la participation financière du Département."),
    ("h", "Article 2 – Public concerné"),
    ("p", "La présente convention concerne les jeunes âgés de 16 à 25 ans résidant sur le territoire "
          "d’intervention de la Mission locale, et en priorité :"),
    ("li", "– les jeunes bénéficiaires du revenu de solidarité active, ou ayants droit d’un foyer "
           "bénéficiaire ;"),
    ("li", "– les jeunes majeurs sortant du dispositif de l’aide sociale à l’enfance ;"),
    ("li", "– les jeunes sollicitant une aide du Fonds d’aide aux jeunes."),
    ("h", "Article 3 – Durée"),
    ("p", "La présente convention est conclue du 1er janvier 2025 au 31 décembre 2027. Elle ne peut "
          "être reconduite tacitement."),
    ("h", "TITRE II – ENGAGEMENTS DES PARTIES"),
    ("h", "Article 4 – Engagements de la Mission locale"),
    ("h2", "a. Accompagnement des jeunes"),
    ("p", "La Mission locale s’engage à :"),
    ("li", "• assurer l’accueil de tout jeune orienté par les services départementaux dans un délai "
           "maximal de quinze jours suivant la réception de la fiche de liaison ;"),
    ("li", "• désigner pour chaque jeune un conseiller référent unique chargé de construire avec lui "
           "un parcours d’insertion et d’en assurer le suivi ;"),
    ("li", "• mobiliser au bénéfice des jeunes l’ensemble de l’offre de service de droit commun, "
           "notamment le contrat d’engagement jeune et les aides à la mobilité ;"),
    ("li", "• informer sans délai le référent départemental de toute rupture de parcours ou de tout "
           "abandon de l’ac^com^pa^gne^ment."),
    ("h2", "b. Fonds d’aide aux jeunes"),
    ("p", "La Mission locale assure, pour le compte du Département, l’instruction des demandes "
          "d’aide présentées au titre du Fonds d’aide aux jeunes par les jeunes qu’elle "
          "accompagne."),
    ("p", "La Mission locale devra transmettre semestriellement au Département un état détaillé des "
          "aides instruites et accordées, dans le mois qui suit la fin de chaque semestre."),
    ("p", "Elle ne peut en aucun cas accorder une aide d’un montant supérieur à 800 € par jeune et "
          "par an sans l’accord préalable du Département."),
    ("h", "Article 5 – Engagements du Département"),
    ("p", "Le Département s’engage à :"),
    ("li", "– orienter vers la Mission locale, au moyen d’une fiche de liaison, les jeunes relevant "
           "du public défini à l’article 2 ;"),
    ("li", "– désigner, au sein de chaque maison départementale de la solidarité, un référent "
           "chargé du suivi des orientations ;"),
    ("li", "– verser la participation financière prévue au titre III dans les conditions qui y "
           "sont fixées ;"),
    ("li", "– associer la Mission locale à l’élaboration et à l’évaluation du programme "
           "départemental d’insertion."),
    ("p", "Les services du Conseil départemental veillent à transmettre à la Mission locale toute "
          "information utile à l’ac^com^pa^gne^ment des jeunes, dans le respect du secret "
          "professionnel."),
    ("h", "Article 6 – Engagements communs"),
    ("p", "Le Département et la Mission locale s’engagent conjointement à :"),
    ("li", "• partager, dans le respect de la réglementation relative à la protection des données "
           "personnelles, les informations nécessaires au suivi des parcours ;"),
    ("li", "• organiser au moins une fois par trimestre une réunion technique réunissant les "
           "référents départementaux et les conseillers de la Mission locale ;"),
    ("li", "• promouvoir ensemble les actions conduites au titre de la présente convention auprès "
           "des employeurs du territoire."),
    ("p", "Ils veillent à la cohérence de leurs interventions avec celles de France Travail et des "
          "autres membres du réseau pour l’emploi."),
    ("p", "Les parties peuvent, d’un commun accord, adapter la répartition des crédits entre les "
          "actions mentionnées à l’article 7, dans la limite de 10 % du montant annuel."),
    ("cols", 1),
    ("h", "TITRE III – DISPOSITIONS FINANCIÈRES"),
    ("h", "Article 7 – Montant de la participation départementale"),
    ("p", "Pour la mise en œuvre des actions définies au titre II, le Département attribue à la "
          "Mission locale une participation financière d’un montant annuel de 81 500 €, répartie "
          "comme suit :"),
    ("table", [["Action", "Montant annuel", "Montant total"],
               ["Accompagnement renforcé des jeunes bénéficiaires du RSA", "45 000 €", "135 000 €"],
               ["Accompagnement des jeunes sortant de l’aide sociale à l’enfance", "18 000 €",
                "54 000 €"],
               ["Instruction des demandes du Fonds d’aide aux jeunes", "12 500 €", "37 500 €"],
               ["Actions collectives de mobilité", "6 000 €", "18 000 €"],
               ["Total", "81 500 €", "244 500 €"]],
     [10.6, 3.1, 2.9], 1),
    ("p", "Les aides individuelles accordées au titre du Fonds d’aide aux jeunes sont imputées sur "
          "la dotation du fonds et ne sont pas comprises dans les montants ci-dessus."),
    ("h", "Article 8 – Modalités de versement"),
    ("p", "La participation annuelle est versée en deux fois : une avance de 60 %, soit 48 900 €, "
          "au cours du mois de février, puis le solde de 40 %, soit 32 600 €, après examen du bilan "
          "de l’année écoulée."),
    ("p", "La Mission locale devra produire, avant le 31 mars de chaque année, le bilan d’activité "
          "et le compte rendu financier de l’année écoulée, certifiés par son président."),
    ("p", "En cas de réalisation inférieure à 80 % des objectifs fixés à l’article 10, le "
          "Département peut réduire le solde à due proportion."),
    ("h", "TITRE IV – PILOTAGE, ÉVALUATION ET FIN DE LA CONVENTION"),
    ("h", "Article 9 – Comité de pilotage"),
    ("h2", "I. Composition"),
    ("p", "Un comité de pilotage (COPIL) est constitué. Il comprend :"),
    ("li", "• le vice-président du Conseil départemental chargé de l’insertion, ou son représentant ;"),
    ("li", "• le directeur général adjoint chargé de la solidarité du Département ;"),
    ("li", "• le président de la Mission locale, ou son représentant ;"),
    ("li", "• la directrice de la Mission locale ;"),
    ("li", "• un représentant de France Travail, à titre consultatif."),
    ("h2", "II. Fonctionnement"),
    ("p", "Le COPIL se réunit au moins une fois par an, sur convocation du Département. Il examine le "
          "bilan des actions, l’atteinte des objectifs et les perspectives de l’année suivante."),
    ("p", "Le Département se charge d’en assurer le secrétariat et d’en diffuser les comptes rendus "
          "dans le mois qui suit chaque réunion."),
    ("h", "Article 10 – Évaluation"),
    ("p", "L’évaluation des actions repose sur les indicateurs suivants, renseignés par la Mission "
          "locale :"),
    ("li", "– nombre de jeunes orientés par le Département et nombre de jeunes effectivement "
           "accueillis ;"),
    ("li", "– délai moyen entre l’orientation et le premier entretien ;"),
    ("li", "– nombre de jeunes ayant accédé à un emploi, à une formation qualifiante ou à un contrat "
           "en alternance ;"),
    ("li", "– nombre et montant moyen des aides accordées au titre du Fonds d’aide aux jeunes."),
    ("p", "L’objectif de sorties vers l’emploi ou la formation est fixé à 35 % des jeunes "
          "accompagnés."),
    ("h", "Article 11 – Modification et renouvellement"),
    ("p", "Toute modification de la présente convention fait l’objet d’un avenant approuvé par la "
          "commission permanente et par le conseil d’administration de la Mission locale."),
    ("p", "La présente convention peut être renouvelée par voie d’avenant, pour une durée maximale "
          "de deux ans, au vu des conclusions du comité de pilotage."),
    ("h", "Article 12 – Résiliation"),
    ("p", "Chaque partie peut résilier la présente convention par lettre recommandée avec accusé de "
          "réception, avec un préavis de trois mois avant l’échéance annuelle."),
    ("p", "En cas de manquement grave de l’une des parties à ses obligations, notamment en cas "
          "d’utilisation des fonds non conforme à leur objet, la convention peut être résiliée de "
          "plein droit, sans préavis, par l’autre partie. Le Département peut alors exiger le "
          "reversement des sommes indûment perçues."),
    ("h", "Article 13 – Litiges"),
    ("p", "Les litiges nés de l’exécution de la présente convention relèvent de la compétence du "
          "tribunal administratif de Limoges, après épuisement des voies amiables."),
    ("space", 8),
    ("p", "Fait à Limoges, en deux exemplaires originaux, le"),
    ("sig", [["Pour le Département de la Haute-Vienne,",
              "Pour la Mission locale des Monts et Vallées du Limousin,"],
             ["Le Président du Conseil départemental,", "Le Président,"],
             ["Pierre DESCHAMPS", "Étienne FAUCHER"]]),
]

DOCUMENTS = {
    "100-commune-association-header-footer": dict(
        blocks=DOC_A,
        header_left="Convention Commune de Saint-Aubin-sur-Loire / Association Les Ateliers du Val",
        header_right="CPO – Chantier Loire et Patrimoine",
        footer="Page {n}/{N}", footer_align="centre",
        font="DejaVu", body_size=10),
    "101-departement-centre-social-two-columns": dict(
        blocks=DOC_B,
        header_left=None, header_right=None,
        footer="Page {n} sur {N}", footer_align="left",
        font="DejaVuCond", body_size=9.5),
}


# ---------------------------------------------------------------- logical text (.txt)

def plain(text):
    return text.replace("^", "")


def to_txt(blocks):
    out = []
    for b in blocks:
        kind = b[0]
        if kind in ("cols", "space"):
            continue
        if kind in ("table", "sig"):
            if out and out[-1] != "":
                out.append("")
            out.extend("  ".join(c for c in row if c) for row in b[1])
            out.append("")
            continue
        if kind == "h" and out and out[-1] != "":
            out.append("")
        out.extend(plain(b[1]).split("\n"))
    return "\n".join(out).rstrip("\n") + "\n"


# ---------------------------------------------------------------- PDF

def styles(size, font):
    lead = size * 1.32
    bold = font + "-Bold"
    base = dict(fontName=font, fontSize=size, leading=lead, embeddedHyphenation=1)
    return {
        "title": ParagraphStyle("title", fontName=bold, fontSize=size + 4,
                                leading=(size + 4) * 1.3, alignment=TA_CENTER, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", fontName=font, fontSize=size + 1,
                                   leading=(size + 1) * 1.3, alignment=TA_CENTER, spaceAfter=2),
        "p": ParagraphStyle("p", alignment=TA_JUSTIFY, spaceAfter=size * 0.45, **base),
        "pc": ParagraphStyle("pc", alignment=TA_CENTER, spaceAfter=size * 0.45, **base),
        "li": ParagraphStyle("li", alignment=TA_JUSTIFY, spaceAfter=size * 0.25,
                             leftIndent=size * 2.2, firstLineIndent=-size * 1.4, **base),
        "h": ParagraphStyle("h", fontName=bold, fontSize=size + 0.5,
                            leading=(size + 0.5) * 1.3, spaceBefore=size * 0.9,
                            spaceAfter=size * 0.5, alignment=TA_LEFT, keepWithNext=1),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size, leading=lead,
                             spaceBefore=size * 0.4, spaceAfter=size * 0.3, keepWithNext=1),
    }


ON_TWO_COLUMNS = [False]   # set by the page decorator, read while the frames are filled


class FlowPara(Paragraph):
    """Paragraph whose extra vertical spacing is dropped on a two-column page."""

    def getSpaceBefore(self):
        return 0 if ON_TWO_COLUMNS[0] else Paragraph.getSpaceBefore(self)

    def getSpaceAfter(self):
        return 0 if ON_TWO_COLUMNS[0] else Paragraph.getSpaceAfter(self)


def pdf_text(text, hyph=False):
    if hyph:
        text = hyphenate(text)
    return escape(text).replace("^", SHY).replace("\n", "<br/>")


class Doc(BaseDocTemplate):
    def __init__(self, buf, spec, total):
        self.spec, self.total = spec, total
        BaseDocTemplate.__init__(self, buf, pagesize=A4, leftMargin=2.2 * cm,
                                 rightMargin=2.2 * cm, topMargin=2.4 * cm,
                                 bottomMargin=2.2 * cm, title="", author="")
        w, h = A4
        fw = w - self.leftMargin - self.rightMargin
        fh = h - self.topMargin - self.bottomMargin
        gutter = 0.9 * cm
        cw = (fw - gutter) / 2
        one = Frame(self.leftMargin, self.bottomMargin, fw, fh, id="body",
                    leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        left = Frame(self.leftMargin, self.bottomMargin, cw, fh, id="left",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        right = Frame(self.leftMargin + cw + gutter, self.bottomMargin, cw, fh, id="right",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("one", [one], onPage=self.decorate),
                               PageTemplate("two", [left, right], onPage=self.decorate)])

    def decorate(self, canv, doc):
        ON_TWO_COLUMNS[0] = doc.pageTemplate.id == "two"
        w, h = A4
        canv.saveState()
        canv.setFont("DejaVu", 7.5)
        canv.setFillColor(colors.HexColor("#444444"))
        if self.spec["header_left"]:
            y = h - 1.45 * cm
            canv.drawString(self.leftMargin, y, self.spec["header_left"])
            canv.drawRightString(w - self.rightMargin, y, self.spec["header_right"])
            canv.setStrokeColor(colors.HexColor("#888888"))
            canv.setLineWidth(0.4)
            canv.line(self.leftMargin, y - 4, w - self.rightMargin, y - 4)
        canv.setFont("DejaVu", 8)
        footer = self.spec["footer"].format(n=canv.getPageNumber(), N=self.total or 0)
        if self.spec["footer_align"] == "left":
            canv.drawString(self.leftMargin, 1.2 * cm, footer)
        else:
            canv.drawCentredString(w / 2, 1.2 * cm, footer)
        canv.restoreState()


def flowables(blocks, size, font):
    st = styles(size, font)
    bold = font + "-Bold"
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "space":
            out.append(Spacer(1, b[1]))
        elif kind == "cols":
            out.append(NextPageTemplate("two" if b[1] == 2 else "one"))
            out.append(PageBreak())
        elif kind == "table":
            rows, widths, header = b[1], b[2], b[3]
            t = Table(rows, colWidths=[x * cm for x in widths], repeatRows=header)
            t.setStyle(TableStyle([
                ("FONT", (0, 0), (-1, -1), font, size - 1),
                ("FONT", (0, 0), (-1, header - 1), bold, size - 1),
                ("FONT", (0, -1), (-1, -1), bold, size - 1),
                ("BACKGROUND", (0, 0), (-1, header - 1), colors.HexColor("#dddddd")),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("ALIGN", (0, 0), (-1, -1), "LEFT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]))
            out.extend([Spacer(1, 4), t, Spacer(1, 8)])
        elif kind == "sig":
            rows = b[1]
            data = [rows[0], rows[1], ["", ""], rows[2]]
            first = max(pdfmetrics.stringWidth(r[0], font, size) for r in rows) + 0.8 * cm
            t = Table(data, colWidths=[first, 16.6 * cm - first])
            t.setStyle(TableStyle([
                ("FONT", (0, 0), (-1, -1), font, size),
                ("FONT", (0, 3), (-1, 3), bold, size),
                ("TOPPADDING", (0, 2), (-1, 2), 34),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            out.append(KeepTogether([Spacer(1, 6), t]))
        else:
            style = st[kind]
            out.append(FlowPara(pdf_text(b[1], hyph=kind in ("p", "li")), style))
    return out


def build_pdf(spec):
    # two passes: the first counts the pages for "Page n/N"
    total = None
    for _ in range(2):
        buf = io.BytesIO()
        doc = Doc(buf, spec, total)
        doc.build(flowables(spec["blocks"], spec["body_size"], spec["font"]))
        total = doc.page
    return buf.getvalue(), total


def main():
    check = "--check" in sys.argv
    for folder, spec in DOCUMENTS.items():
        d = os.path.join(CORPUS, folder)
        os.makedirs(d, exist_ok=True)
        txt = to_txt(spec["blocks"])
        with open(os.path.join(d, folder + ".txt"), "w", encoding="utf-8") as f:
            f.write(txt)
        data, pages = build_pdf(spec)
        pdf = os.path.join(d, folder + ".pdf")
        with open(pdf, "wb") as f:
            f.write(data)
        print(f"{folder}: {pages} pages, {len(txt)} characters of text")
        if check:
            raw = subprocess.run(["pdftotext", "-raw", pdf, "-"], capture_output=True,
                                 text=True).stdout
            ends = re.findall(r"(\S+-)\n(\S+)", raw)
            for a, b in ends:
                joined_shy, joined_cpd = a[:-1] + b, a + b
                kind = ("compound" if joined_cpd in txt and joined_shy not in txt
                        else "hyphenation" if joined_shy in txt else "?")
                print(f"   line-end hyphen: {a} / {b}  [{kind}]")


if __name__ == "__main__":
    main()
