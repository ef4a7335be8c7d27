"""The result layers of a full analysis in the layer tree: one group per area, key results
on top, only the key layers switched on, readable names.

Thread safety: nothing here runs in the Processing task's thread. The algorithm queues
the layers in ``postProcessAlgorithm`` (main thread) with
``QgsProcessingContext.addLayerToLoadOnCompletion``; Processing loads them in the main
thread and then calls :class:`AreaGroupPostProcessor` for each, which styles the layer and
moves its layer-tree node into the group of its area. That works the same on QGIS 3.22
(each post-processor runs right after its layer was added) and on newer releases (all
post-processors run after all layers were added); only the layer's own node is touched.
"""

import itertools
from dataclasses import dataclass

from qgis.core import QgsLayerTreeGroup, QgsProcessingLayerPostProcessorInterface, QgsProject

from .i18n import tr
from .styles import apply_style

#: Result layers from top to bottom in an area's group; layers not listed follow, by name.
LAYER_ORDER = (
    "kansenzones", "contour_conflicts", "opportunity_scores", "kansenzone_parcels",
    "densification_potential", "redevelopment_stock", "max_allowed_category",
    "allowed_category_zones", "category_use", "environmental_contours", "work_home_balance",
    "terrein_density", "parcel_density", "parcel_results", "plan_zones", "sensitive_objects",
)
#: Switched on after loading: the zones, the conflicts and density as the base map.
VISIBLE_LAYERS = ("kansenzones", "contour_conflicts", "parcel_density")

RUN_PROPERTY = "rve/run"
AREA_PROPERTY = "rve/area_rank"
RANK_PROPERTY = "rve/rank"
_RUNS = itertools.count(1)


def layer_title(name):
    """The name a result layer gets in the layer tree (Dutch in the Dutch interface)."""
    titles = {
        "kansenzones": tr("Kansenzones"),
        "contour_conflicts": tr("Sensitive objects inside the required distance"),
        "opportunity_scores": tr("Redevelopment score per parcel"),
        "kansenzone_parcels": tr("Parcels per kansenzone"),
        "densification_potential": tr("Densification potential"),
        "redevelopment_stock": tr("Redevelopment stock (built before the threshold year)"),
        "max_allowed_category": tr("Highest allowed milieucategorie per parcel"),
        "allowed_category_zones": tr("Zones of the highest allowed milieucategorie"),
        "category_use": tr("Category use (scheefwerken)"),
        "environmental_contours": tr("Milieucontouren"),
        "work_home_balance": tr("Work-home balance (FMI)"),
        "terrein_density": tr("Density per terrein"),
        "parcel_density": tr("Density per parcel (FSI)"),
        "parcel_results": tr("All results per parcel"),
        "plan_zones": tr("Plan zones"),
        "sensitive_objects": tr("Sensitive objects (input)"),
    }
    return titles.get(str(name), str(name))


def layer_rank(name):
    """Position of ``name`` in an area's group (0 = top)."""
    name = str(name)
    return LAYER_ORDER.index(name) if name in LAYER_ORDER else len(LAYER_ORDER)


@dataclass(frozen=True)
class ResultLayer:
    """One geometry layer of an area's GeoPackage, with where it goes in the layer tree."""

    area: str
    area_rank: int
    package: str
    name: str

    @property
    def uri(self):
        return f"{self.package}|layername={self.name}"

    @property
    def title(self):
        return layer_title(self.name)

    @property
    def rank(self):
        return layer_rank(self.name)

    @property
    def visible(self):
        return self.name in VISIBLE_LAYERS


def result_layers(packages):
    """The geometry layers of ``packages`` ([(area, GeoPackage path)]), in tree order."""
    import pyogrio

    out = []
    for area_rank, (area, package) in enumerate(packages):
        names = [str(n) for n, geometry in pyogrio.list_layers(package) if geometry is not None]
        names.sort(key=lambda n: (layer_rank(n), n))
        out += [ResultLayer(area, area_rank, str(package), n) for n in names]
    return out


def new_run_id():
    """An id that tells the groups of one run from those of earlier runs."""
    return f"{next(_RUNS)}"


def _groups_of_run(root, run_id):
    return [child for child in root.children()
            if isinstance(child, QgsLayerTreeGroup) and child.customProperty(RUN_PROPERTY) == run_id]


def _unique_group_name(root, name):
    taken = {child.name() for child in root.children() if isinstance(child, QgsLayerTreeGroup)}
    if name not in taken:
        return name
    return next(f"{name} ({i})" for i in itertools.count(2) if f"{name} ({i})" not in taken)


def area_group(root, run_id, area, area_rank):
    """The group of ``area`` in this run, made (below the run's earlier areas) when missing."""
    groups = _groups_of_run(root, run_id)
    for group in groups:
        if int(group.customProperty(AREA_PROPERTY)) == area_rank:
            return group
    before = [g for g in groups if int(g.customProperty(AREA_PROPERTY)) < area_rank]
    children = root.children()
    if before:
        index = children.index(before[-1]) + 1
    else:
        after = [g for g in groups if int(g.customProperty(AREA_PROPERTY)) > area_rank]
        index = children.index(after[0]) if after else 0
    group = root.insertGroup(index, _unique_group_name(root, area))
    group.setCustomProperty(RUN_PROPERTY, run_id)
    group.setCustomProperty(AREA_PROPERTY, area_rank)
    group.setExpanded(True)
    return group


def place_layer(root, layer, run_id, entry):
    """Move ``layer``'s node into its area's group at its rank; True when it was found."""
    node = root.findLayer(layer.id())
    if node is None:
        return False
    group = area_group(root, run_id, entry.area, entry.area_rank)
    index = sum(1 for child in group.children()
                if int(child.customProperty(RANK_PROPERTY, 0)) <= entry.rank)
    moved = node.clone()
    moved.setCustomProperty(RANK_PROPERTY, entry.rank)
    moved.setItemVisibilityChecked(entry.visible)
    moved.setExpanded(entry.visible)
    group.insertChildNode(index, moved)  # the layer stays in the project: it has a node
    parent = node.parent()
    if parent is not None:
        parent.removeChildNode(node)
    return True


class AreaGroupPostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Style a loaded result layer, name it, and put it into its area's group."""

    _alive = []  # Processing does not own post-processors: keep them referenced

    def __init__(self, run_id, entry, qml):
        super().__init__()
        self.run_id, self.entry, self.qml = run_id, entry, qml

    def postProcessLayer(self, layer, context, feedback):
        if layer is None:
            return
        if self.qml is not None:
            apply_style(layer, self.qml)
        layer.setName(self.entry.title)
        project = context.project() if context is not None else None
        project = project or QgsProject.instance()
        place_layer(project.layerTreeRoot(), layer, self.run_id, self.entry)

    @classmethod
    def create(cls, run_id, entry, qml):
        processor = cls(run_id, entry, qml)
        cls._alive.append(processor)
        return processor
