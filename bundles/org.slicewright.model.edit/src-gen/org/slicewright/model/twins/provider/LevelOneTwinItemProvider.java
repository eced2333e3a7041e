/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.twins.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.slicewright.model.provider.SlicewrightEditPlugin;

import org.slicewright.model.topology.provider.IdentifiedItemProvider;

import org.slicewright.model.twins.LevelOneTwin;
import org.slicewright.model.twins.TwinsPackage;

/**
 * This is the item provider adapter for a {@link org.slicewright.model.twins.LevelOneTwin} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class LevelOneTwinItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LevelOneTwinItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addGroupPropertyDescriptor(object);
			addSizePropertyDescriptor(object);
			addXPropertyDescriptor(object);
			addYPropertyDescriptor(object);
			addMobilityPropertyDescriptor(object);
			addServicesPropertyDescriptor(object);
			addArrivalRatePropertyDescriptor(object);
			addTraceRefPropertyDescriptor(object);
			addSyncPeriodSPropertyDescriptor(object);
			addHistoryLengthPropertyDescriptor(object);
			addDiurnalAmplitudePropertyDescriptor(object);
			addPeakHourPropertyDescriptor(object);
			addNoisePropertyDescriptor(object);
			addHomeSitePropertyDescriptor(object);
			addWorkSitePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Group feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGroupPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LevelOneTwin_group_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_LevelOneTwin_group_feature", "_UI_LevelOneTwin_type"),
				 TwinsPackage.Literals.LEVEL_ONE_TWIN__GROUP,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Size feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSizePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LevelOneTwin_size_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_LevelOneTwin_size_feature", "_UI_LevelOneTwin_type"),
				 TwinsPackage.Literals.LEVEL_ONE_TWIN__SIZE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the X feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addXPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LevelOneTwin_x_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_LevelOneTwin_x_feature", "_UI_LevelOneTwin_type"),
				 TwinsPackage.Literals.LEVEL_ONE_TWIN__X,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Y feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addYPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LevelOneTwin_y_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_LevelOneTwin_y_feature", "_UI_LevelOneTwin_type"),
				 TwinsPackage.Literals.LEVEL_ONE_TWIN__Y,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Mobility feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMobilityPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LevelOneTwin_mobility_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_LevelOneTwin_mobility_feature", "_UI_LevelOneTwin_type"),
				 TwinsPackage.Literals.LEVEL_ONE_TWIN__MOBILITY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Services feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addServicesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LevelOneTwin_services_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_LevelOneTwin_services_feature", "_UI_LevelOneTwin_type"),
				 TwinsPackage.Literals.LEVEL_ONE_TWIN__SERVICES,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Arrival Rate feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addArrivalRatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LevelOneTwin_arrivalRate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_LevelOneTwin_arrivalRate_feature", "_UI_LevelOneTwin_type"),
				 TwinsPackage.Literals.LEVEL_ONE_TWIN__ARRIVAL_RATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Trace Ref feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTraceRefPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LevelOneTwin_traceRef_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_LevelOneTwin_traceRef_feature", "_UI_LevelOneTwin_type"),
				 TwinsPackage.Literals.LEVEL_ONE_TWIN__TRACE_REF,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Sync Period S feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSyncPeriodSPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LevelOneTwin_syncPeriodS_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_LevelOneTwin_syncPeriodS_feature", "_UI_LevelOneTwin_type"),
				 TwinsPackage.Literals.LEVEL_ONE_TWIN__SYNC_PERIOD_S,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the History Length feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHistoryLengthPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LevelOneTwin_historyLength_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_LevelOneTwin_historyLength_feature", "_UI_LevelOneTwin_type"),
				 TwinsPackage.Literals.LEVEL_ONE_TWIN__HISTORY_LENGTH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Diurnal Amplitude feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDiurnalAmplitudePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LevelOneTwin_diurnalAmplitude_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_LevelOneTwin_diurnalAmplitude_feature", "_UI_LevelOneTwin_type"),
				 TwinsPackage.Literals.LEVEL_ONE_TWIN__DIURNAL_AMPLITUDE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Peak Hour feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPeakHourPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LevelOneTwin_peakHour_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_LevelOneTwin_peakHour_feature", "_UI_LevelOneTwin_type"),
				 TwinsPackage.Literals.LEVEL_ONE_TWIN__PEAK_HOUR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Noise feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNoisePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LevelOneTwin_noise_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_LevelOneTwin_noise_feature", "_UI_LevelOneTwin_type"),
				 TwinsPackage.Literals.LEVEL_ONE_TWIN__NOISE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Home Site feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHomeSitePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LevelOneTwin_homeSite_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_LevelOneTwin_homeSite_feature", "_UI_LevelOneTwin_type"),
				 TwinsPackage.Literals.LEVEL_ONE_TWIN__HOME_SITE,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Work Site feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWorkSitePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LevelOneTwin_workSite_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_LevelOneTwin_workSite_feature", "_UI_LevelOneTwin_type"),
				 TwinsPackage.Literals.LEVEL_ONE_TWIN__WORK_SITE,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This returns LevelOneTwin.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/LevelOneTwin"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((LevelOneTwin)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_LevelOneTwin_type") :
			getString("_UI_LevelOneTwin_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(LevelOneTwin.class)) {
			case TwinsPackage.LEVEL_ONE_TWIN__SIZE:
			case TwinsPackage.LEVEL_ONE_TWIN__X:
			case TwinsPackage.LEVEL_ONE_TWIN__Y:
			case TwinsPackage.LEVEL_ONE_TWIN__MOBILITY:
			case TwinsPackage.LEVEL_ONE_TWIN__ARRIVAL_RATE:
			case TwinsPackage.LEVEL_ONE_TWIN__TRACE_REF:
			case TwinsPackage.LEVEL_ONE_TWIN__SYNC_PERIOD_S:
			case TwinsPackage.LEVEL_ONE_TWIN__HISTORY_LENGTH:
			case TwinsPackage.LEVEL_ONE_TWIN__DIURNAL_AMPLITUDE:
			case TwinsPackage.LEVEL_ONE_TWIN__PEAK_HOUR:
			case TwinsPackage.LEVEL_ONE_TWIN__NOISE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return SlicewrightEditPlugin.INSTANCE;
	}

}
